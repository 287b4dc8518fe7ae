using Lint.Diagnostics;
using Lint.LanguageServer.Documents;

namespace Lint.LanguageServer.Analysis;

/// <summary>The findings to publish for one version of an open document: post-processed, sorted, in the buffer's coordinates.</summary>
public sealed record DocumentLint(OpenDocument Document, IReadOnlyList<Diagnostic> Diagnostics);

using Lint.Diagnostics;
using Lint.LanguageServer.Documents;

namespace Lint.LanguageServer.Analysis;

/// <summary>The findings in one version of an open document, sorted, duplicates removed.</summary>
public sealed record DocumentLint(OpenDocument Document, IReadOnlyList<Diagnostic> Diagnostics);

using Lint.LanguageServer.Documents;
using Lint.Rules.Loading;
using Lint.Text;
using Lint.Workspace.Findings;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// One story of a lint pass: the key its findings carry as their path, its text, rules and configured
/// settings, and the open document it is (none for a file read from disk).
/// </summary>
internal sealed record Story(string Key, string Extension, SourceText Text, RuleSet Rules, ArticleSettings Settings, OpenDocument? Open);

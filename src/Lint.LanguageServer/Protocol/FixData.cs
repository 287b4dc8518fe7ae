namespace Lint.LanguageServer.Protocol;

/// <summary>
/// What Lint puts in a diagnostic's <c>data</c>: the rule, the document version the finding was made
/// on, and its fix (a title and edits), so a code action needs no second lint.
/// </summary>
public sealed record FixData(string RuleId, int Version, string? FixTitle = null, IReadOnlyList<LspTextEdit>? Edits = null);

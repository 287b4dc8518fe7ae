namespace Lint.LanguageServer.Analysis;

/// <summary>What one lint pass did: how many documents' diagnostics it pushed, and how many results it dropped because the document had moved on.</summary>
public sealed record PassOutcome(int Published, int Stale);

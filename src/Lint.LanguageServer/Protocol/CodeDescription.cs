namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeDescription</c>: where to read about a rule.</summary>
public sealed record CodeDescription(string Href);

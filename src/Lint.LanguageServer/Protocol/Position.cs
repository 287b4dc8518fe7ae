namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>Position</c>: a 0-based line and a 0-based character counted in UTF-16 code units.</summary>
public sealed record Position(int Line, int Character);

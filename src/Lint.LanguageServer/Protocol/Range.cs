namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>Range</c>: from <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
public sealed record Range(Position Start, Position End);

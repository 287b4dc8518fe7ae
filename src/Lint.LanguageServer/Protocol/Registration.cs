namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>Registration</c>: a capability the server registers after initialization.</summary>
public sealed record Registration(string Id, string Method, object? RegisterOptions);

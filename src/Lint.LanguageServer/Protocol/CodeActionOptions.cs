namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionOptions</c>: the kinds of code action the server returns.</summary>
public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

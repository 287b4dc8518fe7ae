namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/showMessage</c>: a type (1 error, 2 warning, 3 info, 4 log) and a message.</summary>
public sealed record ShowMessageParams(int Type, string Message);

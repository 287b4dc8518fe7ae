namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>SaveOptions</c>: whether <c>didSave</c> should carry the text.</summary>
public sealed record SaveOptions(bool IncludeText);

namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncOptions</c>. <see cref="Change"/> is 2 for incremental sync.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions? Save)
{
    public const int Incremental = 2;
}

namespace Lint.LanguageServer.Protocol;

/// <summary>
/// LSP <c>VersionedTextDocumentIdentifier</c> (and <c>OptionalVersionedTextDocumentIdentifier</c> in a
/// workspace edit): a document and the version an edit was made for.
/// </summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

namespace Lint.LanguageServer.Protocol;

/// <summary>One change in <c>textDocument/didChange</c>: replace <see cref="Range"/> with <see cref="Text"/>, or the whole text when there is no range.</summary>
public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

using Lint.LanguageServer.Protocol;
using Lint.Text;

namespace Lint.LanguageServer.Documents;

/// <summary>Applies the changes of one <c>didChange</c> in order: each range is read against the text the previous change left.</summary>
public static class ContentChanges
{
    public static SourceText Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change.Text, "text");
            text = change.Range is null
                ? new SourceText(change.Text)
                : text.WithEdits([new TextEdit(LspPositions.ToSpan(text, change.Range), change.Text)]);
        }

        return text;
    }
}

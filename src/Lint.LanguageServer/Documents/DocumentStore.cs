using Lint.LanguageServer.Protocol;
using Lint.Text;

namespace Lint.LanguageServer.Documents;

/// <summary>The documents the client has open, by URI, each at its latest version. Safe to read from the linting thread.</summary>
public sealed class DocumentStore
{
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public OpenDocument Open(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, DocumentUri.ToLocalPath(item.Uri), item.Version, new SourceText(item.Text));
        lock (_gate)
        {
            _documents[item.Uri] = document;
        }

        return document;
    }

    /// <summary>Applies a <c>didChange</c>; throws <see cref="KeyNotFoundException"/> for a document that is not open.</summary>
    public OpenDocument Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var current))
            {
                throw new KeyNotFoundException($"{uri} is not open.");
            }

            var changed = current with { Version = version, Text = ContentChanges.Apply(current.Text, changes) };
            _documents[uri] = changed;
            return changed;
        }
    }

    public bool Close(string uri)
    {
        lock (_gate)
        {
            return _documents.Remove(uri);
        }
    }

    public OpenDocument? Find(string uri)
    {
        lock (_gate)
        {
            return _documents.GetValueOrDefault(uri);
        }
    }

    /// <summary>Whether <paramref name="uri"/> is open at exactly <paramref name="version"/> (results for any other version are stale).</summary>
    public bool IsCurrent(string uri, int version)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(uri, out var document) && document.Version == version;
        }
    }

    public IReadOnlyList<OpenDocument> Snapshot()
    {
        lock (_gate)
        {
            return [.. _documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal)];
        }
    }
}

using Lint.Syntax;

namespace Lint.Rules.Kinds;

/// <summary>
/// What a rule that compares stories read from the story it counted last. An editor re-lints one story at
/// a time, counting it and then reporting into it at once; keeping that reading saves reading the story
/// again. It holds one story's reading at most (a run over many stories reads each again when it reports,
/// as it must not hold them all), and gives it back only for the same document.
/// </summary>
internal sealed class LastStory<T>
    where T : class
{
    private readonly Lock _gate = new();
    private Document? _document;
    private T? _read;

    public void Keep(Document document, T read)
    {
        lock (_gate)
        {
            (_document, _read) = (document, read);
        }
    }

    /// <summary>The reading kept for <paramref name="document"/>, once; null when the last story counted was another.</summary>
    public T? Take(Document document)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_document, document))
            {
                return null;
            }

            var read = _read;
            (_document, _read) = (null, null);
            return read;
        }
    }
}

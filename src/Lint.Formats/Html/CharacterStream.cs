namespace Lint.Formats.Html;

/// <summary>
/// Every character the HTML tokenizer emitted as text, in source order, with the source range of each.
/// The DOM's text nodes are taken from it in document order, which gives each text node's characters
/// their exact places in the source (AngleSharp keeps no positions on text nodes).
/// </summary>
internal sealed class CharacterStream
{
    private readonly List<char> _chars = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private char[] _sealed = [];
    private int _cursor;

    public int Start(int index) => _starts[index];

    public int End(int index) => _ends[index];

    public void Add(char c, int start, int end)
    {
        _chars.Add(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    /// <summary>
    /// Finds <paramref name="data"/> at or after the characters already taken and takes it; returns where it
    /// starts, or -1 when it is not there (a text node the tree builder moved, as in a misnested table).
    /// </summary>
    public int Take(string data)
    {
        if (_sealed.Length != _chars.Count)
        {
            _sealed = [.. _chars];
        }

        var found = _sealed.AsSpan(_cursor).IndexOf(data.AsSpan());
        if (found < 0)
        {
            return -1;
        }

        var index = _cursor + found;
        _cursor = index + data.Length;
        return index;
    }
}

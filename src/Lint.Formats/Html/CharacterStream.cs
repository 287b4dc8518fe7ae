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
    private bool[] _taken = [];
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
    /// Takes the characters of one text node and returns where they start, or -1 when they are not there.
    /// Normally they come next, after nothing but white space the tree builder dropped (or characters taken
    /// already); a text node the tree builder moved (a stray text in a table goes before the table) is
    /// found elsewhere among the characters not yet taken.
    /// </summary>
    public int Take(string data)
    {
        if (_sealed.Length != _chars.Count)
        {
            _sealed = [.. _chars];
            _taken = new bool[_sealed.Length];
        }

        var next = _sealed.AsSpan(_cursor).IndexOf(data.AsSpan());
        if (next >= 0 && Skippable(_cursor, _cursor + next))
        {
            var index = _cursor + next;
            Mark(index, data.Length);
            _cursor = index + data.Length;
            return index;
        }

        for (var from = 0; from <= _sealed.Length - data.Length;)
        {
            var found = _sealed.AsSpan(from).IndexOf(data.AsSpan());
            if (found < 0)
            {
                break;
            }

            var index = from + found;
            if (Array.IndexOf(_taken, true, index, data.Length) < 0)
            {
                Mark(index, data.Length);
                return index;
            }

            from = index + 1;
        }

        return -1;
    }

    private bool Skippable(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_taken[i] && !char.IsWhiteSpace(_sealed[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Mark(int index, int length) => Array.Fill(_taken, true, index, length);
}

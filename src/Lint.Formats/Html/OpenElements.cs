namespace Lint.Formats.Html;

/// <summary>
/// The elements left open so far, followed token by token as the tokenizer reads them, so that a page
/// nested past the limit is stopped early: the tree builder's work on each tag grows with the depth, so
/// 64,000 nested &lt;div&gt;s would take minutes. Void elements and elements whose end tag may be left out
/// (p, li, td...) are not counted; an end tag closes back to its element, as the tree builder does. It may
/// count fewer elements than the tree has, never more: <see cref="HtmlNesting.Check"/> holds the exact limit.
/// </summary>
internal sealed class OpenElements(int max)
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
        "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    /// <summary>Elements that a start tag of their own kind closes, as the tree builder does (an &lt;a&gt; in an &lt;a&gt;, a heading in a heading).</summary>
    private static readonly HashSet<string> NotNested = new(StringComparer.Ordinal)
    {
        "a", "button", "nobr", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private readonly List<string> _open = [];

    /// <summary>Opens an element; false when that takes the page past the limit.</summary>
    public bool Open(string name, bool selfClosing)
    {
        if (selfClosing || Uncounted.Contains(name))
        {
            return true;
        }

        if (NotNested.Contains(name) && _open.FindLastIndex(NotNested.Contains) is var at and >= 0 && IsSameKind(_open[at], name))
        {
            _open.RemoveRange(at, _open.Count - at);
        }

        _open.Add(name);
        return _open.Count <= max;
    }

    private static bool IsSameKind(string open, string name) =>
        open == name || (open.Length == 2 && name.Length == 2 && open[0] == 'h' && name[0] == 'h');

    public void Close(string name)
    {
        var at = _open.LastIndexOf(name);
        if (at >= 0)
        {
            _open.RemoveRange(at, _open.Count - at);
        }
    }
}

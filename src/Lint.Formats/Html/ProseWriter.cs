using System.Text;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>
/// Writes the prose of an HTML page as plain text, remembering for every character the source range it
/// came from. A character stays on its source line (line feeds are added to catch up), so line numbers
/// in messages agree with the page. Blocks open lazily on their first character and are closed by the
/// walker at block elements; ranges such as inline code are excluded, and alt text is a block nested in
/// an excluded range of the paragraph around it.
/// </summary>
internal sealed class ProseWriter(SourceText source)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private readonly List<(BlockKind Kind, TextSpan Span, List<TextSpan> Excluded, bool Nested)> _closed = [];
    private readonly Stack<OpenBlock> _open = new();
    private int _line;

    /// <summary>The kind a block opens with when text arrives and no block is open.</summary>
    public BlockKind Kind { get; set; } = BlockKind.Paragraph;

    public bool HasOpenBlock => _open.Count > 0;

    public void Write(char c, int start, int end)
    {
        EnsureOpen(start);
        var isBreak = c is '\n' && start < end && source[start] is '\n' or '\r';
        Append(isBreak || !char.IsControl(c) ? c : ' ', start, end);
        _line += isBreak ? 1 : 0;
    }

    /// <summary>A space the page implies but does not write, as a &lt;br&gt; does.</summary>
    public void Space(int at)
    {
        if (_open.Count > 0)
        {
            Separate(at);
        }
    }

    public void BeginExcluded(int at)
    {
        EnsureOpen(at);
        _open.Peek().ExcludedFrom.Push(_text.Length);
    }

    public void EndExcluded()
    {
        if (_open.Count > 0 && _open.Peek().ExcludedFrom.TryPop(out var from) && from < _text.Length)
        {
            _open.Peek().Excluded.Add(TextSpan.FromBounds(from, _text.Length));
        }
    }

    /// <summary>Opens a block of its own, inside the open one if any (alt text in a paragraph: the caller excludes it there).</summary>
    public void BeginNested(BlockKind kind, int at)
    {
        CatchUp(at);
        Separate(at);
        _open.Push(new OpenBlock(kind, _text.Length, _open.Count > 0));
    }

    /// <summary>Closes the innermost open block, if any.</summary>
    public void Close()
    {
        if (_open.TryPop(out var block))
        {
            _closed.Add((block.Kind, TextSpan.FromBounds(block.Start, _text.Length), block.Excluded, block.Nested));
        }
    }

    public Document ToDocument(string path, IReadOnlyList<Comment> comments)
    {
        while (_open.Count > 0)
        {
            Close();
        }

        var text = _text.ToString();
        var pending = _closed.Select(b => BlockAssembly.FromProse(text, b.Kind, Prose(b.Span, b.Excluded), b.Nested)).OfType<PendingBlock>();
        var map = new SourceMap(source, [.. _starts], [.. _ends], Escape);
        return new Document(path, new SourceText(text), BlockAssembly.Build(text, pending), comments, map);
    }

    /// <summary>The parts of a block's span outside its excluded ranges.</summary>
    private static List<TextSpan> Prose(TextSpan span, List<TextSpan> excluded)
    {
        var prose = new List<TextSpan>();
        var position = span.Start;
        foreach (var range in excluded.OrderBy(e => e.Start))
        {
            prose.Add(TextSpan.FromBounds(position, Math.Max(position, range.Start)));
            position = Math.Max(position, range.End);
        }

        prose.Add(TextSpan.FromBounds(position, Math.Max(position, span.End)));
        return prose;
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private void EnsureOpen(int at)
    {
        CatchUp(at);
        if (_open.Count == 0)
        {
            Separate(at);
            _open.Push(new OpenBlock(Kind, _text.Length, false));
        }
    }

    private void CatchUp(int sourceOffset)
    {
        var line = source.GetLinePosition(Math.Min(sourceOffset, source.Length)).Line;
        while (_line < line)
        {
            Append('\n', sourceOffset, sourceOffset);
            _line++;
        }
    }

    private void Separate(int at)
    {
        if (_text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
        {
            Append(' ', at, at);
        }
    }

    private void Append(char c, int start, int end)
    {
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }
}

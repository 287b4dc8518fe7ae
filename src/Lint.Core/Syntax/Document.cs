using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// An article as the rules see it: its text, and its blocks, sentences and words, every one a span
/// into that text. A parser per format (plain text, Markdown, HTML) fills it; whatever is not prose
/// (markup, code, front matter) is not inside any block, or is one of a block's excluded ranges.
/// For plain text and Markdown the text is the source itself. For HTML it is the decoded text of the
/// page (entities resolved, tags gone), and <see cref="SourceMap"/> leads each offset back to the source.
/// </summary>
public sealed class Document(
    string path,
    SourceText text,
    IReadOnlyList<Block> blocks,
    IReadOnlyList<Comment>? comments = null,
    SourceMap? sourceMap = null)
{
    /// <summary>The article's path as shown to people: relative, with '/' separators.</summary>
    public string Path { get; } = path;

    public SourceText Text { get; } = text;

    public IReadOnlyList<Block> Blocks { get; } = blocks;

    /// <summary>The source's comments, in source order, with spans in the source (not in <see cref="Text"/>).</summary>
    public IReadOnlyList<Comment> Comments { get; } = comments ?? [];

    /// <summary>How <see cref="Text"/> maps back to the source, when the two differ; null when they are the same.</summary>
    public SourceMap? SourceMap { get; } = sourceMap;

    /// <summary>The source text: <see cref="Text"/> itself unless the document was derived from markup.</summary>
    public SourceText Source => SourceMap?.Source ?? Text;

    private IReadOnlySet<string>? _lowerCaseNames;

    /// <summary>The names the story says are written in lower case ("ying koh, who performs under a lower-case name"), in lower case.</summary>
    public IReadOnlySet<string> LowerCaseNames => _lowerCaseNames ??= Language.LowerCaseNames.In(this);

    /// <summary>Where a span of <see cref="Text"/> is in the source.</summary>
    public TextSpan ToSource(TextSpan span) => SourceMap?.ToSource(span) ?? span;
}

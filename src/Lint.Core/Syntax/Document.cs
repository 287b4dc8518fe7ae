using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// An article as the rules see it: its text, and its blocks, sentences and words, every one a span
/// into the original text. A parser per format (plain text, Markdown, HTML) fills it; whatever is not
/// prose (markup, code, front matter) is simply not inside any block.
/// </summary>
public sealed class Document(string path, SourceText text, IReadOnlyList<Block> blocks)
{
    /// <summary>The article's path as shown to people: relative, with '/' separators.</summary>
    public string Path { get; } = path;

    public SourceText Text { get; } = text;

    public IReadOnlyList<Block> Blocks { get; } = blocks;
}

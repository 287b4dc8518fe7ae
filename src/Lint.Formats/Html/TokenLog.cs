using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>
/// Listens to AngleSharp's tokenizer (<see cref="HtmlParserOptions.OnToken"/>), which knows the source
/// range of every token: the text characters with their positions, the comments, and where each
/// attribute of a start tag begins.
/// </summary>
internal sealed class TokenLog(string source)
{
    private readonly Dictionary<int, IReadOnlyList<HtmlAttributeToken>> _attributes = [];

    public CharacterStream Characters { get; } = new();

    public List<Comment> Comments { get; } = [];

    public void Add(HtmlToken token, TextRange range)
    {
        var (start, end) = (range.Start.Index, range.End.Index);
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                ReferenceAligner.Align(source, start, end, token.Data, Characters.Add);
                break;
            case HtmlTokenType.Comment:
                Comments.Add(new Comment(TextSpan.FromBounds(start, end), token.Data));
                break;
            case HtmlTokenType.StartTag when token is HtmlTagToken tag && tag.Attributes.Count > 0:
                _attributes[start] = [.. tag.Attributes];
                break;
        }
    }

    /// <summary>The attribute of the start tag at <paramref name="tagStart"/>, with where it begins in the source.</summary>
    public HtmlAttributeToken? Attribute(int tagStart, string name) =>
        _attributes.TryGetValue(tagStart, out var attributes) ? attributes.FirstOrDefault(a => a.Name == name) : null;
}

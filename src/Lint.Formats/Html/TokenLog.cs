using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>
/// Listens to AngleSharp's tokenizer (<see cref="HtmlParserOptions.OnToken"/>), which knows the source
/// range of every token: the text characters with their positions, the comments, and where each
/// attribute of a start tag begins. It stops the parse with an <see cref="ArticleLimitException"/> as soon
/// as elements nest past the limit (see <see cref="OpenElements"/>).
/// </summary>
internal sealed class TokenLog(string path, SourceText text, int maxNesting)
{
    private readonly string _source = text.Content;
    private readonly Dictionary<int, IReadOnlyList<HtmlAttributeToken>> _attributes = [];
    private readonly OpenElements _open = new(maxNesting);

    public CharacterStream Characters { get; } = new();

    public List<Comment> Comments { get; } = [];

    public void Add(HtmlToken token, TextRange range)
    {
        var (start, end) = (range.Start.Index, range.End.Index);
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                ReferenceAligner.Align(_source, start, end, token.Data, Characters.Add);
                break;
            case HtmlTokenType.Comment:
                Comments.Add(new Comment(TextSpan.FromBounds(start, end), token.Data));
                break;
            case HtmlTokenType.StartTag when token is HtmlTagToken tag:
                if (!_open.Open(tag.Name, tag.IsSelfClosing))
                {
                    throw HtmlNesting.TooDeep(path, text, start, maxNesting);
                }

                if (tag.Attributes.Count > 0)
                {
                    _attributes[start] = [.. tag.Attributes];
                }

                break;
            case HtmlTokenType.EndTag:
                _open.Close(token.Name);
                break;
        }
    }

    /// <summary>The attribute of the start tag at <paramref name="tagStart"/>, with where it begins in the source.</summary>
    public HtmlAttributeToken? Attribute(int tagStart, string name) =>
        _attributes.TryGetValue(tagStart, out var attributes) ? attributes.FirstOrDefault(a => a.Name == name) : null;
}

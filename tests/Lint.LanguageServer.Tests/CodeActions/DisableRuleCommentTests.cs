using Lint.LanguageServer.CodeActions;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.Text;

namespace Lint.LanguageServer.Tests.CodeActions;

public sealed class DisableRuleCommentTests
{
    [Theory]
    [InlineData("file:///s/a.md", "Text.\n", 0, "<!-- lint disable A.B -->\n")]
    [InlineData("file:///s/a.markdown", "Text.\r\nMore.", 0, "<!-- lint disable A.B -->\r\n")]
    [InlineData("file:///s/a.htm", "<p>x</p>", 0, "<!-- lint disable A.B -->\n")]
    [InlineData("file:///s/a.md", "---\ntitle: x\n---\nBody.\n", 3, "<!-- lint disable A.B -->\n")]
    [InlineData("file:///s/a.md", "---\ntitle: x\n...\nBody.\n", 3, "<!-- lint disable A.B -->\n")]
    [InlineData("file:///s/a.md", "---\nnot front matter, never closed\n", 0, "<!-- lint disable A.B -->\n")]
    public void The_comment_goes_first_or_after_front_matter_in_the_file_s_line_ending(string uri, string text, int line, string inserted)
    {
        var edit = DisableRuleComment.For(Document(uri, text), "A.B");

        Assert.Equal(new LspTextEdit(new Protocol.Range(new Position(line, 0), new Position(line, 0)), inserted), edit);
    }

    [Theory]
    [InlineData("file:///s/a.txt", "Plain text has no comments.")]
    [InlineData("untitled:Untitled-1", "No extension at all.")]
    [InlineData("file:///s/a.md", "<!-- lint disable A.B -->\nAlready there.")]
    public void No_comment_where_the_format_has_none_or_the_rule_is_already_disabled(string uri, string text) =>
        Assert.Null(DisableRuleComment.For(Document(uri, text), "A.B"));

    private static OpenDocument Document(string uri, string text) => new(uri, DocumentUri.ToLocalPath(uri), 1, new SourceText(text));
}

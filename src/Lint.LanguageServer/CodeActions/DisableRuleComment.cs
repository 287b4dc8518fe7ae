using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;

namespace Lint.LanguageServer.CodeActions;

/// <summary>
/// The edit that turns a rule off for a whole Markdown or HTML file: an <c>&lt;!-- lint disable Rule.Id --&gt;</c>
/// line at the top (after YAML front matter in Markdown, which must stay first), in the file's own line ending.
/// Plain text has no comments, so it gets none.
/// </summary>
public static class DisableRuleComment
{
    public static string Comment(string ruleId) => $"<!-- lint disable {ruleId} -->";

    public static LspTextEdit? For(OpenDocument document, string ruleId)
    {
        if (!StoryFormats.HasComments(document.Extension) || document.Text.Content.Contains(Comment(ruleId), StringComparison.Ordinal))
        {
            return null;
        }

        var line = document.Extension is ".md" or ".markdown" ? LineAfterFrontMatter(document) : 0;
        return new LspTextEdit(new Protocol.Range(new Position(line, 0), new Position(line, 0)), Comment(ruleId) + LineBreak(document));
    }

    private static int LineAfterFrontMatter(OpenDocument document)
    {
        var text = document.Text;
        if (text.LineCount < 2 || text.ToString(text.GetLine(0).Span).TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < text.LineCount; i++)
        {
            var line = text.ToString(text.GetLine(i).Span).TrimEnd();
            if (line is "---" or "...")
            {
                return i + 1 < text.LineCount ? i + 1 : 0;
            }
        }

        return 0;
    }

    private static string LineBreak(OpenDocument document)
    {
        var first = document.Text.GetLine(0);
        var lineBreak = document.Text.ToString(Text.TextSpan.FromBounds(first.Span.End, first.SpanIncludingLineBreak.End));
        return lineBreak.Length > 0 ? lineBreak : "\n";
    }
}

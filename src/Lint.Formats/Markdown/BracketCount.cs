using Lint.Text;

namespace Lint.Formats.Markdown;

/// <summary>
/// Refuses a paragraph that opens more '[' than the limit allows, before Markdig reads it: Markdig's time on
/// a paragraph grows with the square of its unclosed brackets (20,000 "[a](" take 1.5 s, a megabyte of
/// them minutes). Paragraphs are told apart by blank lines; fenced code is not counted.
/// </summary>
internal static class BracketCount
{
    public static void Check(string path, SourceText text, int max)
    {
        var content = text.Content;
        var (count, fenced, lineStart) = (0, false, 0);
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] != '\n')
            {
                continue;
            }

            var line = content.AsSpan(lineStart, i - lineStart).Trim();
            if (line.StartsWith("```") || line.StartsWith("~~~"))
            {
                fenced = !fenced;
            }
            else if (line.IsEmpty)
            {
                count = 0;
            }
            else if (!fenced && (count += line.Count('[')) > max)
            {
                throw ArticleLimitException.At(path, text, lineStart, $"A paragraph opens more than {max:N0} brackets ('[') by this line", $"the Markdown bracket limit, {nameof(ArticleLimits.MaxMarkdownBrackets)}");
            }

            lineStart = i + 1;
        }
    }
}

using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// The parsers (every text gives a well-shaped document or a located <see cref="ArticleLimitException"/>,
/// and the default pack runs over it without a rule failing or a finding outside the text) and the rule
/// loader (every file gives a rule or located errors; a rule that loads runs over a story).
/// </summary>
internal static class Targets
{
    private static readonly string[] MarkdownTokens =
    [
        "> ", "- ", "1. ", "* ", "# ", "```\n", "    ", "`", "**", "_", "[", "](", ")", "![", "<div>", "</div>", "<!--", "-->",
        "|", "|---|", "\n", "\r\n", "\n\n", "---\n", "\\", "&amp;", "<http://x.org>", "[x]: http://x.org\n", "\t",
    ];

    private static readonly string[] HtmlTokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<a href=x>", "</a>", "<table>", "<tr>", "<td>", "</table>", "<li>",
        "<ul>", "<pre>", "<code>", "<script>", "</script>", "<style>", "<img alt=\"", "\">", "<br>", "<!--", "-->", "&amp;",
        "&nbsp;", "&copy", "&#8217;", "&#x", "<![CDATA[", "<svg>", "<math>", "<template>", "<h1>", "<blockquote>", "<", ">", "=\"",
    ];

    private static readonly string[] RuleTokens =
    [
        "- ", ": ", "[", "]", "{", "}", "? ", "~", "null", "'", "\"", "&a ", "*a", "!!str ", "|\n", ">\n", "\t", "\n  ", "---\n",
        "extends: ", "tokens:", "swap:", "(", ")", "(?<x>", "\\", "%s", "examples:\n  - \"[|x|]\"\n", "scope: ", "level: ",
    ];

    private static readonly Lazy<Document> Story = new(() =>
        new PlainTextParser().Parse("story.txt", new SourceText("The council voted on Tuesday, Oct. 9, and teh mayor said the the plan was filing gaps.\n")));

    private static readonly Lazy<AnalyzerDriver> DefaultPack = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot.Path, "rules");
        var sources = Directory.GetFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new RuleSource(f, $"{Path.GetFileName(Path.GetDirectoryName(f))}.{Path.GetFileNameWithoutExtension(f)}", File.ReadAllText(f)));
        return new AnalyzerDriver(RuleLoader.Load(sources).Rules.Where(r => r.Definition.EnabledByDefault).Select(r => r.Analyzer));
    });

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("markdown", ".md", MarkdownTokens, text => Parse(".md", text)),
        new("html", ".html", HtmlTokens, text => Parse(".html", text)),
        new("text", ".txt", MarkdownTokens, text => Parse(".txt", text)),
        new("rules", ".yml", RuleTokens, LoadRule),
    ];

    private static void Parse(string extension, string text)
    {
        Document document;
        try
        {
            document = DocumentFormats.ForExtension(extension)!.Parse("input" + extension, new SourceText(text));
        }
        catch (ArticleLimitException ex) when (ex.Line >= 1 && ex.Column >= 1)
        {
            return;
        }

        var problems = DocumentShape.Violations(document);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The document is misshapen: " + string.Join("; ", problems.Take(3)));
        }

        foreach (var diagnostic in DefaultPack.Value.Analyze(document))
        {
            var span = diagnostic.Location.Span;
            if (diagnostic.Id == EngineDescriptors.RuleFailure.Id || span.Start < 0 || span.End > document.Text.Length)
            {
                throw new InvalidOperationException($"{diagnostic.Id} at {span}: {diagnostic.Message}");
            }
        }
    }

    private static void LoadRule(string text)
    {
        var set = RuleLoader.Load([new RuleSource("Fuzz/Rule.yml", "Fuzz.Rule", text)]);
        // YAML breaks lines at "\r\n", "\n", a lone "\r" and the Unicode line breaks alike, and so do its error positions.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 2;
        foreach (var error in set.Errors)
        {
            if (error.Line < 1 || error.Column < 1 || error.Line > lines || string.IsNullOrWhiteSpace(error.Message))
            {
                throw new InvalidOperationException($"A rule error is misplaced or empty: {error}");
            }
        }

        if (set.Rules.Count > 0)
        {
            _ = new AnalyzerDriver(set.Analyzers).Analyze(Story.Value);
        }
    }
}

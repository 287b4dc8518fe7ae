using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Loading;
using Lint.Workspace.Planning;
using Lint.Workspace.Running;

namespace Lint.Workspace.Tests.Vale;

/// <summary>
/// How a <c>.vale.ini</c> changes what the rules read, as Vale's documentation describes it: <c>TokenIgnores</c>
/// and <c>BlockIgnores</c> hide their matches (as inline code and as a code block), <c>IgnoredScopes</c> and
/// <c>SkippedScopes</c> leave markup out, <c>[formats]</c> reads one extension as another, and the built-in
/// <c>Vale.Spelling</c> and <c>Vale.Repetition</c> run when a configuration names them.
/// </summary>
public class ValeReadingTests
{
    private const string Very = "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - very\n";

    /// <summary>A sentence of more than four words (Vale's sentence-length shape: occurrence of words per sentence).</summary>
    private const string Long = "extends: occurrence\nmessage: Too long.\nlevel: warning\nscope: sentence\nmax: 4\ntoken: '\\b(\\w+)\\b'\n";

    private static TempFolder Project(string ini)
    {
        var folder = new TempFolder();
        folder.Write(".vale.ini", "StylesPath = styles\n" + ini);
        folder.Write("styles/House/Very.yml", Very);
        folder.Write("styles/House/Long.yml", Long);
        return folder;
    }

    /// <summary>Plans the folder as <c>lint check</c> does and lints each article; the findings as "file:line:column:rule".</summary>
    private static (List<string> Found, List<string> Problems) Lint(TempFolder folder)
    {
        var problems = new List<string>();
        var plan = RunPlanner.Plan([folder.Path], new Configurations(new RuleOptions([], UseDefaults: false)), CommandLevels.None, problems);
        Assert.NotNull(plan);
        var found = new List<string>();
        foreach (var article in plan.Articles)
        {
            var text = new SourceText(File.ReadAllText(article.FullPath));
            var name = Path.GetFileName(article.FullPath);
            var result = new StoryLinter().Lint(plan.Rules.Rules, article.Settings, name, Path.GetExtension(name), text, CancellationToken.None);
            found.AddRange(result.Diagnostics.Select(d => Describe(name, text, d)));
        }

        return (found, problems);
    }

    private static string Describe(string name, SourceText text, Diagnostic d)
    {
        var at = text.GetLinePosition(d.Location.Span.Start);
        return $"{name}:{at.Line + 1}:{at.Character + 1}:{d.Id}";
    }

    [Fact]
    public void Token_ignores_hide_their_text_as_inline_code_so_sentence_rules_do_not_count_it()
    {
        // Vale wraps each TokenIgnores match in backticks before it reads the file: the words in it are not words of the sentence.
        using var folder = Project("[*]\nBasedOnStyles = House\nTokenIgnores = (\\{\\{<[^>]*>\\}\\})\n");
        folder.Write("a.md", "One two {{< very big thing >}} three.\n\nOne two three four {{< x >}} five, very.\n");

        var (found, problems) = Lint(folder);

        Assert.Empty(problems);
        Assert.Equal(["a.md:3:1:House.Long", "a.md:3:36:House.Very"], found);
    }

    [Fact]
    public void Block_ignores_hide_their_text_as_a_code_block_which_ends_the_paragraph_before_it()
    {
        // Vale wraps each BlockIgnores match in a code fence: the text before and after it are paragraphs of their own.
        using var folder = Project("[*]\nBasedOnStyles = House\nBlockIgnores = (?s)(\\{%\\s*raw\\s*%\\}.*?\\{%\\s*endraw\\s*%\\})\n");
        folder.Write("a.md", "One two three\n{% raw %}\nvery hidden words here\n{% endraw %}\nfour five six.\n\nA very short one.\n");

        var (found, _) = Lint(folder);

        Assert.Equal(["a.md:7:3:House.Very"], found);
    }

    [Fact]
    public void Ignored_scopes_replace_the_default_so_adding_strong_ignores_bold_text_in_markdown_and_html()
    {
        using var folder = Project("IgnoredScopes = code, tt, strong, b\n[*]\nBasedOnStyles = House\n");
        folder.Write("a.md", "It is **very** and very.\n");
        folder.Write("b.html", "<p>It is <b>very</b> and very.</p>\n");

        var (found, problems) = Lint(folder);

        Assert.Empty(problems);
        Assert.Equal(["a.md:1:20:House.Very", "b.html:1:26:House.Very"], found);
    }

    [Fact]
    public void The_default_ignored_scopes_leave_out_tt_written_as_inline_html_in_markdown()
    {
        using var folder = Project("[*]\nBasedOnStyles = House\n");
        folder.Write("a.md", "Type <tt>very</tt> and very.\n");

        var (found, _) = Lint(folder);

        Assert.Equal(["a.md:1:24:House.Very"], found);
    }

    [Fact]
    public void Skipped_scopes_leave_out_whole_blocks_and_figure_is_skipped_by_default()
    {
        using var folder = Project("[*]\nBasedOnStyles = House\n");
        folder.Write("quoted/.vale.ini", "StylesPath = ../styles\nSkippedScopes = blockquote\n[*]\nBasedOnStyles = House\n");
        folder.Write("quoted/a.md", "> very\n\nvery\n");
        folder.Write("b.html", "<figure><figcaption>very</figcaption></figure><p>very</p>\n");

        var (found, _) = Lint(folder);

        Assert.Equal(["b.html:1:50:House.Very", "a.md:3:1:House.Very"], found);
    }

    [Fact]
    public void A_scope_lint_cannot_map_is_a_warning_at_its_line_and_the_rest_applies()
    {
        using var folder = Project("IgnoredScopes = code, mathjax\nSkippedScopes = pre, li\n[*]\nBasedOnStyles = House\n");
        folder.Write("a.md", "- very\n\nvery\n");

        var (found, problems) = Lint(folder);

        var warning = Assert.Single(problems);
        Assert.EndsWith(".vale.ini:2:17: warning: IgnoredScopes: Lint cannot map the tag 'mathjax' onto the Markdown, HTML or text it reads; it is not skipped.", warning, StringComparison.Ordinal);
        Assert.Equal(["a.md:3:1:House.Very"], found);
    }

    [Fact]
    public void Formats_reads_an_associated_extension_as_that_format_and_warns_about_a_format_lint_cannot_read()
    {
        using var folder = Project("[formats]\nmdx = md\nrst = rst\n[*]\nBasedOnStyles = House\n");
        folder.Write("a.mdx", "It is `very` and very.\n");
        folder.Write("b.rst", "very\n");

        var (found, problems) = Lint(folder);

        Assert.Equal(["a.mdx:1:18:House.Very"], found); // as Markdown: the code span is not prose
        var warning = Assert.Single(problems);
        Assert.Contains(".vale.ini:4:7: warning: [formats] rst = rst: Lint does not read 'rst'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Based_on_the_vale_style_gives_vale_spelling_and_vale_repetition_with_vales_messages_and_levels()
    {
        using var folder = Project("Vocab = News\n[*]\nBasedOnStyles = Vale\n");
        folder.Write("styles/config/vocabularies/News/accept.txt", "Kubernetes\n");
        folder.Write("a.md", "It was the the best recieve on Kubernetes.\n");
        var problems = new List<string>();
        var plan = RunPlanner.Plan([folder.Path], new Configurations(new RuleOptions([], UseDefaults: false)), CommandLevels.None, problems)!;
        var text = new SourceText(File.ReadAllText(Path.Combine(folder.Path, "a.md")));

        var found = new StoryLinter().Lint(plan.Rules.Rules, plan.Articles[0].Settings, "a.md", ".md", text, CancellationToken.None).Diagnostics;

        Assert.Empty(problems);
        Assert.Equal(
            [("Vale.Repetition", "'the' is repeated!", Severity.Error, 7), ("Vale.Spelling", "Did you really mean 'recieve'?", Severity.Error, 20)],
            found.Select(d => (d.Id, d.Message, d.Severity, d.Location.Span.Start)));
    }

    [Fact]
    public void A_rule_setting_turns_one_built_in_rule_on_without_the_others()
    {
        using var folder = Project("[*]\nBasedOnStyles = House\nVale.Spelling = YES\n");
        folder.Write("a.md", "It was the the best recieve.\n");

        var (found, _) = Lint(folder);

        Assert.Equal(["a.md:1:1:House.Long", "a.md:1:21:Vale.Spelling"], found);
    }
}

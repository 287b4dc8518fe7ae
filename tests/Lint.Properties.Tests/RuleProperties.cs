using System.Text.RegularExpressions;
using CsCheck;
using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Properties.Tests;

/// <summary>
/// The default pack over generated articles: no rule fails, every finding is inside the article at the
/// line and column its offsets give, every fix edits prose only (scripts, styles and code come out of a fix
/// as they went in), and fixing a fixed article changes nothing.
/// </summary>
public class RuleProperties
{
    public static TheoryData<string> Extensions => [".md", ".html", ".txt"];

    private static CsCheck.Gen<string> Generator(string extension) => extension switch
    {
        ".md" => Articles.Markdown,
        ".html" => Articles.Html,
        _ => Articles.PlainText,
    };

    /// <summary>The findings on one text, in source positions, after checking each against the document they were found in.</summary>
    private static IReadOnlyList<Diagnostic> Analyze(string extension, SourceText text)
    {
        if (Formats.Parse(extension, text.Content) is not { } document)
        {
            return [];
        }

        var raw = DefaultPack.Driver.Analyze(document);
        foreach (var diagnostic in raw)
        {
            Assert.NotEqual(EngineDescriptors.RuleFailure.Id, diagnostic.Id);
            foreach (var edit in diagnostic.Fix?.Edits ?? [])
            {
                Assert.True(InProse(document, edit.Span), $"{diagnostic.Id}'s fix edits {edit.Span} ('{document.Text.ToString(edit.Span)}'), which is not prose");
            }
        }

        // As the hosts do (lint check, fix and lsp): an HTML finding made on the page's text moves to its source.
        var found = raw.Select(d => document.SourceMap is { } map ? SourceMapping.ToSource(d, map) : d).ToList();
        foreach (var diagnostic in found)
        {
            var span = diagnostic.Location.Span;
            Assert.True(span.Start >= 0 && span.End <= text.Length, $"{diagnostic.Id} at {span} is outside the text (length {text.Length})");
            Assert.Equal(text.GetLinePositionSpan(span), diagnostic.Location.LineSpan);
            Assert.All(diagnostic.Fix?.Edits ?? [], e => Assert.True(e.Span.Start >= 0 && e.Span.End <= text.Length));
        }

        return found;
    }

    /// <summary>Inside a block and clear of its excluded ranges (code, URLs, markup), in the document's text.</summary>
    private static bool InProse(Document document, TextSpan edit) =>
        document.Blocks.Any(b => b.Span.Contains(edit) && !b.Excluded.Any(x => x.OverlapsWith(edit)));

    /// <summary>The scripts and styles of a page, the fenced code of Markdown: text no fix may change, in order.</summary>
    private static string[] NonProse(string extension, string text) =>
        [.. Regex.Matches(text, extension == ".html" ? "<(script|style)>.*?</\\1>" : "```\n[^`]*\n```", RegexOptions.Singleline).Select(m => m.Value)];

    private static string Fix(string extension, string text) =>
        FixPasses.Run(new SourceText(text), t => Analyze(extension, t)).Texts[0].Text.Content;

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Findings_lie_inside_the_article_and_fixes_touch_only_prose(string extension) =>
        Generator(extension).Sample(text => Analyze(extension, new SourceText(text)), iter: 150);

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Fixing_a_fixed_article_changes_nothing(string extension) =>
        Generator(extension).Sample(
            text =>
            {
                var once = Fix(extension, text);
                Assert.Equal(once, Fix(extension, once));
                Assert.Equal(NonProse(extension, text), NonProse(extension, once));
            },
            iter: 60);
}

using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

/// <summary>Kinds that read block text leave alone what a parser marked as not prose (inline code, link targets, markup).</summary>
public class ExcludedRangesTests
{
    [Fact]
    public void Existence_ignores_matches_in_excluded_ranges_but_finds_the_prose_ones()
    {
        const string text = "Run `very` then [see](http://very.example) — it is very good.";

        var found = RunWithExcluded("extends: existence\nmessage: m\ntokens: [very]\n", text, Range(text, "`very`"), Range(text, "](http://very.example)"));

        Assert.Equal(text.LastIndexOf("very", StringComparison.Ordinal), Assert.Single(found).Location.Span.Start);
    }

    [Fact]
    public void Sentence_scoped_patterns_ignore_excluded_ranges_too()
    {
        const string text = "Call `filing gaps` now. Filing gaps hurts.";

        var found = RunWithExcluded("extends: existence\nmessage: m\nscope: sentence\nignorecase: true\ntokens: ['filing gaps']\n", text, Range(text, "`filing gaps`"));

        Assert.Equal(24, Assert.Single(found).Location.Span.Start);
    }

    [Fact]
    public void Consistency_counts_only_prose_uses()
    {
        const string text = "The `e-mail` tool sent an email, then another email and an e-mail.";

        var found = RunWithExcluded("extends: consistency\nmessage: \"Use '%[2]s'.\"\neither:\n  email: e-mail\n", text, Range(text, "`e-mail`"));

        Assert.Equal(text.LastIndexOf("e-mail", StringComparison.Ordinal), Assert.Single(found).Location.Span.Start);
    }

    [Fact]
    public void Quote_marks_in_excluded_ranges_are_not_counted()
    {
        const string text = "Type `say \"hi` and he said “yes.”";

        var found = RunWithExcluded("extends: quotes\nmessage: \"%s\"\npairs: [\"“”\", \"\\\"\\\"\"]\n", text, Range(text, "`say \"hi`"));
        var unmasked = RunWithExcluded("extends: quotes\nmessage: \"%s\"\npairs: [\"“”\", \"\\\"\\\"\"]\n", text);

        Assert.Empty(found);
        Assert.NotEmpty(unmasked);
    }
}

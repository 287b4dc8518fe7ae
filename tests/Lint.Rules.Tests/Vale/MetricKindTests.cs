using Lint.Rules.Kinds.Metric;
using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's <c>metric</c>: a formula over the readability variables, a condition, and the result in the
/// message to two decimals. With no scope the document's body is measured as one; with
/// <c>scope: paragraph</c> each paragraph is.
/// </summary>
public class MetricKindTests
{
    private const string Hard = "Notwithstanding institutional considerations, comprehensive reorganization necessitated extraordinary deliberation.";

    private const string Easy = "The cat sat on the mat. It was warm. We went home.";

    /// <summary>Vale's documented example.</summary>
    private const string FleschKincaid = """
        extends: metric
        message: "Try to keep the Flesch-Kincaid grade level (%s) below 8."
        link: https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests
        formula: |
          (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59
        condition: "> 8.0"
        """;

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("make", 1)]
    [InlineData("walked", 1)]
    [InlineData("wanted", 2)]
    [InlineData("boxes", 2)]
    [InlineData("reorganization", 6)]
    [InlineData("necessitated", 5)]
    public void Syllables_are_counted_as_the_formulas_count_them(string word, int count) =>
        Assert.Equal(count, Syllables.Count(word));

    [Fact]
    public void Hard_text_is_flagged_with_its_grade_and_easy_text_is_not()
    {
        var finding = Assert.Single(KindTester.Run(FleschKincaid, Hard));

        Assert.Matches(@"^Try to keep the Flesch-Kincaid grade level \(\d+\.\d\d\) below 8\.$", finding.Message);
        Assert.Equal((0, 0), (finding.Location.Span.Start, finding.Location.Span.Length));
        Assert.Empty(KindTester.Run(FleschKincaid, Easy));
    }

    [Fact]
    public void The_variables_are_counted_as_Vale_counts_them()
    {
        const string Rule = "extends: metric\nmessage: \"%s\"\nformula: words * 1000000 + sentences * 10000 + long_words * 100 + polysyllabic_words\ncondition: \"> 0\"\n";

        var finding = Assert.Single(KindTester.Run(Rule, "Councillors approved the budget. It passed."));

        // 6 words, 2 sentences, 3 words over six letters (councillors, approved, passed is six), 1 of three syllables or more.
        Assert.Equal("6020201.00", finding.Message);
    }

    [Fact]
    public void Without_a_scope_the_body_is_measured_as_one_and_per_paragraph_each_paragraph()
    {
        var text = Easy + "\n\n" + Hard;
        var perParagraph = FleschKincaid + "\nscope: paragraph\n";

        Assert.Single(KindTester.Run(FleschKincaid, text));
        var finding = Assert.Single(KindTester.Run(perParagraph, text));
        Assert.Equal(text.IndexOf("Notwithstanding", StringComparison.Ordinal), finding.Location.Span.Start);
    }

    [Theory]
    [InlineData("round(lix, 2)", "> 35", true)]
    [InlineData("math.sqrt(polysyllabic_words * (30 / sentences)) + 3", ">= 3", true)]
    [InlineData("math.abs(-words) / heading.h1", "< 0", false)]
    [InlineData("smog", "== 0.0", false)]
    public void Formulas_take_functions_operators_and_the_precomputed_scores(string formula, string condition, bool flagged)
    {
        var rule = $"extends: metric\nmessage: \"%s\"\nformula: '{formula}'\ncondition: '{condition}'\n";

        Assert.Equal(flagged ? 1 : 0, KindTester.Run(rule, Hard).Count);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_at_the_digit_asked_for() =>
        Assert.Equal(42.74, MetricFormula.Parse("round(42.735, 2)").Evaluate(new Dictionary<string, double>()));

    [Theory]
    [InlineData("formula: words +\ncondition: '> 1'", 3, "The formula 'words +' cannot be read: The formula ends too soon.")]
    [InlineData("formula: paragraphz * 2\ncondition: '> 1'", 3, "The formula 'paragraphz * 2' cannot be read: 'paragraphz' is not a variable")]
    [InlineData("formula: math.log(words)\ncondition: '> 1'", 3, "cannot be read: 'math.log' with 1 argument is not a function")]
    [InlineData("formula: words\ncondition: 'above 8'", 4, "The condition 'above 8' cannot be read: A condition is a comparison and a value")]
    public void A_formula_or_condition_that_cannot_be_read_is_an_error_at_its_line(string keys, int line, string message)
    {
        var error = Assert.Single(RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: metric\nmessage: m\n" + keys + "\n")]).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }
}

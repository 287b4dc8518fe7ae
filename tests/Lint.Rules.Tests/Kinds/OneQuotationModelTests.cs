using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Kinds;

/// <summary>
/// "Inside a quotation" means one thing to every rule: the marks QuoteBalance pairs up are the marks that
/// bound the quotations a <c>quotes: skip</c> rule leaves alone.
/// </summary>
public sealed class OneQuotationModelTests
{
    private static readonly LoadedRule Balance = RuleHarness.Load("""
        extends: quotes
        message: "Quote marks do not pair up: %s."
        pairs:
          - "“”"
          - '""'
          - "«»"
        examples:
          - "[|“|]Open and never closed."
          - "“Closed.”"
        """);

    private static readonly LoadedRule SkipsQuotes = RuleHarness.Load("""
        extends: existence
        message: "'%s'"
        quotes: skip
        tokens:
          - gone
        examples:
          - "It was [|gone|]."
          - "“It was gone,” she said."
        """);

    [Theory]
    [InlineData("The 12\" pipe was gone, and “it was gone,” she said.")]
    [InlineData("«It was gone» is what the sign said, and it was gone.")]
    [InlineData("She said:\"it was gone\" and the cart was gone too.")]
    public void A_balanced_paragraph_has_its_quotations_skipped_and_nothing_else(string text)
    {
        Assert.Empty(RuleHarness.Flagged(Balance, text));
        Assert.Equal(["gone"], RuleHarness.Flagged(SkipsQuotes, text));
    }

    [Fact]
    public void A_closing_mark_where_a_quote_opens_is_flagged_and_still_opens_the_quotation()
    {
        const string text = "”It was gone,” she said, and the cart was gone.";

        Assert.Equal(["”"], RuleHarness.Flagged(Balance, text));
        Assert.Equal(["gone"], RuleHarness.Flagged(SkipsQuotes, text));
    }

    [Fact]
    public void An_inch_mark_is_no_quote_to_either_rule()
    {
        const string text = "A 6\" gap was gone by noon.";

        Assert.Empty(RuleHarness.Flagged(Balance, text));
        Assert.Equal(["gone"], RuleHarness.Flagged(SkipsQuotes, text));
    }
}

using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Weekdays;

public class WeekdaysKindTests
{
    private const string Rule = """
        extends: weekdays
        message: "'%s': %s is a %s."
        weekdays: [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday]
        months:
          March: 3
          Sept.: 9
          Sep: 9
          Dec.: 12
          Jan.: 1
        """;

    [Fact]
    public void A_weekday_that_does_not_fit_the_date_in_the_storys_year_is_flagged_with_the_right_weekday()
    {
        const string text = "March 2, 2024\n\nThe vote is set for Friday, March 14, officials said.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("Friday, March 14", Flagged(text, finding));
        Assert.Equal("'Friday, March 14': March 14, 2024 is a Thursday.", finding.Message);
    }

    [Fact]
    public void The_year_comes_from_an_iso_date_and_a_date_in_parentheses_is_flagged_with_its_parenthesis()
    {
        const string text = "date: 2023-11-02\n\nPolls closed Tuesday (Sept. 4), a day late.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("Tuesday (Sept. 4)", Flagged(text, finding));
    }

    [Fact]
    public void A_date_with_its_own_year_is_read_in_that_year() =>
        Assert.Empty(Run(Rule, "March 2, 2024\n\nThe shop opened on Sunday, Sept. 3, 2017."));

    [Fact]
    public void A_date_across_new_year_from_the_story_may_belong_to_the_year_before() =>
        Assert.Empty(Run(Rule, "Jan. 6, 2026\n\nThe shop stayed open on Wednesday, Dec. 31, then closed."));

    [Fact]
    public void A_date_months_ahead_may_belong_to_the_next_year() =>
        Assert.Empty(Run(Rule, "Sept. 20, 2025\n\nThe terminal opens Tuesday, March 3, the airport said."));

    [Fact]
    public void A_date_months_ahead_that_fits_neither_year_is_flagged() =>
        Assert.Single(Run(Rule, "Sept. 20, 2025\n\nThe terminal opens Wednesday, March 3, the airport said."));

    [Fact]
    public void A_story_without_a_year_is_left_alone() =>
        Assert.Empty(Run(Rule, "The vote is set for Friday, March 14, officials said."));

    [Fact]
    public void A_day_that_the_month_does_not_have_is_left_alone() =>
        Assert.Empty(Run(Rule, "March 2, 2024\n\nThe deadline is Monday, March 32, in the draft."));

    [Fact]
    public void A_rule_without_seven_weekdays_is_refused()
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: weekdays\nmessage: x\nweekdays: [Monday]\nmonths:\n  March: 3\n")]);

        Assert.NotEmpty(set.Errors);
    }

    [Fact]
    public void A_month_number_out_of_range_is_refused()
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: weekdays\nmessage: x\nweekdays: [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday]\nmonths:\n  March: 13\n")]);

        Assert.NotEmpty(set.Errors);
    }

    [Fact]
    public void A_story_without_a_date_in_its_head_is_read_on_the_runs_day()
    {
        const string text = "The fair opens Wednesday, March 10, on the county grounds.";

        var finding = Assert.Single(RunOn(new DateOnly(2026, 2, 1), Rule, ("a.txt", text)));

        Assert.Equal("'Wednesday, March 10': March 10, 2026 is a Tuesday.", finding.Message);
        Assert.Empty(RunOn(new DateOnly(2026, 2, 1), Rule, ("a.txt", "The fair opens Tuesday, March 10, on the county grounds.")));
    }

    [Fact]
    public void An_undated_story_that_names_its_year_is_read_in_that_year_too() =>
        Assert.Empty(RunOn(new DateOnly(2026, 12, 6), Rule, ("a.txt", "The pier, built in 1986, reopened on Friday, March 14, after a storm.")));

    [Fact]
    public void An_undated_date_late_in_december_read_in_january_is_last_years() =>
        Assert.Empty(RunOn(new DateOnly(2027, 1, 2), Rule, ("a.txt", "The shop closed on Wednesday, Dec. 30, for inventory.")));

    [Fact]
    public void Two_dates_of_an_undated_story_that_no_one_year_fits_flag_the_later()
    {
        // March 9, 2027 and 2021 were Tuesdays: each alone fits a year, but not two days apart with these weekdays.
        const string text = "The fair opens Tuesday, March 9, and the parade is Friday, March 11, on Main Street.";

        var finding = Assert.Single(RunOn(new DateOnly(2026, 12, 6), Rule, ("a.txt", text)));

        Assert.Equal("'Friday, March 11': March 11, 2027 is a Thursday.", finding.Message);
    }

    [Theory]
    [InlineData("The fair opens Tuesday, March 9, and the parade is Thursday, March 11, on Main Street.")]
    [InlineData("The fair opened Tuesday, March 9, and closes on Sunday, Dec. 6, after the harvest.")]
    public void Dates_of_an_undated_story_that_one_year_fits_or_that_lie_months_apart_are_left_alone(string text) =>
        Assert.Empty(RunOn(new DateOnly(2026, 12, 6), Rule, ("a.txt", text)));
}

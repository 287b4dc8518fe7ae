using Lint.Analysis;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Styles written for this repository in the shape of the public Vale packages (Microsoft, Google,
/// write-good, proselint, alex, Readability, Joblint: their kinds, keys and regex dialect, with words and
/// patterns of our own) load with no error, and on a Markdown page give the findings Vale would.
/// </summary>
public class ValePackageTests
{
    private static readonly string Styles = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Rules.Tests", "Vale", "Styles");

    public static TheoryData<string, string, string[]> Packages => new()
    {
        {
            "Microsoft",
            "# Using Lint with Markdown\n\n## Set Up The Desk\n\nThe National Weather Service (NWS) and NASA said it is late. The NWS and the FAA do not agree — yet.\n\nThis sentence keeps going and going with one word after another until it has far more than twenty words in it.\n",
            new[] { "Microsoft.Headings:Set Up The Desk", "Microsoft.Contractions:it is", "Microsoft.Acronyms:FAA", "Microsoft.Contractions:do not", "Microsoft.Dashes: — ", "Microsoft.SentenceLength:This" }
        },
        {
            "Google",
            "# A Guide To Logins\n\n## How To Log In\n\nSend an E-mail first! Then click on the button to login to the 5GB store.\n",
            new[] { "Google.Headings:How To Log In", "Google.WordList:E-mail", "Google.Exclamation:t! ", "Google.WordList:click on", "Google.WordList:login to", "Google.Units:5GB" }
        },
        {
            "write-good",
            "So the council met the the next day in order to vote. It was clearly various things; so it went on, in order to finish.\n",
            new[] { "write-good.So:So ", "write-good.Illusions:the the", "write-good.TooWordy:in order to", "write-good.Weasel:clearly", "write-good.Weasel:various", "write-good.So:; so " }
        },
        {
            "proselint",
            "At the end of the day, the thought leaders said it was amazing!!! Wait... the (c) line.\n",
            new[] { "proselint.Cliches:At the end of the day", "proselint.Cliches:thought leaders", "proselint.Hyperbole:amazing!!!", "proselint.Typography:...", "proselint.Typography:(c)" }
        },
        {
            "alex",
            "The chairman said the plan was crazy. A sanity check followed.\n",
            new[] { "alex.Gendered:chairman", "alex.Ablist:crazy", "alex.Ablist:sanity check" }
        },
        {
            "Readability",
            "The cat sat on the mat. It was warm.\n\nNotwithstanding institutional considerations, comprehensive reorganization necessitated extraordinary deliberation.\n",
            new[] { "Readability.FleschKincaid:", "Readability.SMOG:", "Readability.GunningFog:" }
        },
        {
            "Joblint",
            "We want JavaScript ninjas and node js rockstars who crush it. Work hard, play hard.\n",
            new[] { "Joblint.DumbTitles:ninjas", "Joblint.TechTerms:node js", "Joblint.DumbTitles:rockstars", "Joblint.Bro:crush it", "Joblint.Bro:Work hard, play hard" }
        },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_loads_with_no_error_and_finds_what_Vale_finds(string package, string page, string[] expected)
    {
        var set = Load(package);
        var document = DocumentFormats.ForExtension(".md")!.Parse("page.md", new SourceText(page));

        var found = new AnalyzerDriver(set.Analyzers).Analyze(document)
            .OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id}:{page.Substring(d.Location.Span.Start, d.Location.Span.Length)}");

        Assert.Empty(set.Errors);
        Assert.Equal(expected, found.ToArray());
    }

    [Fact]
    public void The_readability_scores_are_in_their_messages()
    {
        const string Page = "Notwithstanding institutional considerations, comprehensive reorganization necessitated extraordinary deliberation.\n";
        var document = DocumentFormats.ForExtension(".md")!.Parse("page.md", new SourceText(Page));

        var messages = new AnalyzerDriver(Load("Readability").Analyzers).Analyze(document).Select(d => d.Message).Order(StringComparer.Ordinal);

        Assert.All(messages, m => Assert.Matches(@"\(\d+\.\d\d\) below", m));
    }

    private static RuleSet Load(string package)
    {
        var folder = Path.Combine(Styles, package);
        return RuleLoader.Load(Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal)
            .Select(f => new RuleSource(Path.GetRelativePath(Styles, f).Replace('\\', '/'), $"{package}.{Path.GetFileNameWithoutExtension(f)}", File.ReadAllText(f))));
    }
}

using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests.Loading;

/// <summary>
/// A folder of rules written as Vale styles are (ValeStyles/Docs, written for this repository after Vale's
/// documentation) loads with no error: Vale's <c>action</c>, <c>limit</c>, <c>vocab</c> and <c>append</c>
/// are read, an action Lint does not carry out is a note, and every rule finds what it was written for.
/// </summary>
public class ValeStyleTests
{
    private const string Story = "We utilize it... and leverage it. The the MixedCase value was very much, very much the the same.";

    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Rules.Tests", "Loading", "ValeStyles");

    private static RuleSet Load() => RuleLoader.Load(
        Directory.GetFiles(Folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new RuleSource(Path.GetRelativePath(Folder, f).Replace('\\', '/'), "Docs." + Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));

    [Fact]
    public void The_style_loads_with_notes_for_the_actions_Lint_does_not_carry_out()
    {
        var set = Load();

        Assert.Empty(set.Errors);
        Assert.Equal(["Docs.Ellipsis", "Docs.Hedging", "Docs.Repeated", "Docs.SnakeCase", "Docs.Utilize"], set.Rules.Select(r => r.Definition.Id));
        Assert.Equal(["Docs/SnakeCase.yml:7:3 suggest"], set.Notes.Select(n => $"{n.Path}:{n.Line}:{n.Column} {n.Message.Split('\'')[2]}"));
    }

    [Fact]
    public void Each_rule_finds_what_it_was_written_for_and_limit_stops_Utilize_after_one()
    {
        var document = new PlainTextParser().Parse("story.txt", new SourceText(Story));

        var found = new AnalyzerDriver(Load().Analyzers).Analyze(document)
            .OrderBy(d => d.Location.Span.Start)
            .Select(d => $"{d.Id}:{Story.Substring(d.Location.Span.Start, d.Location.Span.Length)}");

        Assert.Equal(
            ["Docs.Utilize:utilize", "Docs.Ellipsis:...", "Docs.SnakeCase:MixedCase", "Docs.Hedging:very much", "Docs.Hedging:very much", "Docs.Repeated:the the"],
            found.ToList());
    }
}

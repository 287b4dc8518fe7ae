namespace Lint.Cli.Tests.Vale;

/// <summary>
/// The Joblint Vale package (errata-ai/Joblint), as a fixture written for this repository (tests/Lint.Cli.Tests/Vale/Joblint):
/// its rule names, kinds, levels and messages as the package's documentation and Vale's own feature test record them,
/// its word lists from Joblint's rules (rowanmanning/joblint), and Joblint's example posting as Vale's test reads it.
/// The package's own files are not copied. It loads with no error, and <c>lint vale</c> prints what Vale's feature test
/// expects of <c>vale</c>, line for line.
/// </summary>
public class JoblintPackageTests
{
    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Cli.Tests", "Vale", "Joblint");

    /// <summary>Vale's recorded output for the example (its "Lint against Joblint" scenario).</summary>
    private const string ValeOutput = """
        oh-dear.txt:4:21:Joblint.Profanity:Remove 'fucking'
        oh-dear.txt:4:37:Joblint.TechTerms:Use 'JavaScript' instead of 'java script'
        oh-dear.txt:4:49:Joblint.Gendered:Avoid using 'dude'
        oh-dear.txt:4:76:Joblint.DumbTitles:Avoid using 'ninja'
        oh-dear.txt:5:19:Joblint.TechTerms:Use 'JavaScript' instead of 'javascript'
        oh-dear.txt:5:59:Joblint.Bro:Avoid using 'crush'
        oh-dear.txt:7:13:Joblint.Profanity:Remove 'damn'
        oh-dear.txt:7:18:Joblint.Sexualised:Avoid using 'sexy'
        oh-dear.txt:7:49:Joblint.LegacyTech:Avoid using 'Frontpage'
        oh-dear.txt:7:85:Joblint.DevEnv:Don't specify a development environment unless absolutely necessary.
        oh-dear.txt:7:145:Joblint.Competitive:Avoid using 'top of your game'
        oh-dear.txt:7:179:Joblint.Visionary:Avoid using 'enlightened'
        oh-dear.txt:9:69:Joblint.LegacyTech:Avoid using 'VBScript'
        oh-dear.txt:9:91:Joblint.Gendered:Avoid using 'He'
        oh-dear.txt:9:112:Joblint.Starter:Avoid using 'hit the ground running'
        oh-dear.txt:9:145:Joblint.Competitive:Avoid using 'cutting-edge'
        oh-dear.txt:9:159:Joblint.Meritocracy:Reevaluate the use of 'meritocratic'
        oh-dear.txt:11:24:Joblint.Benefits:Avoid using 'pool table'
        oh-dear.txt:11:52:Joblint.Benefits:Avoid using 'beer'
        oh-dear.txt:11:71:Joblint.Reassure:Avoid using 'drama-free'
        oh-dear.txt:11:118:Joblint.DumbTitles:Avoid using 'heroic'
        oh-dear.txt:14:21:Joblint.Hair:Avoid using 'beards'

        """;

    [Fact]
    public void The_joblint_package_loads_without_errors_and_gives_the_findings_vale_records()
    {
        var isolated = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(Path.GetTempPath(), "lint-vale-tests-no-config"),
            ["VALE_CONFIG_PATH"] = string.Empty,
            ["VALE_STYLES_PATH"] = string.Empty,
        };

        var result = LintProcess.RunWith(Fixture, null, isolated, "vale", "--output=line", "oh-dear.txt");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ValeOutput, result.Stdout);
    }
}

namespace Lint.Cli.Tests.Vale;

/// <summary>
/// The Joblint Vale package (errata-ai/Joblint), as a fixture written for this repository (tests/Lint.Cli.Tests/Vale/Joblint):
/// its rule names, kinds, levels and messages as the package's documentation and Vale's own feature test record them,
/// its word lists from Joblint's rules (rowanmanning/joblint), and a job posting of our own with
/// the words each rule lists. The package's own files are not copied. It loads with no error, and <c>lint vale</c> prints
/// Vale's line format for it.
/// </summary>
public class JoblintPackageTests
{
    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Cli.Tests", "Vale", "Joblint");

    /// <summary>
    /// What the package's rules flag in a job posting written for this test: each line checked by hand against the
    /// rule's word list (Vale's own feature test uses Joblint's example posting, which is not copied here).
    /// </summary>
    private const string ValeOutput = """
        oh-dear.txt:1:17:Joblint.DumbTitles:Avoid using 'Guru'
        oh-dear.txt:3:26:Joblint.DumbTitles:Avoid using 'rock star'
        oh-dear.txt:3:36:Joblint.Gendered:Avoid using 'guy'
        oh-dear.txt:3:48:Joblint.Starter:Avoid using 'juggle'
        oh-dear.txt:3:55:Joblint.Starter:Avoid using 'tight deadlines'
        oh-dear.txt:4:10:Joblint.DumbTitles:Avoid using 'ninja'
        oh-dear.txt:4:23:Joblint.Profanity:Remove 'damn'
        oh-dear.txt:6:26:Joblint.LegacyTech:Avoid using 'Visual Basic 6'
        oh-dear.txt:6:45:Joblint.LegacyTech:Avoid using 'FrontPage'
        oh-dear.txt:6:80:Joblint.DevEnv:Don't specify a development environment unless absolutely necessary.
        oh-dear.txt:7:18:Joblint.Competitive:Avoid using 'forefront'
        oh-dear.txt:7:53:Joblint.Competitive:Avoid using 'top of your game'
        oh-dear.txt:9:10:Joblint.Visionary:Avoid using 'visionary'
        oh-dear.txt:9:21:Joblint.Meritocracy:Reevaluate the use of 'meritocratic'
        oh-dear.txt:9:56:Joblint.Benefits:Avoid using 'keg'
        oh-dear.txt:9:63:Joblint.Benefits:Avoid using 'ping pong'
        oh-dear.txt:10:1:Joblint.Benefits:Avoid using 'pizza'
        oh-dear.txt:10:28:Joblint.Reassure:Avoid using 'drama-free'

        """;

    [Fact]
    public void The_joblint_package_loads_without_errors_and_flags_the_words_its_rules_list()
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

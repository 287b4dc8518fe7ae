namespace Lint.Cli.Reporting;

/// <summary>The output formats by their <c>--format</c> names.</summary>
public static class ReportFormat
{
    public static readonly string[] Names = ["text", "sarif", "github", "json", "html"];

    public static IReporter Create(string name) => name switch
    {
        "sarif" => new SarifReporter(),
        "github" => new GitHubReporter(),
        "json" => new JsonReporter(),
        "html" => new HtmlReporter(),
        _ => new TextReporter(),
    };
}

namespace Lint.Cli.Reporting;

/// <summary>The output formats by their <c>--format</c> names.</summary>
public static class ReportFormat
{
    public static readonly string[] Names = ["text", "sarif", "github", "json", "html"];

    /// <summary>The reporter of a format; <paramref name="colors"/> colour the text format (none by default).</summary>
    public static IReporter Create(string name, Colors? colors = null) => name switch
    {
        "sarif" => new SarifReporter(),
        "github" => new GitHubReporter(),
        "json" => new JsonReporter(),
        "html" => new HtmlReporter(),
        _ => new TextReporter(colors ?? Colors.None),
    };
}

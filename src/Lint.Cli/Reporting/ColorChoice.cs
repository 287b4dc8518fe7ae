namespace Lint.Cli.Reporting;

/// <summary>
/// Whether the text format is coloured, from <c>--color auto|always|never</c>: <c>always</c> and <c>never</c>
/// say so; <c>auto</c> (the default) colours only a terminal, and not when the environment variable
/// <c>NO_COLOR</c> is set to anything but the empty string (https://no-color.org) or <c>TERM</c> is <c>dumb</c>.
/// A report written to a file (<c>--output</c>) is never coloured.
/// </summary>
public static class ColorChoice
{
    public static readonly string[] Names = ["auto", "always", "never"];

    public static bool Decide(string? choice, bool toTerminal, Func<string, string?> environment) => choice switch
    {
        "always" => true,
        "never" => false,
        _ => toTerminal
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal),
    };
}

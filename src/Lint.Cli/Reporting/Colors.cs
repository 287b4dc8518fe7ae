using Lint.Diagnostics;

namespace Lint.Cli.Reporting;

/// <summary>ANSI colours for the text format, or none: <see cref="None"/> writes text as it is.</summary>
public sealed class Colors(bool enabled)
{
    private const string Reset = "\u001b[0m";

    public static Colors None { get; } = new(false);

    public bool Enabled => enabled;

    public string Bold(string text) => Paint("\u001b[1m", text);

    public string Dim(string text) => Paint("\u001b[2m", text);

    /// <summary>Errors red, warnings yellow, suggestions cyan.</summary>
    public string Severity(Severity severity, string text) => Paint(
        severity switch
        {
            Diagnostics.Severity.Error => "\u001b[1;31m",
            Diagnostics.Severity.Warning => "\u001b[1;33m",
            _ => "\u001b[1;36m",
        },
        text);

    private string Paint(string code, string text) => enabled && text.Length > 0 ? code + text + Reset : text;
}

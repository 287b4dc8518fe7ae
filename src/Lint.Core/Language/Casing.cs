namespace Lint.Language;

/// <summary>How a word is written: the shape a copy editor checks a name by.</summary>
public enum Casing
{
    /// <summary>No letters (a figure).</summary>
    None,

    /// <summary>"senator"</summary>
    Lower,

    /// <summary>"Senator"</summary>
    Capitalized,

    /// <summary>"NASA"</summary>
    Upper,

    /// <summary>"iPhone", "McDonald"</summary>
    Mixed,
}

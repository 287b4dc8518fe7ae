namespace Lint.Language.Spelling;

/// <summary>A line of a <c>.aff</c> or <c>.dic</c> file that is not written as Hunspell's format says, at a 1-based line.</summary>
public sealed class DictionaryFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

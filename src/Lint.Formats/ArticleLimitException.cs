using Lint.Text;

namespace Lint.Formats;

/// <summary>
/// An article goes past one of the <see cref="ArticleLimits"/>: it is not linted, and the message says
/// which file, where (1-based line and column) and which limit. The other articles of a run are not affected.
/// </summary>
public sealed class ArticleLimitException : Exception
{
    public ArticleLimitException(string path, int line, int column, string problem, string limit)
        : base($"{path}:{line}:{column}: {problem} ({limit}); the article is not linted.")
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
        Limit = limit;
    }

    /// <summary>The exception for a place in the article's text, given as an offset.</summary>
    public static ArticleLimitException At(string path, SourceText text, int offset, string problem, string limit)
    {
        var position = text.GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new ArticleLimitException(path, position.Line + 1, position.Character + 1, problem, limit);
    }

    public string Path { get; }

    /// <summary>1-based, as in the text and SARIF output.</summary>
    public int Line { get; }

    /// <summary>1-based, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>What goes over, in words, without the place.</summary>
    public string Problem { get; }

    /// <summary>The limit it goes past, by name.</summary>
    public string Limit { get; }
}

using System.Buffers;

namespace Lint.Syntax.Quotations;

/// <summary>
/// The double quote marks a rule accepts, as opening and closing pairs ("“”", "«»", "\"\""). A mark
/// that appears only as a closer (”, ») can only close; one that appears as both (the straight '"',
/// or “ when „“ is allowed) is read from the letters around it. The first pair that lists a mark
/// gives the mark to suggest for it.
/// </summary>
public sealed class QuotePairs
{
    private readonly (char Open, char Close)[] _pairs;

    /// <summary>
    /// The marks a story's quotations may be written with: curly (“…”), straight ("…"), guillemets («…») and
    /// low-high („…“ or „…”). What is inside a quotation is read with these, whatever marks a rule requires.
    /// </summary>
    public static QuotePairs Standard { get; } = new([('“', '”'), ('"', '"'), ('«', '»'), ('„', '“'), ('„', '”')]);

    public QuotePairs(IEnumerable<(char Open, char Close)> pairs)
    {
        _pairs = pairs.ToArray();
        Marks = SearchValues.Create([.. _pairs.SelectMany(p => new[] { p.Open, p.Close }).Distinct()]);
        MarksAndSingles = SearchValues.Create([.. _pairs.SelectMany(p => new[] { p.Open, p.Close }).Concat("‘’'").Distinct()]);
    }

    /// <summary>Every mark of every pair, for a fast search of the next one.</summary>
    public SearchValues<char> Marks { get; }

    /// <summary>The marks and the single quote marks (‘ ’ '), which count inside a double quote.</summary>
    public SearchValues<char> MarksAndSingles { get; }

    public bool IsOpener(char c) => Array.Exists(_pairs, p => p.Open == c);

    public bool IsCloser(char c) => Array.Exists(_pairs, p => p.Close == c);

    /// <summary>True when <paramref name="close"/> may end a quote opened with <paramref name="open"/>.</summary>
    public bool Closes(char open, char close) => Array.Exists(_pairs, p => p.Open == open && p.Close == close);

    /// <summary>The closer to use for a quote opened with <paramref name="open"/>.</summary>
    public char CloserFor(char open) => Array.Find(_pairs, p => p.Open == open).Close;

    /// <summary>The opener to use for a quote that closes with <paramref name="close"/>.</summary>
    public char OpenerFor(char close) => Array.Find(_pairs, p => p.Close == close).Open;

    /// <summary>
    /// True when a quote opened with <paramref name="inner"/> inside one opened with <paramref name="outer"/>
    /// belongs to the same system, so it should have been a single quote. Quotes of another system
    /// (“ ” inside « ») are the usual way to nest in that system and are fine.
    /// </summary>
    public bool SameSystem(char outer, char inner) =>
        Array.Exists(_pairs, p => p.Open == outer && Closes(inner, p.Close));
}

namespace Lint.Rules.Matching;

/// <summary>The patterns a load asked <see cref="PatternFacts"/> about, while <see cref="PatternFacts.Record"/> was on.</summary>
public sealed class PatternRecording(Action stop) : IDisposable
{
    private readonly SortedSet<string> _validated = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _searched = new(StringComparer.Ordinal);

    /// <summary>The patterns checked for validity, in ordinal order.</summary>
    public IReadOnlyCollection<string> ValidatedPatterns => _validated;

    /// <summary>The patterns whose literals were asked for, in ordinal order.</summary>
    public IReadOnlyCollection<string> SearchedPatterns => _searched;

    internal void Validated(string pattern)
    {
        lock (_validated)
        {
            _validated.Add(pattern);
        }
    }

    internal void Searched(string pattern)
    {
        lock (_searched)
        {
            _searched.Add(pattern);
        }
    }

    public void Dispose() => stop();
}

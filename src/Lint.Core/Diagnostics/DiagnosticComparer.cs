namespace Lint.Diagnostics;

/// <summary>The one total order of findings: file, offset, length, rule id, message. Output is sorted by it.</summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static DiagnosticComparer Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var result = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (result == 0)
        {
            result = x.Location.Span.CompareTo(y.Location.Span);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Id, y.Id);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Message, y.Message);
    }
}

namespace Lint.Text;

/// <summary>A 0-based line and a 0-based UTF-16 column, as LSP counts them. Reporters add 1 where their format wants it.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

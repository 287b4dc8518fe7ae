using System.Text;
using Wcwidth;

namespace Lint.Cli.Reporting;

/// <summary>
/// How many terminal columns text takes: an East Asian wide character (Chinese, Japanese, Korean, most
/// emoji) takes two, a combining mark none, anything else one (by the Unicode tables of Wcwidth).
/// </summary>
public static class DisplayWidth
{
    public static int Of(Rune rune) => Math.Max(0, UnicodeCalculator.GetWidth(rune));

    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>The index in <paramref name="text"/> reached from <paramref name="start"/> going right through at most <paramref name="columns"/> columns, stopping at <paramref name="limit"/>.</summary>
    public static int Forward(string text, int start, int limit, int columns)
    {
        var index = start;
        var width = 0;
        while (index < limit && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length) == System.Buffers.OperationStatus.Done)
        {
            width += Of(rune);
            if (width > columns)
            {
                break;
            }

            index += length;
        }

        return index;
    }

    /// <summary>The index in <paramref name="text"/> reached from <paramref name="end"/> going left through at most <paramref name="columns"/> columns.</summary>
    public static int Backward(string text, int end, int columns)
    {
        var index = end;
        var width = 0;
        while (index > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out var length) == System.Buffers.OperationStatus.Done)
        {
            width += Of(rune);
            if (width > columns)
            {
                break;
            }

            index -= length;
        }

        return index;
    }
}

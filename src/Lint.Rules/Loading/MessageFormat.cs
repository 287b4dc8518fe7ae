namespace Lint.Rules.Loading;

/// <summary>
/// Fills a Vale-style message: each <c>%s</c> takes the next argument in turn, and Go's indexed <c>%[n]s</c>
/// takes argument n (from 1), the next <c>%s</c> then taking the one after it, as Go's fmt does.
/// </summary>
public static class MessageFormat
{
    public static string Format(string format, params ReadOnlySpan<string> args)
    {
        var builder = new System.Text.StringBuilder(format.Length + 32);
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (Indexed(format, i) is var (index, length))
            {
                builder.Append(index < args.Length ? args[index] : string.Empty);
                next = index + 1;
                i += length - 1;
            }
            else if (format[i] == '%' && i + 1 < format.Length && format[i + 1] == 's')
            {
                builder.Append(next < args.Length ? args[next] : string.Empty);
                next++;
                i++;
            }
            else
            {
                builder.Append(format[i]);
            }
        }

        return builder.ToString();
    }

    public static int CountPlaceholders(string format)
    {
        var count = 0;
        for (var i = format.IndexOf('%'); i >= 0 && i + 1 < format.Length; i = format.IndexOf('%', i + 1))
        {
            count += format[i + 1] == 's' || Indexed(format, i) is not null ? 1 : 0;
        }

        return count;
    }

    /// <summary>The argument (from 0) and length of a "%[n]s" at <paramref name="i"/>, if there is one.</summary>
    private static (int Index, int Length)? Indexed(string format, int i)
    {
        if (format[i] != '%' || i + 4 >= format.Length || format[i + 1] != '[')
        {
            return null;
        }

        var close = format.IndexOf("]s", i + 2, StringComparison.Ordinal);
        return close > i + 2 && close - i <= 6 && int.TryParse(format.AsSpan(i + 2, close - i - 2), out var n) && n >= 1
            ? (n - 1, close + 2 - i)
            : null;
    }
}

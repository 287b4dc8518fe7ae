namespace Lint.Rules.Loading;

/// <summary>Fills a Vale-style message: each <c>%s</c> takes the next argument in turn.</summary>
public static class MessageFormat
{
    public static string Format(string format, params ReadOnlySpan<string> args)
    {
        var builder = new System.Text.StringBuilder(format.Length + 32);
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '%' && i + 1 < format.Length && format[i + 1] == 's')
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
        for (var i = format.IndexOf("%s", StringComparison.Ordinal); i >= 0; i = format.IndexOf("%s", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

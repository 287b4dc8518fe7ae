namespace Lint.Rules.Matching;

/// <summary>
/// Reads a .NET regular expression and works out literal strings, one of which every match must contain:
/// "filing(?= critical gaps)" needs "filing", "(?:palette|pallet) cleansers?" needs "palette" or "pallet",
/// "it[’']s" needs "it’s" or "it's". Lookarounds consume nothing, so they are read as empty. A pattern this
/// reader cannot vouch for (a conditional, free-spacing mode, an optional part with nothing required)
/// gives null: it must run everywhere. Case is ignored: the strings are looked for in any case.
/// </summary>
public static class RequiredLiterals
{
    public static IReadOnlyList<string>? Of(string pattern)
    {
        try
        {
            var reader = new PatternReader(pattern);
            var node = reader.Alternation();
            if (!reader.AtEnd)
            {
                return null;
            }

            return node.Needed is { } required ? [.. required.Order(StringComparer.Ordinal)] : null;
        }
        catch (Exception ex) when (ex is NotSupportedException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

}

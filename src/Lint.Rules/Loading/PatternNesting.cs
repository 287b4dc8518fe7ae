namespace Lint.Rules.Loading;

/// <summary>How deep the groups of a regular expression nest, read without recursion (escapes and character classes skipped).</summary>
internal static class PatternNesting
{
    /// <summary>The deepest nesting of groups: 0 with no group, 1 for "(a)", 2 for "((a))".</summary>
    public static int Deepest(string pattern)
    {
        var (depth, deepest) = (0, 0);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    i += i + 1 < pattern.Length && pattern[i + 1] == ']' ? 1 : 0;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')' when !inClass && depth > 0:
                    depth--;
                    break;
            }
        }

        return deepest;
    }
}

namespace Lint.Rules.Matching;

/// <summary>
/// Reads a regular expression from left to right and gives the <see cref="LiteralFacts"/> of each part: alternations,
/// sequences and quantifiers here; groups, classes and escapes in the other half of the class.
/// </summary>
internal sealed partial class PatternReader(string pattern)
{
    /// <summary>How many strings a set may hold before it stops being worth tracking exactly.</summary>
    private const int MaxStrings = 64;

    private int _at;

    public bool AtEnd => _at >= pattern.Length;

    private char Peek => pattern[_at];

    public LiteralFacts Alternation()
    {
        var branches = new List<LiteralFacts> { Sequence() };
        while (!AtEnd && Peek == '|')
        {
            _at++;
            branches.Add(Sequence());
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        if (branches.All(b => b.Exact is not null))
        {
            var union = new HashSet<string>(branches.SelectMany(b => b.Exact!), StringComparer.OrdinalIgnoreCase);
            return union.Count <= MaxStrings ? new LiteralFacts(union, null) : new LiteralFacts(null, WithoutEmpty(union));
        }

        if (branches.Any(b => b.Needed is null))
        {
            return LiteralFacts.Unknown;
        }

        return new LiteralFacts(null, new HashSet<string>(branches.SelectMany(b => b.Needed!), StringComparer.OrdinalIgnoreCase));
    }

    private LiteralFacts Sequence()
    {
        var candidates = new List<HashSet<string>>();
        HashSet<string> run = new(StringComparer.OrdinalIgnoreCase) { string.Empty };
        var exact = true;
        while (!AtEnd && Peek is not ('|' or ')'))
        {
            var atom = Quantified(run.Count <= MaxStrings && LiteralRun() is { } literal ? literal : Atom());
            if (atom.Required is { } required)
            {
                candidates.Add(required);
            }

            if (atom.Exact is { } strings && run.Count * strings.Count <= MaxStrings)
            {
                run = Concatenate(run, strings);
                continue;
            }

            exact = false;
            candidates.Add(run);
            if (atom.Needed is { } needed)
            {
                candidates.Add(needed);
            }

            run = atom.Exact is { } large ? large : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { string.Empty };
        }

        candidates.Add(run);
        return new LiteralFacts(exact ? run : null, LiteralFacts.Best(candidates));
    }

    private LiteralFacts Quantified(LiteralFacts atom)
    {
        if (AtEnd)
        {
            return atom;
        }

        int min, max;
        switch (Peek)
        {
            case '?':
                (min, max) = (0, 1);
                _at++;
                break;
            case '*':
                (min, max) = (0, int.MaxValue);
                _at++;
                break;
            case '+':
                (min, max) = (1, int.MaxValue);
                _at++;
                break;
            case '{' when Braces() is { } braces:
                (min, max) = braces;
                break;
            default:
                return atom;
        }

        if (!AtEnd && Peek == '?')
        {
            _at++; // lazy: matches the same strings
        }

        if (min == 0)
        {
            return max == 1 && atom.Exact is { } optional ? new LiteralFacts(new HashSet<string>(optional.Append(string.Empty), StringComparer.OrdinalIgnoreCase), null) : LiteralFacts.Unknown;
        }

        if (min == max && atom.Exact is { } repeated && Math.Pow(repeated.Count, min) <= MaxStrings)
        {
            var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { string.Empty };
            for (var i = 0; i < min; i++)
            {
                result = Concatenate(result, repeated);
            }

            return new LiteralFacts(result, null);
        }

        return new LiteralFacts(null, atom.Needed);
    }

    /// <summary>Reads "{n}", "{n,}" or "{n,m}"; anything else is a literal brace, as .NET reads it.</summary>
    private (int Min, int Max)? Braces()
    {
        var close = pattern.IndexOf('}', _at);
        if (close < 0)
        {
            return null;
        }

        var inside = pattern[(_at + 1)..close].Split(',');
        if (inside.Length > 2 || !int.TryParse(inside[0], out var min))
        {
            return null;
        }

        var max = inside.Length == 1 ? min : inside[1].Length == 0 ? int.MaxValue : int.TryParse(inside[1], out var m) ? m : -1;
        if (max < 0)
        {
            return null;
        }

        _at = close + 1;
        return (min, max);
    }

    /// <summary>
    /// Two or more plain characters, none of them quantified, as one literal: what reading them one by one
    /// would give when the run so far is small enough to extend, without a set per character. Null otherwise.
    /// </summary>
    private LiteralFacts? LiteralRun()
    {
        var end = _at;
        while (end < pattern.Length && !IsSpecial(pattern[end]))
        {
            end++;
        }

        if (end < pattern.Length && pattern[end] is '?' or '*' or '+' or '{')
        {
            end--; // the last character is quantified
        }

        if (end - _at < 2)
        {
            return null;
        }

        var literal = pattern[_at..end];
        _at = end;
        return LiteralFacts.Literal(literal);
    }

    private static bool IsSpecial(char c) => c is '\\' or '[' or ']' or '(' or ')' or '{' or '}' or '|' or '^' or '$' or '.' or '?' or '*' or '+';

    private LiteralFacts Atom()
    {
        var c = pattern[_at++];
        return c switch
        {
            '(' => Group(),
            '[' => CharacterClass(),
            '\\' => Escape(),
            '^' or '$' => LiteralFacts.Empty,
            '.' => LiteralFacts.Unknown,
            _ => LiteralFacts.Literal(c.ToString()),
        };
    }
}

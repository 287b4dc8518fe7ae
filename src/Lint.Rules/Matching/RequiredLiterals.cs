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
    /// <summary>How many strings a set may hold before it stops being worth tracking exactly.</summary>
    private const int MaxStrings = 64;

    public static IReadOnlyList<string>? Of(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
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

    /// <summary>Of several sets any of which would do, the one with the longest shortest string (fewest hits).
    /// The first such set wins a tie, as a stable sort would have it.</summary>
    private static HashSet<string>? Best(List<HashSet<string>> candidates)
    {
        HashSet<string>? best = null;
        var bestShortest = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Count == 0 || candidate.Contains(string.Empty))
            {
                continue;
            }

            var shortest = int.MaxValue;
            foreach (var s in candidate)
            {
                shortest = Math.Min(shortest, s.Length);
            }

            if (best is null || shortest > bestShortest || (shortest == bestShortest && candidate.Count < best.Count))
            {
                (best, bestShortest) = (candidate, shortest);
            }
        }

        return best;
    }

    /// <summary>
    /// What is known of one part of a pattern: <see cref="Exact"/> when it matches exactly one of these strings;
    /// <see cref="Required"/> when the text must contain one of them (inside the match, or where a lookaround looks).
    /// </summary>
    private sealed record Facts(HashSet<string>? Exact, HashSet<string>? Required)
    {
        public static readonly Facts Unknown = new(null, null);

        public static Facts Empty => Literal(string.Empty);

        public static Facts Literal(params string[] strings) => new(new HashSet<string>(strings, StringComparer.OrdinalIgnoreCase), null);

        /// <summary>The strings the text must contain for a match, or null; never a set that holds the empty string.</summary>
        public HashSet<string>? Needed => field ??= Best([.. new[] { Exact, Required }.OfType<HashSet<string>>()]);
    }

    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        private char Peek => pattern[_at];

        public Facts Alternation()
        {
            var branches = new List<Facts> { Sequence() };
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
                return union.Count <= MaxStrings ? new Facts(union, null) : new Facts(null, WithoutEmpty(union));
            }

            if (branches.Any(b => b.Needed is null))
            {
                return Facts.Unknown;
            }

            return new Facts(null, new HashSet<string>(branches.SelectMany(b => b.Needed!), StringComparer.OrdinalIgnoreCase));
        }

        private Facts Sequence()
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
            return new Facts(exact ? run : null, Best(candidates));
        }

        private Facts Quantified(Facts atom)
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
                return max == 1 && atom.Exact is { } optional ? new Facts(new HashSet<string>(optional.Append(string.Empty), StringComparer.OrdinalIgnoreCase), null) : Facts.Unknown;
            }

            if (min == max && atom.Exact is { } repeated && Math.Pow(repeated.Count, min) <= MaxStrings)
            {
                var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { string.Empty };
                for (var i = 0; i < min; i++)
                {
                    result = Concatenate(result, repeated);
                }

                return new Facts(result, null);
            }

            return new Facts(null, atom.Needed);
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
        private Facts? LiteralRun()
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
            return Facts.Literal(literal);
        }

        private static bool IsSpecial(char c) => c is '\\' or '[' or ']' or '(' or ')' or '{' or '}' or '|' or '^' or '$' or '.' or '?' or '*' or '+';

        private Facts Atom()
        {
            var c = pattern[_at++];
            return c switch
            {
                '(' => Group(),
                '[' => CharacterClass(),
                '\\' => Escape(),
                '^' or '$' => Facts.Empty,
                '.' => Facts.Unknown,
                _ => Facts.Literal(c.ToString()),
            };
        }

        private Facts Group()
        {
            var zeroWidth = false;
            var positive = false;
            if (!AtEnd && Peek == '?')
            {
                _at++;
                var kind = pattern[_at];
                if (kind is '=' or '!' || (kind == '<' && pattern[_at + 1] is '=' or '!'))
                {
                    zeroWidth = true;
                    positive = pattern[kind == '<' ? _at + 1 : _at] == '=';
                    _at += kind == '<' ? 2 : 1;
                }
                else if (kind is ':' or '>')
                {
                    _at++;
                }
                else if (kind is '<' or '\'')
                {
                    var close = kind == '<' ? '>' : '\'';
                    _at = pattern.IndexOf(close, _at + 1) + 1;
                    if (_at == 0)
                    {
                        throw new NotSupportedException();
                    }
                }
                else if (kind == '#')
                {
                    _at = pattern.IndexOf(')', _at) + 1;
                    return _at == 0 ? throw new NotSupportedException() : Facts.Empty;
                }
                else if (char.IsLetter(kind) || kind == '-')
                {
                    return Options();
                }
                else
                {
                    throw new NotSupportedException(); // a conditional or something newer
                }
            }

            var inner = Alternation();
            if (AtEnd || Peek != ')')
            {
                throw new NotSupportedException();
            }

            _at++;
            return zeroWidth ? new Facts(Facts.Empty.Exact, positive ? inner.Needed : null) : inner;
        }

        /// <summary>"(?-i:...)" scopes options to a group; "(?i)" sets them for the rest. Free spacing is not read.</summary>
        private Facts Options()
        {
            while (!AtEnd && (char.IsLetter(Peek) || Peek == '-'))
            {
                if (Peek == 'x')
                {
                    throw new NotSupportedException();
                }

                _at++;
            }

            if (AtEnd)
            {
                throw new NotSupportedException();
            }

            if (pattern[_at++] == ')')
            {
                return Facts.Empty;
            }

            var inner = Alternation();
            if (AtEnd || Peek != ')')
            {
                throw new NotSupportedException();
            }

            _at++;
            return inner;
        }

        /// <summary>A class of a few plain characters ("[’']") is a choice of literals; any other class is unknown.</summary>
        private Facts CharacterClass()
        {
            var members = new List<char>();
            var plain = true;
            if (!AtEnd && Peek == '^')
            {
                plain = false;
                _at++;
            }

            var first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                var c = pattern[_at++];
                if (c == '\\')
                {
                    var escaped = pattern[_at++];
                    if (escaped is 'p' or 'P')
                    {
                        _at = pattern.IndexOf('}', _at) + 1;
                        plain = false;
                    }
                    else if (char.IsLetterOrDigit(escaped))
                    {
                        plain = false;
                    }
                    else
                    {
                        members.Add(escaped);
                    }
                }
                else if (c == '[' && members.Count > 0 && pattern[_at - 2] == '-')
                {
                    _ = CharacterClass(); // a subtraction, "[a-z-[aeiou]]"
                    plain = false;
                }
                else if (c == '-' && members.Count > 0 && !AtEnd && Peek != ']')
                {
                    plain = false;
                }
                else
                {
                    members.Add(c);
                }

                if (_at == 0)
                {
                    throw new NotSupportedException();
                }
            }

            if (AtEnd)
            {
                throw new NotSupportedException();
            }

            _at++;
            return plain && members.Count is > 0 and <= 4 ? Facts.Literal([.. members.Select(m => m.ToString())]) : Facts.Unknown;
        }

        private Facts Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException();
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Facts.Empty;
                case 'p' or 'P':
                    _at = pattern.IndexOf('}', _at) + 1;
                    return _at == 0 ? throw new NotSupportedException() : Facts.Unknown;
                case 'k':
                    var close = pattern[_at] == '<' ? '>' : '\'';
                    _at = pattern.IndexOf(close, _at + 1) + 1;
                    return _at == 0 ? throw new NotSupportedException() : Facts.Unknown;
                case 'x':
                    _at += 2;
                    return Facts.Unknown;
                case 'u':
                    _at += 4;
                    return Facts.Unknown;
                case 'c':
                    _at += 1;
                    return Facts.Unknown;
                case >= '0' and <= '9':
                    while (!AtEnd && char.IsDigit(Peek))
                    {
                        _at++;
                    }

                    return Facts.Unknown;
                case var letter when char.IsLetter(letter):
                    return Facts.Unknown; // \w, \s, \d, \t, \n and the like
                default:
                    return Facts.Literal(c.ToString());
            }
        }

        private static HashSet<string> Concatenate(HashSet<string> left, HashSet<string> right)
        {
            var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in left)
            {
                foreach (var r in right)
                {
                    result.Add(l + r);
                }
            }

            return result;
        }

        private static HashSet<string>? WithoutEmpty(HashSet<string> set) => set.Contains(string.Empty) ? null : set;
    }
}

namespace Lint.Rules.Matching;

/// <summary>The groups, options, character classes and escapes of a pattern.</summary>
internal sealed partial class PatternReader
{

    private LiteralFacts Group()
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
                return _at == 0 ? throw new NotSupportedException() : LiteralFacts.Empty;
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
        return zeroWidth ? new LiteralFacts(LiteralFacts.Empty.Exact, positive ? inner.Needed : null) : inner;
    }

    /// <summary>"(?-i:...)" scopes options to a group; "(?i)" sets them for the rest. Free spacing is not read.</summary>
    private LiteralFacts Options()
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
            return LiteralFacts.Empty;
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
    private LiteralFacts CharacterClass()
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
        return plain && members.Count is > 0 and <= 4 ? LiteralFacts.Literal([.. members.Select(m => m.ToString())]) : LiteralFacts.Unknown;
    }

    private LiteralFacts Escape()
    {
        if (AtEnd)
        {
            throw new NotSupportedException();
        }

        var c = pattern[_at++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return LiteralFacts.Empty;
            case 'p' or 'P':
                _at = pattern.IndexOf('}', _at) + 1;
                return _at == 0 ? throw new NotSupportedException() : LiteralFacts.Unknown;
            case 'k':
                var close = pattern[_at] == '<' ? '>' : '\'';
                _at = pattern.IndexOf(close, _at + 1) + 1;
                return _at == 0 ? throw new NotSupportedException() : LiteralFacts.Unknown;
            case 'x':
                _at += 2;
                return LiteralFacts.Unknown;
            case 'u':
                _at += 4;
                return LiteralFacts.Unknown;
            case 'c':
                _at += 1;
                return LiteralFacts.Unknown;
            case >= '0' and <= '9':
                while (!AtEnd && char.IsDigit(Peek))
                {
                    _at++;
                }

                return LiteralFacts.Unknown;
            case var letter when char.IsLetter(letter):
                return LiteralFacts.Unknown; // \w, \s, \d, \t, \n and the like
            default:
                return LiteralFacts.Literal(c.ToString());
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

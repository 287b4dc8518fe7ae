using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Rules.Loading;

/// <summary>
/// Vale's regex dialect (Go's RE2 syntax, with lookarounds) turned into .NET's, where the two differ: named
/// groups <c>(?P&lt;name&gt;...)</c>, POSIX classes (<c>[[:alpha:]]</c>, ASCII as in Go), the ungreedy flag
/// <c>(?U)</c> (every quantifier in its group swaps greedy and lazy), quoted text <c>\Q...\E</c>, one-letter
/// Unicode classes (<c>\pL</c>) and <c>\x{...}</c> escapes. Everything else (<c>(?i)</c>, <c>(?s)</c>,
/// <c>(?m)</c>, <c>\A</c>, <c>\z</c>, <c>\b</c>, lookarounds) means the same in both and is left alone. Only
/// text .NET would reject is rewritten, so a pattern already written for .NET is returned unchanged. A Go
/// construct .NET has no match for (<c>\C</c>, a negated POSIX class inside a larger class) is a
/// <see cref="ValeRegexException"/>, which the loader reports at the pattern.
/// </summary>
public static class ValeRegex
{
    private static readonly Dictionary<string, string> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = @"\x00-\x7F",
        ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = @"!-/:-@\[-`{-~",
        ["space"] = @"\t\n\v\f\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>The pattern in .NET's syntax.</summary>
    /// <exception cref="ValeRegexException">The pattern uses Go syntax that .NET cannot express.</exception>
    public static string Translate(string pattern)
    {
        if (!NeedsWork(pattern))
        {
            return pattern;
        }

        var output = new StringBuilder(pattern.Length + 16);
        var ungreedy = new Stack<bool>([false]);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c is '\\' or '[')
            {
                var next = c == '[' ? CharacterClass(pattern, i, output) : Escape(pattern, i, output);
                i = Quantifier(pattern, next, output, ungreedy.Peek());
            }
            else if (c == '(')
            {
                i = OpenGroup(pattern, i, output, ungreedy);
            }
            else if (c == ')')
            {
                output.Append(c);
                ungreedy.Pop();
                if (ungreedy.Count == 0)
                {
                    ungreedy.Push(false);
                }

                i = Quantifier(pattern, i + 1, output, ungreedy.Peek());
            }
            else
            {
                output.Append(c);
                i = Quantifier(pattern, i + 1, output, ungreedy.Peek());
            }
        }

        return output.ToString();
    }

    /// <summary>True when the pattern has any of the constructs this class rewrites.</summary>
    private static bool NeedsWork(string pattern) =>
        pattern.Contains("(?P<", StringComparison.Ordinal) || pattern.Contains("[:", StringComparison.Ordinal)
        || pattern.Contains(@"\Q", StringComparison.Ordinal) || pattern.Contains(@"\x{", StringComparison.Ordinal)
        || pattern.Contains(@"\C", StringComparison.Ordinal) || Regex.IsMatch(pattern, @"\\[pP][^{]|\(\?[imsU-]*U");

    private static int Escape(string pattern, int i, StringBuilder output)
    {
        if (i + 1 >= pattern.Length)
        {
            output.Append('\\');
            return i + 1;
        }

        var next = pattern[i + 1];
        switch (next)
        {
            case 'Q':
                var end = pattern.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var quoted = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                output.Append(Regex.Escape(quoted));
                return end < 0 ? pattern.Length : end + 2;
            case 'C':
                throw new ValeRegexException(@"'\C' (any single byte) has no equivalent in .NET: use '.' for any character.");
            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] != '{':
                output.Append('\\').Append(next).Append('{').Append(pattern[i + 2]).Append('}');
                return i + 3;
            case 'x' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                var close = pattern.IndexOf('}', i + 3);
                if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                {
                    throw new ValeRegexException($"'{pattern[i..Math.Min(pattern.Length, close < 0 ? pattern.Length : close + 1)]}' is not a valid character escape.");
                }

                output.Append(Regex.Escape(char.ConvertFromUtf32(code)));
                return close + 1;
            default:
                output.Append('\\').Append(next);
                return i + 2;
        }
    }

    /// <summary>A character class, copied with its POSIX classes spelled out; returns the index after its closing ']'.</summary>
    private static int CharacterClass(string pattern, int start, StringBuilder output)
    {
        var i = start + 1;
        var negated = i < pattern.Length && pattern[i] == '^';
        var body = new StringBuilder();
        if (negated)
        {
            i++;
        }

        var first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                var before = output.Length;
                var next = Escape(pattern, i, output);
                body.Append(output, before, output.Length - before);
                output.Length = before;
                i = next;
            }
            else if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && PosixName(pattern, i) is var (name, isNegated, length))
            {
                if (!Posix.TryGetValue(name, out var ranges))
                {
                    throw new ValeRegexException($"'[:{name}:]' is not a POSIX class. Known: {string.Join(", ", Posix.Keys)}.");
                }

                if (isNegated)
                {
                    if (negated || body.Length > 0 || pattern.ElementAtOrDefault(i + length) != ']')
                    {
                        throw new ValeRegexException($"'[:^{name}:]' can only stand alone in its class ('[[:^{name}:]]') for .NET.");
                    }

                    negated = true;
                }

                body.Append(ranges);
                i += length;
            }
            else
            {
                body.Append(pattern[i]);
                i++;
            }
        }

        output.Append('[').Append(negated ? "^" : string.Empty).Append(body).Append(']');
        return i + 1;
    }

    /// <summary>The name in "[:name:]" or "[:^name:]" at <paramref name="i"/>, and its length.</summary>
    private static (string Name, bool Negated, int Length)? PosixName(string pattern, int i)
    {
        var end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var inner = pattern[(i + 2)..end];
        var negated = inner.StartsWith('^');
        var name = negated ? inner[1..] : inner;
        return name.All(char.IsAsciiLetterLower) && name.Length > 0 ? (name, negated, end + 2 - i) : null;
    }

    /// <summary>A group's opening: "(?P&lt;name&gt;" becomes "(?&lt;name&gt;", and a U among flags is taken out and applied.</summary>
    private static int OpenGroup(string pattern, int i, StringBuilder output, Stack<bool> ungreedy)
    {
        var current = ungreedy.Peek();
        if (pattern.AsSpan(i).StartsWith("(?P<"))
        {
            output.Append("(?<");
            ungreedy.Push(current);
            return i + 4;
        }

        var flags = Regex.Match(pattern[i..], @"^\(\?([imsU]*)(?:-([imsU]*))?([:)])");
        if (!flags.Success || !flags.Value.Contains('U', StringComparison.Ordinal))
        {
            output.Append('(');
            ungreedy.Push(current);
            return i + 1;
        }

        var on = flags.Groups[1].Value;
        var off = flags.Groups[2].Value;
        var setting = on.Contains('U', StringComparison.Ordinal) || (!off.Contains('U', StringComparison.Ordinal) && current);
        var kept = on.Replace("U", string.Empty, StringComparison.Ordinal) + (off.Replace("U", string.Empty, StringComparison.Ordinal) is { Length: > 0 } rest ? "-" + rest : string.Empty);
        if (flags.Groups[3].Value == ")")
        {
            // "(?U)" applies to the rest of the enclosing group.
            ungreedy.Pop();
            ungreedy.Push(setting);
            output.Append(kept.Length > 0 ? $"(?{kept})" : string.Empty);
        }
        else
        {
            ungreedy.Push(setting);
            output.Append($"(?{kept}:");
        }

        return i + flags.Length;
    }

    /// <summary>Copies a quantifier at <paramref name="i"/>, if there is one, swapping greedy and lazy when ungreedy.</summary>
    private static int Quantifier(string pattern, int i, StringBuilder output, bool ungreedy)
    {
        var quantifier = Regex.Match(pattern[i..], @"^(?:[*+?]|\{\d+(?:,\d*)?\})");
        if (!quantifier.Success)
        {
            return i;
        }

        output.Append(quantifier.Value);
        i += quantifier.Length;
        var lazy = i < pattern.Length && pattern[i] == '?';
        if (ungreedy != lazy)
        {
            output.Append('?');
        }

        return lazy ? i + 1 : i;
    }
}

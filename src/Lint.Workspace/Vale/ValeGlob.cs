using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Workspace.Vale;

/// <summary>
/// A glob as Vale compiles its section names and <c>--glob</c> (gobwas/glob with no separators): <c>*</c> and
/// <c>**</c> match any run of characters, slashes included, so <c>[*.md]</c> matches Markdown at any depth;
/// <c>?</c> one character; <c>[abc]</c>, <c>[a-z]</c> and <c>[!abc]</c> a class; <c>{md,txt}</c> any of
/// its alternatives; <c>\</c> escapes. A leading <c>!</c> (as <c>--glob='!*.txt'</c>) negates the match.
/// </summary>
public sealed class ValeGlob
{
    private readonly Regex _regex;
    private readonly bool _negated;

    private ValeGlob(string pattern, Regex regex, bool negated)
    {
        Pattern = pattern;
        _regex = regex;
        _negated = negated;
    }

    public string Pattern { get; }

    /// <summary>The glob, or null with the reason when it does not compile (an unclosed <c>[</c> or <c>{</c>).</summary>
    public static ValeGlob? TryCreate(string pattern, out string? problem)
    {
        problem = null;
        var negated = pattern.StartsWith('!');
        var body = negated ? pattern[1..] : pattern;
        var regex = new StringBuilder("^");
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            switch (c)
            {
                case '*':
                    regex.Append(".*");
                    while (i + 1 < body.Length && body[i + 1] == '*')
                    {
                        i++;
                    }

                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    var close = body.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        problem = $"The glob '{pattern}' has a '[' without a closing ']'.";
                        return null;
                    }

                    var inside = body[(i + 1)..close];
                    var not = inside.StartsWith('!') || inside.StartsWith('^');
                    regex.Append(not ? "[^" : "[").Append((not ? inside[1..] : inside).Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '{':
                    depth++;
                    regex.Append("(?:");
                    break;
                case '}' when depth > 0:
                    depth--;
                    regex.Append(')');
                    break;
                case ',' when depth > 0:
                    regex.Append('|');
                    break;
                case '\\' when i + 1 < body.Length:
                    regex.Append(Regex.Escape(body[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (depth > 0)
        {
            problem = $"The glob '{pattern}' has a '{{' without a closing '}}'.";
            return null;
        }

        return new ValeGlob(pattern, new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), negated);
    }

    /// <summary>Whether a path (with <c>/</c> separators) matches.</summary>
    public bool Matches(string path) => _regex.IsMatch(path.Replace('\\', '/')) != _negated;
}

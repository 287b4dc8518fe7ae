using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Vale;

namespace Lint.Workspace.Findings;

/// <summary>
/// A post-processing step for a <c>.vale.ini</c>: a finding on text a <c>BlockIgnores</c> or <c>TokenIgnores</c>
/// pattern of the article matches is dropped (Vale hides that text from its rules; a finding that only
/// touches it is dropped the same), and so is a finding of a rule outside the Vale style whose text is
/// exactly an accepted vocabulary term. A pattern that runs past its time limit ignores nothing.
/// </summary>
public static class IgnoredText
{
    public static IEnumerable<Diagnostic> Remove(SourceText text, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<TextIgnore> ignores)
    {
        if (ignores.Count == 0)
        {
            return diagnostics;
        }

        var spans = ignores.Where(i => !i.WholeFinding).SelectMany(i => Matches(i.Pattern, text.Content)).ToList();
        var terms = ignores.Where(i => i.WholeFinding).Select(i => i.Pattern).ToList();
        return diagnostics.Where(d => !spans.Any(s => s.OverlapsWith(d.Location.Span) || s.Contains(d.Location.Span))
            && !(d.Descriptor.Category != "Vale" && terms.Any(t => IsMatch(t, text.ToString(d.Location.Span)))));
    }

    private static IEnumerable<TextSpan> Matches(Regex pattern, string text)
    {
        try
        {
            return [.. pattern.Matches(text).Where(m => m.Length > 0).Select(m => new TextSpan(m.Index, m.Length))];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

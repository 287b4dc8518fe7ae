using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Vale;

namespace Lint.Workspace.Findings;

/// <summary>
/// A post-processing step for a <c>.vale.ini</c>: a finding of a rule outside the Vale style whose text is exactly
/// an accepted vocabulary term is dropped. (<c>BlockIgnores</c> and <c>TokenIgnores</c> are not here: their text is
/// hidden from the rules when the article is parsed, by Lint.Formats' HiddenText.) A term that runs past its time
/// limit drops nothing.
/// </summary>
public static class IgnoredText
{
    public static IEnumerable<Diagnostic> Remove(SourceText text, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<TextIgnore> ignores)
    {
        if (ignores.Count == 0)
        {
            return diagnostics;
        }

        var terms = ignores.Where(i => i.WholeFinding).Select(i => i.Pattern).ToList();
        return terms.Count == 0 ? diagnostics : diagnostics.Where(d => !(d.Descriptor.Category != "Vale" && terms.Any(t => IsMatch(t, text.ToString(d.Location.Span)))));
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

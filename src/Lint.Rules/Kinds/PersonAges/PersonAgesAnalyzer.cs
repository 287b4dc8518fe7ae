using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.PersonAges;

/// <summary>
/// Reads each way a story gives a named person's age ("Dina Farrugia, 58,", "Farrugia, who was born in 1972",
/// "who joined as a 19-year-old in 1992") and flags the first that no age the earlier ones allow can satisfy.
/// A surname the story gives with two given names ("Helen Pike" and "Ruth Pike") may be two people and is left alone.
/// </summary>
public sealed class PersonAgesAnalyzer(RuleDefinition rule, PersonAgePatterns patterns, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var matches = context.Document.Blocks
            .Where(b => rule.Scope.Includes(b.Kind))
            .SelectMany(b => options.Matches(text, b, patterns.Ages))
            .OrderBy(m => m.Index)
            .ToList();
        if (matches.Count == 0)
        {
            return;
        }

        var births = matches.Where(m => m.Groups["born"].Success).Select(m => new TextSpan(m.Groups["born"].Index, m.Groups["born"].Length)).ToList();
        var year = StoryYear.Find(text, patterns.Dated, births) ?? context.Today?.Year;
        var known = new Dictionary<string, AgeRange>(StringComparer.Ordinal);
        var shared = new Dictionary<string, bool>(StringComparer.Ordinal);
        var reported = new HashSet<TextSpan>();
        foreach (var match in matches)
        {
            var name = Surname(match.Groups["name"].Value);
            if (name.Length == 0)
            {
                continue;
            }

            // Asked once a name: a story may give one person's age several times.
            if (!shared.TryGetValue(name, out var twoPeople))
            {
                shared[name] = twoPeople = HasTwoGivenNames(text, name);
            }

            if (twoPeople)
            {
                continue;
            }

            foreach (var range in Ranges(match, year))
            {
                if (!known.TryGetValue(name, out var before))
                {
                    known[name] = range;
                }
                else if (before.Overlaps(range))
                {
                    known[name] = before.Intersect(range);
                }
                else
                {
                    var span = Told(match);
                    if (reported.Add(span))
                    {
                        context.Report(span, MessageFormat.Format(rule.Message, text.Substring(span.Start, span.Length), name, range.ToString(), before.ToString()));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>The ages each part of a match allows, in the order the match gives them; a part that needs the story's year is skipped without one.</summary>
    private static IEnumerable<AgeRange> Ranges(Match match, int? storyYear)
    {
        if (Number(match, "age") is { } age)
        {
            yield return new AgeRange(age, age);
        }

        if (Number(match, "turns") is { } turns)
        {
            yield return new AgeRange(turns - 1, turns);
        }

        if (storyYear is not { } now)
        {
            yield break;
        }

        if (Number(match, "born") is { } born && born < now)
        {
            yield return new AgeRange(now - born - 1, now - born);
        }

        if (Number(match, "then") is { } then && Number(match, "year") is { } when && when <= now)
        {
            yield return new AgeRange(then + now - when - 1, then + now - when + 1);
        }
    }

    /// <summary>The match without the name before it: "who was born in 1972", "58".</summary>
    private static TextSpan Told(Match match)
    {
        var name = match.Groups["name"];
        var start = name.Index + name.Length;
        var end = match.Index + match.Length;
        var value = match.Value;
        while (start < end && value[start - match.Index] is ',' or ' ')
        {
            start++;
        }

        while (end > start && value[end - 1 - match.Index] is ',' or ' ')
        {
            end--;
        }

        return start < end ? TextSpan.FromBounds(start, end) : new TextSpan(match.Index, match.Length);
    }

    /// <summary>
    /// True when the story gives the surname after two different capitalized words that are not titles: two people
    /// ("Helen Pike", "Ruth Pike"), or at least a doubt this rule should not settle.
    /// </summary>
    private bool HasTwoGivenNames(string text, string surname)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at > 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var after = at + surname.Length;
            if (!char.IsWhiteSpace(text[at - 1]) || (after < text.Length && char.IsLetter(text[after])))
            {
                continue;
            }

            var end = at - 1;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-' or '.'))
            {
                start--;
            }

            var word = text[start..end].TrimEnd('.');
            if (word.Length > 0 && char.IsUpper(word[0]) && (start == 0 || !char.IsLetter(text[start - 1])) && IsGivenName(word) && given.Add(word) && given.Count > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Not a title ("Ms", "Inspector") and not an ordinary word that starts a sentence ("But Farrugia said").</summary>
    private bool IsGivenName(string word)
    {
        if (patterns.Titles.Contains(word))
        {
            return false;
        }

        return Lexicon.Default.Lookup(word).MayBeGivenName;
    }

    private static string Surname(string name)
    {
        var trimmed = name.Trim();
        trimmed = Possessive.Owner(trimmed) ?? trimmed;
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    private static int? Number(Match match, string group) =>
        match.Groups[group] is { Success: true } found && int.TryParse(found.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

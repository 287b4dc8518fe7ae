using Humanizer;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Variants;

/// <summary>Collects the words (and two-word compounds) of each story, groups their forms, and flags the losing forms.</summary>
public sealed class VariantsAnalyzer(RuleDefinition rule, MatchOptions options, VariantForms forms, bool corpus) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context)
    {
        if (corpus)
        {
            context.RegisterCorpusAction(Collect, VariantGroups.Merge, c => Decide(c.Summary, (v, m, f) => c.Report(v.Location, m, f)));
        }
        else
        {
            context.RegisterDocumentAction(c => Decide(Collect(c.Document), (v, m, f) => c.Report(v.Location.Span, m, f)));
        }
    }

    private VariantGroups Collect(Document document)
    {
        var groups = new VariantGroups();
        var text = document.Text;
        foreach (var block in document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            var dateline = true;
            foreach (var sentence in block.Sentences)
            {
                Word? previous = null;
                for (var i = 0; i < sentence.Words.Count; i++)
                {
                    var span = Term(text.Content, sentence.Words[i].Span);
                    dateline = dateline && IsAllCaps(text[sentence.Words[i].Span]);
                    if (span.IsEmpty || dateline)
                    {
                        previous = null;
                        continue;
                    }

                    Add(groups, document, span, initial: i == 0);
                    if (previous is { } before && IsCompoundPart(text, before.Span) && IsCompoundPart(text, span)
                        && text[TextSpan.FromBounds(before.Span.End, span.Start)] is " ")
                    {
                        Add(groups, document, TextSpan.FromBounds(before.Span.Start, span.End), initial: i == 1);
                    }

                    previous = new Word(span);
                }
            }
        }

        return groups;
    }

    private void Add(VariantGroups groups, Document document, TextSpan span, bool initial)
    {
        var written = document.Text.ToString(span);
        if (options.IsException(written))
        {
            return;
        }

        var form = initial && IsCapitalized(written) ? written.ToLowerInvariant() : written;
        var location = new Location(document.Path, span, document.Text.GetLinePositionSpan(span));
        groups.Add(VariantForms.Key(form), new Variant(location, written, form, initial));
    }

    private void Decide(VariantGroups groups, Action<Variant, string, Fix> report)
    {
        foreach (var (key, uses) in groups.ByKey.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byForm = uses.GroupBy(u => u.Form).ToList();
            if (byForm.Count < 2)
            {
                continue;
            }

            var house = forms.HouseSpelling(key);
            var winner = house ?? byForm
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(u => u.Location.Path), StringComparer.Ordinal)
                .ThenBy(g => g.Min(u => u.Location.Span.Start))
                .First().Key;
            var winning = uses.Where(u => u.Form == winner).ToList();
            foreach (var loser in byForm.Where(g => VariantForms.AreVariants(g.Key, winner) && !(g.Key.Contains(' ') && winner.Contains(' '))))
            {
                foreach (var use in loser.Where(u => !(u.Initial && u.Text == UpperFirst(winner))))
                {
                    var preferred = CaseLike(use.Text, winner);
                    var message = MessageFormat.Format(rule.Message, use.Text, preferred, Where(winning, use, house is not null));
                    report(use, message, new Fix($"Replace with '{preferred}'", [new TextEdit(use.Location.Span, preferred)]));
                }
            }
        }
    }

    private static string Where(List<Variant> winning, Variant use, bool house)
    {
        if (winning.Count == 0)
        {
            return house ? "in the house vocabulary" : "elsewhere";
        }

        var path = use.Location.Path;
        var otherStories = winning.Select(w => w.Location.Path).Where(p => p != path).Distinct(StringComparer.Ordinal).Count();
        var here = winning.Where(w => w.Location.Path == path).OrderBy(w => w.Location.Span.Start).ToList();
        if (here.Count > 0)
        {
            var line = here[0].Location.LineSpan.Start.Line + 1;
            return here.Count == 1 ? $"on line {line}" : $"{"time".ToQuantity(here.Count)} in this story, first on line {line}";
        }

        return $"in {"other story".ToQuantity(otherStories)}";
    }

    /// <summary>The word without a possessive "'s" and without quotes around it; empty when it holds a digit.</summary>
    private static TextSpan Term(string text, TextSpan word)
    {
        var end = word.End;
        if (word.Length > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S')
        {
            end -= 2;
        }

        for (var i = word.Start; i < end; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return default;
            }
        }

        return TextSpan.FromBounds(word.Start, end);
    }

    private bool IsCompoundPart(SourceText text, TextSpan span)
    {
        var word = text[span];
        return word.Length >= 3 && !forms.IsIgnored(word) && !word.ContainsAny('.', '-') && AllLetters(word);
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word in capitals, as the city of a dateline ("WASHINGTON (Reuters) —") is written: not a spelling of the name.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static string UpperFirst(string form) => form.Length == 0 ? form : char.ToUpperInvariant(form[0]) + form[1..];

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]) && !word.Skip(1).Any(char.IsUpper);

    private static string CaseLike(string found, string preferred) =>
        found.Length > 0 && preferred.Length > 0 && char.IsUpper(found[0]) && char.IsLower(preferred[0]) && !found.Skip(1).Any(char.IsUpper)
            ? char.ToUpperInvariant(preferred[0]) + preferred[1..]
            : preferred;
}

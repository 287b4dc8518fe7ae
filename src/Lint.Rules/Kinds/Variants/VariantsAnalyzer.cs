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
        var text = document.Text;
        var spans = new Dictionary<string, List<(TextSpan Span, bool Initial)>>(StringComparer.Ordinal);
        var lookup = spans.GetAlternateLookup<ReadOnlySpan<char>>();
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

                    Remember(span, i == 0);
                    if (previous is { } before && IsCompoundPart(text, before.Span) && IsCompoundPart(text, span)
                        && text[TextSpan.FromBounds(before.Span.End, span.Start)] is " ")
                    {
                        Remember(TextSpan.FromBounds(before.Span.Start, span.End), i == 1);
                    }

                    previous = new Word(span);
                }
            }
        }

        return Group(document, spans);

        void Remember(TextSpan span, bool initial)
        {
            var written = text[span];
            if (!lookup.TryGetValue(written, out var list))
            {
                list = [];
                lookup[written] = list;
            }

            list.Add((span, initial));
        }
    }

    /// <summary>Turns the story's words, grouped by how they are written, into forms grouped by key.</summary>
    private VariantGroups Group(Document document, Dictionary<string, List<(TextSpan Span, bool Initial)>> spans)
    {
        var byKey = new Dictionary<string, List<(string Written, List<(TextSpan Span, bool Initial)> Spans)>>(StringComparer.Ordinal);
        foreach (var (written, places) in spans)
        {
            if (options.IsException(written))
            {
                continue;
            }

            var key = VariantForms.Key(written);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add((written, places));
        }

        var groups = new VariantGroups();
        foreach (var (key, writings) in byKey)
        {
            if (!corpus && writings.Count < 2)
            {
                continue;
            }

            foreach (var (written, places) in writings)
            {
                var capitalized = IsCapitalized(written);
                foreach (var (span, initial) in places)
                {
                    var form = initial && capitalized ? written.ToLowerInvariant() : written;
                    var location = new Location(document.Path, span, document.Text.GetLinePositionSpan(span));
                    groups.Add(key, new Variant(location, written, form, initial));
                }
            }
        }

        return groups;
    }

    private void Decide(VariantGroups groups, Action<Variant, string, Fix> report)
    {
        foreach (var (key, byForm) in groups.ByKey.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (byForm.Count < 2)
            {
                continue;
            }

            var house = forms.HouseSpelling(key);
            var winner = house ?? byForm
                .OrderByDescending(f => f.Value.Count)
                .ThenBy(f => f.Value.Places.Min(u => u.Location.Path), StringComparer.Ordinal)
                .ThenBy(f => f.Value.Places.Min(u => u.Location.Span.Start))
                .First().Key;
            var winning = byForm.TryGetValue(winner, out var won) ? won.Places : [];
            foreach (var (form, loser) in byForm.Where(f => VariantForms.AreVariants(f.Key, winner) && !(f.Key.Contains(' ') && winner.Contains(' '))))
            {
                foreach (var use in loser.Places.Where(u => !(u.Initial && u.Text == UpperFirst(winner))).OrderBy(u => u.Location.Path, StringComparer.Ordinal).ThenBy(u => u.Location.Span.Start))
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
        return word.Length >= 3 && !forms.IsIgnored(word) && !word.ContainsAny('.', '-') && WordShape.IsAllLetters(word);
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

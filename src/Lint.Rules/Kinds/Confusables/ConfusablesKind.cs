using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Loading.Options;

namespace Lint.Rules.Kinds.Confusables;

/// <summary>
/// <c>extends: confusables</c> (Lint's own kind): a real word written for one it sounds or looks like, told
/// by the words around it. <c>confusions</c> maps each written form to the form meant ("birth: berth"; a
/// choice of several as "cited: sited|sighted"); <c>context</c> maps each form meant to words that call for it
/// (by lemma: "moor" covers "moored"); <c>keep</c> maps a written form to words of its own sense, any of
/// which keeps it. A written form is flagged when a cue for a form meant stands within <c>window</c> words
/// of it in its sentence, or when the grammar of its place admits the form meant and not the form written
/// (<see cref="GrammarSlot"/>: "would through", "praised the coarse."), and in both cases no word of its own
/// sense stands near. A form meant with an empty list in <c>context</c> is told by the grammar alone. The
/// message's <c>%s</c> are the form meant and the form written.
/// </summary>
public sealed class ConfusablesKind : RuleKind
{
    private const int DefaultWindow = 5;

    public override string Name => "confusables";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var cues = ReadLists(options, "context", required: true);
        var senses = ReadLists(options, "keep", required: false);
        var window = options.GetInt("window", 1, 20) ?? DefaultWindow;
        var confusions = new Dictionary<string, IReadOnlyList<Confusion>>(StringComparer.Ordinal);
        foreach (var (written, meant) in options.GetPairs("confusions", required: true))
        {
            var form = written.Value?.Trim().ToLowerInvariant() ?? "";
            var own = senses.GetValueOrDefault(form) ?? new HashSet<string>(StringComparer.Ordinal);
            var list = new List<Confusion>();
            foreach (var choice in (meant.Value ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (cues.TryGetValue(choice.ToLowerInvariant(), out var called))
                {
                    list.Add(new Confusion(choice, called, own, Lexicon.Default.Lookup(choice).Tags));
                }
                else
                {
                    options.Errors.Add(meant, $"'{choice}' has no entry in 'context': list the words that call for it.");
                }
            }

            if (form.Length == 0 || form.Contains(' ', StringComparison.Ordinal) || list.Count == 0)
            {
                options.Errors.Add(written, "Each entry of 'confusions' is one written word and the word or words meant ('birth: berth').");
            }
            else if (!confusions.TryAdd(form, list))
            {
                options.Errors.Add(written, $"'{form}' is listed twice in 'confusions'.");
            }
        }

        return options.Errors.Any ? null : new ConfusablesAnalyzer(rule, confusions, window);
    }

    /// <summary>A mapping of words to lists of words, lower-cased; empty when absent or malformed (the faults are reported).</summary>
    private static Dictionary<string, IReadOnlySet<string>> ReadLists(RuleNode options, string key, bool required)
    {
        if (required && options.Find(key) is null)
        {
            options.Errors.Add(options.Mapping, $"A confusables rule needs '{key}': a mapping from each word to its list of words.");
        }

        var lists = NamedLists.Read(options, key, "word", "'berth: [ferry, pier]'", allowEmpty: true) ?? [];
        return lists.ToDictionary(
            e => e.Key.ToLowerInvariant(),
            e => (IReadOnlySet<string>)new HashSet<string>(e.Value.Select(w => w.Value!.Trim().ToLowerInvariant()), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}

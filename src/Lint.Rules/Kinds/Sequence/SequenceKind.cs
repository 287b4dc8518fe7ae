using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// <c>extends: sequence</c>, as in Vale: a run of tokens within a sentence, each described by its word and
/// its part of speech (see <see cref="TokenTest"/> and <see cref="SequenceStep"/> for the token keys), for
/// grammar rules such as "the number of ... have". <c>tokens</c> lists the steps in order; the shared keys
/// <c>ignorecase</c> (for <c>pattern</c>), <c>exceptions</c> (reported text to leave alone) and <c>quotes</c>
/// apply. The finding covers the tokens marked <c>report: true</c>, or the whole match; a token's
/// <c>swap</c> is the fix. The message's <c>%s</c> are the reported text and the swap.
/// </summary>
public sealed class SequenceKind : RuleKind
{
    public override string Name => "sequence";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        Lexicon.Preload();
        var match = MatchOptions.Read(options, readNonWord: false, readQuotes: true);
        var node = options.Find("tokens");
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            options.Errors.Add(node ?? options.Mapping, "A sequence rule needs 'tokens': a list of tokens, each a mapping of keys such as 'word', 'tag' or 'pattern'.");
            return null;
        }

        var reader = new StepReader(options.Errors, match.IgnoreCase, options.Literals);
        var steps = list.Children.Select(reader.Read).ToList();
        if (options.Errors.Any || steps.Any(s => s is null))
        {
            return null;
        }

        if (steps.All(s => s!.Negate))
        {
            options.Errors.Add(list, "A sequence needs at least one token that is not negated.");
            return null;
        }

        return new SequenceAnalyzer(rule, match, steps!);
    }
}

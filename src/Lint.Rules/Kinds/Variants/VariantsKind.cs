using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// <c>extends: variants</c> (Lint's own kind): finds, without a list, forms of one name or term that differ
/// only in case, dots, hyphens or spacing (IRay/iRay, U.S./US, time line/timeline, e-mail/email) and flags
/// the less used form. Keys: <c>corpus</c> (compare across every story of the run), <c>vocabulary</c>
/// (house spellings that win whatever the count), <c>ignore</c> (short words that never form a spaced
/// compound, such as "every" in "every day"), <c>exceptions</c> (forms never flagged, such as "re-sign").
/// The message's <c>%s</c> are the form found, the form to use, and where that form is used. A spaced
/// two-word form is read only where the story or the vocabulary has its closed form, so the tallies of a
/// run grow with its vocabulary, not with every pair of words it holds.
/// </summary>
public sealed class VariantsKind : RuleKind
{
    public override string Name => "variants";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var corpus = options.GetBool("corpus", false);
        var vocabulary = options.GetWords("vocabulary");
        var ignore = options.GetWords("ignore");
        var forms = new VariantForms(vocabulary, ignore);
        return options.Errors.Any ? null : new VariantsAnalyzer(rule, match, forms, corpus);
    }
}

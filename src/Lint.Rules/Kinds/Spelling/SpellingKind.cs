using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language.Spelling;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Spelling;

/// <summary>
/// <c>extends: spelling</c>, as in Vale: each word is looked up in Hunspell dictionaries (the shipped en_US
/// unless <c>dictionaries</c>, or <c>aff</c> and <c>dic</c>, name others; see <see cref="DictionaryFiles"/>)
/// and the words of the <c>ignore</c> files, and flagged when none has it. <c>filters</c> are regexes of words
/// not to check; Vale's default filters (<see cref="SpellingFilters"/>) apply unless <c>custom: true</c>. A
/// capitalized word at a sentence start or a word in capitals is found in lower case. The message's
/// <c>%s</c> is the word.
/// </summary>
public sealed class SpellingKind : RuleKind
{
    public override string Name => "spelling";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var files = new DictionaryFiles(options);
        var filters = Filters(options);
        var custom = options.GetBool("custom", false);
        var dictionaries = files.Dictionaries(
            options.GetScalar("aff"),
            options.GetScalar("dic"),
            options.GetList("dictionaries"),
            options.GetScalar("dicpath"),
            options.GetBool("append", false));
        var ignored = files.Ignored(options.GetList("ignore"));
        if (dictionaries is null || filters is null || options.Errors.Any)
        {
            return null;
        }

        return new SpellingAnalyzer(rule, new SpellChecker(dictionaries, ignored), filters, !custom);
    }

    private static List<Regex>? Filters(RuleNode options)
    {
        var filters = new List<Regex>();
        foreach (var node in options.GetList("filters"))
        {
            if (!RulePattern.Validate(node, options.Errors, "filter"))
            {
                return null;
            }

            filters.Add(new Regex(node.Value!, RulePattern.Options(ignoreCase: false), RulePattern.MatchTimeout));
        }

        return filters;
    }
}

using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Lifespan;

/// <summary>
/// <c>extends: lifespan</c> (Lint's own kind): an obituary's age at death that its birth year contradicts,
/// "He was 82." of a man born in 1941, in a story dated 2025. <c>dated</c> are patterns of the story's date
/// (the first match in the story gives its year), <c>born</c> of the birth year, each with a group named
/// <c>year</c> (a <c>born</c> pattern may also have an <c>age</c> group, "at 15 in 1979": the birth year is then
/// the year less the age, and one more year either way fits); <c>died</c> are patterns of the age at death, with a
/// group named <c>age</c>. The age is
/// flagged when it is neither the story's year less the birth year nor one less; a story with more than
/// one birth year or age at death, or with no date, is left alone. The message's <c>%s</c> are the age as
/// written, the birth year, the two ages that fit, and the story's year. <c>near</c> flags only an age at most
/// that many years from one that fits (a bigger gap is taken for someone else's age).
/// </summary>
public sealed class LifespanKind : RuleKind
{
    public override string Name => "lifespan";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var dated = Patterns(options, "dated", "year");
        var born = Patterns(options, "born", "year");
        var died = Patterns(options, "died", "age");
        var near = options.GetInt("near", 1, 20);
        return options.Errors.Any ? null : new LifespanAnalyzer(rule, new LifespanPatterns(dated, born, died), near);
    }

    private static List<Regex> Patterns(RuleNode options, string key, string group)
    {
        var regexes = new List<Regex>();
        foreach (var node in options.GetList(key, required: true))
        {
            if (!RulePattern.Validate(node, options.Errors, $"'{key}' pattern"))
            {
                continue;
            }

            var regex = RulePattern.Compile(node.Value!, ignoreCase: false);
            if (Array.IndexOf(regex.GetGroupNames(), group) < 0)
            {
                options.Errors.Add(node, $"Each '{key}' pattern needs a group named '{group}'.");
            }

            regexes.Add(regex);
        }

        return regexes;
    }
}

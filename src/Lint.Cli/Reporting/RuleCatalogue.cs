using System.Text;
using Lint.Rules.Loading;

namespace Lint.Cli.Reporting;

/// <summary>The rule catalogue as a Markdown table, made from the rule files themselves (RULES.md embeds it).</summary>
public static class RuleCatalogue
{
    public static string Markdown(IEnumerable<LoadedRule> rules)
    {
        var text = new StringBuilder();
        text.Append("| rule | level | kind | fix | what it checks |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            var definition = rule.Definition;
            var fixes = definition.Examples.Any(e => e.Fixed is not null) ? "yes" : "no";
            var id = definition.Link is null ? $"`{definition.Id}`" : $"[`{definition.Id}`]({definition.Link})";
            var description = definition.Description.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            text.Append($"| {id} | {Levels.Text(definition.Level)} | {definition.Kind} | {fixes} | {description} |\n");
        }

        return text.ToString();
    }
}

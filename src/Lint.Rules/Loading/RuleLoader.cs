using Lint.Diagnostics;
using Lint.Rules.Examples;
using Lint.Rules.Kinds;
using Lint.Rules.Matching;

namespace Lint.Rules.Loading;

/// <summary>
/// Loads rule files. A file with broken YAML, an unknown kind, a bad key, a bad value or a bad regex
/// gives errors naming its line and column and is left out; every other rule still loads. A file past one
/// of the <see cref="RuleLimits"/> (size, nesting, pattern size) is an error of the same kind. Every key is
/// read against its declaration in <see cref="RuleKeys"/>. A <c>lists.yml</c> among the sources is not a
/// rule: it holds the <see cref="WordLists"/> the rules in its folder refer to.
/// </summary>
public static class RuleLoader
{
    public static RuleSet Load(IEnumerable<RuleSource> sources, RuleLimits? limits = null)
    {
        var rules = new List<LoadedRule>();
        var errors = new List<RuleError>();
        var notes = new List<RuleError>();
        var literals = new LiteralCatalog();
        var all = sources.ToList();
        var lists = WordLists.Read(all.Where(WordLists.IsListFile), errors, limits);
        foreach (var source in all.Where(s => !WordLists.IsListFile(s)))
        {
            var fileErrors = new RuleErrors(source.Path, limits);
            var rule = LoadOne(source, fileErrors, literals, lists);
            errors.AddRange(fileErrors.All);
            notes.AddRange(rule is null ? [] : fileErrors.Notes);
            if (rule is null)
            {
                continue;
            }

            var twin = rules.Find(r => r.Definition.Id == rule.Definition.Id);
            if (twin is not null)
            {
                errors.Add(new RuleError(source.Path, 1, 1, $"The rule id '{rule.Definition.Id}' is already used by {twin.Definition.SourcePath}."));
                continue;
            }

            rules.Add(rule);
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Definition.Id, b.Definition.Id));
        return new RuleSet(rules, errors) { Notes = notes };
    }

    /// <param name="literals">Shared by the rules loaded together, so an article's literals are searched once for all of them.</param>
    /// <param name="lists">The named word lists the rule's patterns may refer to.</param>
    public static LoadedRule? LoadOne(RuleSource source, RuleErrors errors, LiteralCatalog? literals = null, WordLists? lists = null)
    {
        var mapping = RuleYaml.Parse(source.Text, errors);
        if (mapping is null)
        {
            return null;
        }

        (lists ?? WordLists.None).Expand(mapping, source.Path, errors);
        var node = new RuleNode(mapping, errors, literals, RuleKeys.Rule) { Files = source.Files };
        var kindNode = node.GetScalar("extends", required: true);
        node.Kind = RuleKinds.Find(kindNode?.Value ?? string.Empty)?.Name;
        var message = node.GetString("message", required: true) ?? string.Empty;
        var level = ReadLevel(node);
        var description = node.GetString("description") ?? string.Empty;
        var link = ReadLink(node);
        var scope = RuleScope.Read(node);
        var examples = RuleExample.Read(node);
        var enabled = node.GetBool("enabled", true);
        if (kindNode is null)
        {
            return null;
        }

        var kind = RuleKinds.Find(kindNode.Value ?? string.Empty);
        if (kind is null)
        {
            errors.Add(kindNode, $"Unknown rule kind '{kindNode.Value}'. Known kinds: {string.Join(", ", RuleKinds.Names)}.");
            return null;
        }

        var (limit, action) = ValeKeys.Read(node, kind.Name);
        var definition = new RuleDefinition(source.Id, kind.Name, message, level, description, link, scope, source.Path, examples, enabled, ReadFix(node, kind.Name)) { Limit = limit, Action = action };
        var analyzer = kind.Create(definition, node);
        node.ReportUnknownKeys(kind.Name);
        return errors.Any || analyzer is null ? null : new LoadedRule(definition, analyzer);
    }

    /// <summary>The <c>fixlevel:</c> key; by default safe for the kinds whose fixes are mechanical (a doubled word, a/an), editorial for the rest.</summary>
    private static FixLevel ReadFix(RuleNode node, string kind) => node.GetChoice("fixlevel")?.Value switch
    {
        "safe" => FixLevel.Safe,
        "editorial" => FixLevel.Editorial,
        _ => kind is "repetition" or "articles" ? FixLevel.Safe : FixLevel.Editorial,
    };

    private static Severity ReadLevel(RuleNode node)
    {
        return node.GetChoice("level")?.Value switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Suggestion,
        };
    }

    private static string? ReadLink(RuleNode node)
    {
        var scalar = node.GetScalar("link");
        if (scalar?.Value?.Trim() is not { } value)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return value;
        }

        node.Errors.Add(scalar, $"'link' must be a full http or https address, not '{value}'.");
        return null;
    }
}

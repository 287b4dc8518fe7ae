using Lint.Rules.Loading.Options;

namespace Lint.Rules.Loading;

/// <summary>
/// Vale's common keys that Lint reads on every rule: <c>limit</c> (the most findings per article),
/// <c>vocab</c> (Lint has no vocabularies, so it is checked and changes nothing), <c>tests</c> (Vale's own
/// test cases, which Vale does not compile either), Vale 1's <c>pos</c> (a note) and <c>action</c>. An
/// action that is what the kind's own fix already does loads silently, as does <c>remove</c> on an existence
/// rule (its fix then deletes what it flags); any other loads with a note that it is not used, never an
/// error, so a Vale style loads unchanged.
/// </summary>
internal static class ValeKeys
{
    /// <summary>The Vale actions a Lint kind's own fix already carries out.</summary>
    private static readonly Dictionary<string, string> Fits = new(StringComparer.Ordinal)
    {
        ["substitution"] = "replace",
        ["consistency"] = "replace",
        ["repetition"] = "remove",
        ["existence"] = "remove",
    };

    /// <summary>Reads the keys; returns the limit, if any, and the action the kind carries out, if any.</summary>
    public static (int? Limit, string? Action) Read(RuleNode node, string kind)
    {
        var limit = node.GetInt("limit", 1, int.MaxValue);
        node.GetFlag("vocab");
        node.Find("tests");
        if (kind is "existence" or "substitution" && node.GetScalar("pos") is { } pos)
        {
            node.Errors.Note(pos, "Vale 1's 'pos' filter is not used: the rule matches its patterns whatever their part of speech (Lint's 'sequence' kind matches parts of speech). The rule loads without it.");
        }

        if (node.Find("action") is not { } actionNode)
        {
            return (limit, null);
        }

        if (actionNode is not YamlDotNet.RepresentationModel.YamlMappingNode mapping)
        {
            node.Report(actionNode, "'action' must be a mapping with a 'name' (Vale's replace, remove, edit or suggest) and its 'params'.");
            return (limit, null);
        }

        var action = new OptionNode(mapping, RuleKeys.Action, node.Errors.Add);
        var name = action.GetString("name", required: true);
        action.GetList("params");
        action.ReportUnknown("in an action");
        if (name is null)
        {
            return (limit, null);
        }

        if (Fits.TryGetValue(kind, out var fits) && fits == name)
        {
            return (limit, name);
        }

        var known = RuleKeys.Actions.Contains(name, StringComparer.Ordinal) ? $"Vale's '{name}' action" : $"The action '{name}' (Vale's are {OptionNode.Choices(RuleKeys.Actions)})";
        node.Errors.Note(mapping, $"{known} is not used: Lint's {kind} rules {Own(kind)}. The rule loads without it.");
        return (limit, null);
    }

    private static string Own(string kind) =>
        Fits.TryGetValue(kind, out var fits) ? $"carry out only Vale's '{fits}'" : "take no fix from an action";
}

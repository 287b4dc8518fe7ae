using Lint.Rules.Loading.Options;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// A mapping of a rule file (its top, or one inside it such as a sequence token), read key by key by the
/// shared <see cref="OptionNode"/> against the keys <see cref="RuleKeys"/> declares. Each read marks its key
/// as known; a key that nobody read is reported as unknown, with its line and column. Wrong types are
/// reported where they are.
/// </summary>
public sealed class RuleNode(YamlMappingNode mapping, RuleErrors errors, LiteralCatalog? literals = null, KeyTable? keys = null)
    : OptionNode(mapping, keys, errors.Add)
{
    /// <summary>Where the rule's pattern sets put their literals, shared by the rules loaded together.</summary>
    public LiteralCatalog Literals { get; } = literals ?? new LiteralCatalog();

    public RuleErrors Errors { get; } = errors;

    /// <summary>The files the rule may refer to, from its <see cref="RuleSource"/>.</summary>
    public RuleFiles Files { get; init; } = RuleFiles.None;

    /// <summary>Reports every key that no reader asked for, or that rules of <paramref name="kind"/> do not have.</summary>
    public void ReportUnknownKeys(string kind) => ReportUnknown($"for a rule of kind '{kind}'");
}

using Lint.Syntax;

namespace Lint.Rules.Loading;

/// <summary>
/// Vale's <c>scope</c>: which parts of an article a rule reads. "text" (the default) is every block;
/// "heading", "paragraph", "list", "blockquote", "caption", "byline", "table", "alt" pick one kind
/// ("caption" is every caption; "pasted-caption" only one found by its shape in plain text, where a
/// story has no photo to caption);
/// "summary" is body text (paragraphs, lists, quotes); "sentence" reads each sentence on its own
/// (so "^" and "$" in a pattern mean its start and end); a leading "~" excludes.
/// </summary>
public sealed class RuleScope
{
    private static readonly BlockKind[] Everything = Enum.GetValues<BlockKind>();

    private static readonly Dictionary<string, BlockKind[]> BlockKinds = new(StringComparer.Ordinal)
    {
        ["text"] = Everything,
        ["sentence"] = Everything,
        ["heading"] = [BlockKind.Heading],
        ["paragraph"] = [BlockKind.Paragraph],
        ["list"] = [BlockKind.ListItem],
        ["blockquote"] = [BlockKind.Quote],
        ["caption"] = [BlockKind.Caption, BlockKind.PastedCaption],
        ["pasted-caption"] = [BlockKind.PastedCaption],
        ["byline"] = [BlockKind.Byline],
        ["table"] = [BlockKind.Table],
        ["alt"] = [BlockKind.AltText],
        ["summary"] = [BlockKind.Paragraph, BlockKind.ListItem, BlockKind.Quote],
    };

    private readonly HashSet<BlockKind> _kinds;

    /// <summary>The scope names a rule may give, in the order they are listed.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. BlockKinds.Keys];

    private RuleScope(HashSet<BlockKind> kinds, bool bySentence)
    {
        _kinds = kinds;
        BySentence = bySentence;
    }

    public static RuleScope All { get; } = new([.. Everything], false);

    /// <summary>True when the rule reads sentence by sentence rather than block by block.</summary>
    public bool BySentence { get; }

    public bool Includes(BlockKind kind) => _kinds.Contains(kind);

    public static RuleScope Read(RuleNode node)
    {
        var entries = node.GetList("scope");
        if (entries.Count == 0)
        {
            return All;
        }

        var bySentence = false;
        var included = new HashSet<BlockKind>();
        var excluded = new HashSet<BlockKind>();
        foreach (var entry in entries)
        {
            var name = entry.Value ?? string.Empty;
            var negated = name.StartsWith('~');
            if (!BlockKinds.TryGetValue(negated ? name[1..] : name, out var kinds))
            {
                node.Errors.Add(entry, $"Unknown scope '{name}'. Use one of: {string.Join(", ", Names)} (with '~' to exclude).");
                continue;
            }

            bySentence |= name == "sentence";
            (negated ? excluded : included).UnionWith(kinds);
        }

        if (included.Count == 0)
        {
            included.UnionWith(Everything);
        }

        included.ExceptWith(excluded);
        return new RuleScope(included, bySentence);
    }
}

using Lint.Syntax;

namespace Lint.Rules.Loading;

/// <summary>
/// Vale's <c>scope</c>: which parts of an article a rule reads. "text" (the default) is every block;
/// "heading", "paragraph", "list", "blockquote", "caption", "byline", "table", "alt" pick one kind
/// ("caption" is every caption; "pasted-caption" only one found by its shape in plain text, where a
/// story has no photo to caption);
/// "summary" is body text (paragraphs, lists, quotes); "sentence" reads each sentence on its own
/// (so "^" and "$" in a pattern mean its start and end); a leading "~" excludes. Vale's markup scopes
/// load too: "heading.h1" to "heading.h6" (one level, see <see cref="HeadingLevel"/>), "table.header" and
/// "table.cell" (Lint reads a table as one block, so both are "table"), "table.caption" and
/// "figure.caption" ("caption"), and "raw" (Vale's unprocessed markup: Lint never reads markup, so it is
/// every block of prose, as "text").
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
        ["heading.h1"] = [BlockKind.Heading],
        ["heading.h2"] = [BlockKind.Heading],
        ["heading.h3"] = [BlockKind.Heading],
        ["heading.h4"] = [BlockKind.Heading],
        ["heading.h5"] = [BlockKind.Heading],
        ["heading.h6"] = [BlockKind.Heading],
        ["table.header"] = [BlockKind.Table],
        ["table.cell"] = [BlockKind.Table],
        ["table.caption"] = [BlockKind.Caption],
        ["figure.caption"] = [BlockKind.Caption],
        ["raw"] = Everything,
    };

    private readonly HashSet<BlockKind> _kinds;

    /// <summary>The heading levels a "heading.hN" scope picks; null for every heading.</summary>
    private readonly HashSet<int>? _levels;

    /// <summary>The heading levels a "~heading.hN" scope leaves out.</summary>
    private readonly HashSet<int> _excludedLevels;

    /// <summary>The scope names a rule may give, in the order they are listed.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. BlockKinds.Keys];

    private RuleScope(HashSet<BlockKind> kinds, bool bySentence, HashSet<int>? levels = null, HashSet<int>? excludedLevels = null)
    {
        _kinds = kinds;
        BySentence = bySentence;
        _levels = levels;
        _excludedLevels = excludedLevels ?? [];
    }

    public static RuleScope All { get; } = new([.. Everything], false) { IsWholeText = true };

    /// <summary>True when the rule gives no scope or only "text": every block, with nothing left out.</summary>
    public bool IsWholeText { get; private init; }

    /// <summary>True when the rule reads sentence by sentence rather than block by block.</summary>
    public bool BySentence { get; }

    /// <summary>True when the rule gives Vale's "summary" scope: the body text of a document, read as one.</summary>
    public bool IsSummary { get; private init; }

    /// <summary>Whether the rule reads blocks of this kind; a heading level it leaves out is not seen here (see the other overload).</summary>
    public bool Includes(BlockKind kind) => _kinds.Contains(kind);

    /// <summary>Whether the rule reads this block, its heading level included.</summary>
    public bool Includes(Document document, Block block)
    {
        if (!_kinds.Contains(block.Kind))
        {
            return false;
        }

        if (block.Kind != BlockKind.Heading || (_levels is null && _excludedLevels.Count == 0))
        {
            return true;
        }

        var level = HeadingLevel.Of(document, block);
        return (_levels is null || _levels.Contains(level)) && !_excludedLevels.Contains(level);
    }

    public static RuleScope Read(RuleNode node)
    {
        var entries = node.GetList("scope");
        if (entries.Count == 0)
        {
            return All;
        }

        var bySentence = false;
        var summary = false;
        var included = new HashSet<BlockKind>();
        var excluded = new HashSet<BlockKind>();
        HashSet<int>? levels = [];
        var excludedLevels = new HashSet<int>();
        foreach (var entry in entries)
        {
            var name = entry.Value ?? string.Empty;
            var negated = name.StartsWith('~');
            var bare = negated ? name[1..] : name;
            if (!BlockKinds.TryGetValue(bare, out var kinds))
            {
                node.Errors.Add(entry, $"Unknown scope '{name}'. Use one of: {string.Join(", ", Names)} (with '~' to exclude).");
                continue;
            }

            bySentence |= name == "sentence";
            summary |= name == "summary";
            var level = bare.StartsWith("heading.h", StringComparison.Ordinal) ? bare[^1] - '0' : 0;
            if (level > 0)
            {
                if (negated)
                {
                    excludedLevels.Add(level);
                }
                else
                {
                    levels?.Add(level);
                    included.UnionWith(kinds);
                }

                continue;
            }

            levels = !negated && kinds.Contains(BlockKind.Heading) ? null : levels;
            (negated ? excluded : included).UnionWith(kinds);
        }

        if (included.Count == 0)
        {
            included.UnionWith(Everything);
            levels = null;
        }

        included.ExceptWith(excluded);
        return new RuleScope(included, bySentence, levels is { Count: 0 } ? null : levels, excludedLevels) { IsSummary = summary, IsWholeText = entries.All(e => e.Value == "text") };
    }
}

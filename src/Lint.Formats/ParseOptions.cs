using System.Text.RegularExpressions;

namespace Lint.Formats;

/// <summary>
/// How an article is read beyond what its format says, as a <c>.vale.ini</c> asks: <see cref="Formats"/> reads
/// one extension as another (<c>mdx = md</c>); the text a <see cref="TokenIgnores"/> pattern matches is hidden
/// like inline code and the text a <see cref="BlockIgnores"/> pattern matches like a code block (see
/// <see cref="HiddenText"/>); the markup named in <see cref="IgnoredScopes"/> (inline tags such as <c>strong</c>)
/// and <see cref="SkippedScopes"/> (block tags such as <c>blockquote</c>) is not prose (see <see cref="Scopes.ScopeNames"/>).
/// Code, <c>script</c>, <c>style</c> and <c>pre</c> are never prose, whatever the scopes say.
/// </summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Extension associations without dots, such as <c>mdx</c> to <c>md</c>.</summary>
    public IReadOnlyDictionary<string, string> Formats { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<Regex> TokenIgnores { get; init; } = [];

    public IReadOnlyList<Regex> BlockIgnores { get; init; } = [];

    /// <summary>Inline tags whose text is not prose (lower-case names).</summary>
    public IReadOnlySet<string> IgnoredScopes { get; init; } = new HashSet<string>();

    /// <summary>Block tags whose content is not prose (lower-case names).</summary>
    public IReadOnlySet<string> SkippedScopes { get; init; } = new HashSet<string>();

    public bool HasScopes => IgnoredScopes.Count > 0 || SkippedScopes.Count > 0;

    /// <summary>The extension (with its dot) an article is read as: its own, or the one <see cref="Formats"/> associates with it.</summary>
    public string FormatOf(string extension) =>
        Formats.Count > 0 && Formats.TryGetValue(extension.TrimStart('.'), out var format) ? "." + format : extension;
}

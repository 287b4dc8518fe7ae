using Lint.Text;

namespace Lint.Server.Stories;

/// <summary>
/// One story sent to the server: its text, its format (<c>text</c>, <c>markdown</c> or <c>html</c>), and the
/// rules or styles switched off (or, with <see cref="Only"/>, the only ones on) for this request, and, for a fix,
/// whether editorial fixes are applied too (safe ones only otherwise, as <c>lint fix</c> does).
/// </summary>
public sealed record Story(SourceText Text, string Format, IReadOnlyList<string> Disable, IReadOnlyList<string> Only, bool IncludeEditorial = false)
{
    public string Extension => StoryFormat.ExtensionsByName[Format];

    /// <summary>The path findings carry (SARIF's artifact uri): the story is linted as a file of that name in the server's root.</summary>
    public string DisplayPath => "story" + Extension;
}

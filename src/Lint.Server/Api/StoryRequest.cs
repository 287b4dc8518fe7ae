namespace Lint.Server.Api;

/// <summary>
/// The JSON body of <c>POST /api/v1/check</c> and <c>/api/v1/fix</c>: the story's text, its format
/// (<c>text</c>, <c>markdown</c> or <c>html</c>; default <c>text</c>), the rules or styles to switch off for
/// this request, and the only ones to use (for a fix: the rules whose fixes to apply).
/// </summary>
public sealed class StoryRequest
{
    public string? Text { get; set; }

    public string? Format { get; set; }

    public List<string>? Disable { get; set; }

    public List<string>? Only { get; set; }

    /// <summary>For a fix: apply editorial fixes too, not only the safe ones (as <c>lint fix --include-editorial</c>).</summary>
    public bool? IncludeEditorial { get; set; }
}

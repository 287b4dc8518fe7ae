namespace Lint.Server.Stories;

/// <summary>The formats a story may come in, by the name a JSON body gives and the media type a raw body has.</summary>
public static class StoryFormat
{
    public static readonly IReadOnlyDictionary<string, string> ExtensionsByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ".txt",
        ["markdown"] = ".md",
        ["html"] = ".html",
    };

    public static readonly IReadOnlyDictionary<string, string> NamesByMediaType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "text",
        ["text/markdown"] = "markdown",
        ["text/x-markdown"] = "markdown",
        ["text/html"] = "html",
    };

    /// <summary>The names a JSON body may give, for error messages and the OpenAPI document.</summary>
    public static string Names => string.Join(", ", ExtensionsByName.Keys);
}

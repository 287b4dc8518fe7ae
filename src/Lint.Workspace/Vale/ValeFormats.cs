using Lint.Formats;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c>'s <c>[formats]</c> section: <c>mdx = md</c> reads <c>.mdx</c> files as Markdown. An association
/// to a format Lint reads (<c>md</c>, <c>markdown</c>, <c>txt</c>, <c>text</c>, <c>html</c>, <c>htm</c>) is kept; one to
/// a format Lint does not read (<c>rst</c>, <c>adoc</c>, <c>org</c>, a programming language) is a warning at its line,
/// and those files are read as their own extension says (not at all when Lint does not read it either).
/// </summary>
public static class ValeFormats
{
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<IniEntry> entries, List<ConfigError> warnings)
    {
        var formats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var (from, to) = (entry.Key.TrimStart('.'), entry.Value.TrimStart('.'));
            if (DocumentFormats.ForExtension(to) is null)
            {
                var read = string.Join(", ", DocumentFormats.Extensions.Select(e => e.TrimStart('.')));
                var files = DocumentFormats.ForExtension(from) is null ? "not linted" : "read as " + from;
                var message = $"[formats] {from} = {to}: Lint does not read '{to}' (it reads {read}), so .{from} files are {files}.";
                warnings.Add(new ConfigError(entry.Path, entry.Line, entry.Column, message) { IsWarning = true });
                continue;
            }

            formats[from] = to;
        }

        return formats;
    }
}

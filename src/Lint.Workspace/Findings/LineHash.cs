using System.Security.Cryptography;
using System.Text;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Workspace.Findings;

/// <summary>
/// A finding's fingerprint for code scanning and baselines: a hash of its rule and the text of its line
/// (trimmed), with a counter for repeats in one file. Edits elsewhere in the article leave it unchanged.
/// </summary>
public sealed class LineHash
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The fingerprints of an article's findings, in their order.</summary>
    public static string[] Of(SourceText text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var hashes = new LineHash();
        return [.. diagnostics.Select(d => hashes.Next(text, d))];
    }

    public string Next(SourceText text, Diagnostic diagnostic)
    {
        var line = text.GetLine(diagnostic.Location.LineSpan.Start.Line);
        var content = $"{diagnostic.Id}\n{text[line.Span].Trim()}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
        _seen[hash] = _seen.GetValueOrDefault(hash) + 1;
        return $"{hash}:{_seen[hash]}";
    }
}

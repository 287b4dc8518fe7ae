using System.Text.Json;

namespace Lint.Workspace.Findings;

/// <summary>
/// The findings recorded by <c>lint baseline</c> in a SARIF file: each as its rule, its file and the
/// fingerprint of its line (<c>primaryLocationLineHash</c>). A finding today is old when all three match,
/// wherever its line has moved to.
/// </summary>
public sealed class Baseline
{
    private readonly HashSet<(string Rule, string Path, string Hash)> _entries;

    private Baseline(HashSet<(string, string, string)> entries) => _entries = entries;

    public int Count => _entries.Count;

    public bool Contains(string ruleId, string path, string hash) => _entries.Contains((ruleId, path, hash));

    /// <summary>The largest baseline read: a SARIF report of a few hundred thousand findings.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Reads a baseline; on failure, says why in <paramref name="problem"/> and returns null.</summary>
    public static Baseline? Load(string path, out string? problem)
    {
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(Input.BoundedFile.Read(path, MaxBytes));
            var entries = new HashSet<(string, string, string)>();
            foreach (var run in json.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    if (Entry(result) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }

            return new Baseline(entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            problem = $"{path}: the baseline could not be read as SARIF ({ex.Message}).";
            return null;
        }
    }

    private static (string, string, string)? Entry(JsonElement result)
    {
        if (!result.TryGetProperty("ruleId", out var rule)
            || !result.TryGetProperty("partialFingerprints", out var fingerprints)
            || !fingerprints.TryGetProperty("primaryLocationLineHash", out var hash)
            || !result.TryGetProperty("locations", out var locations)
            || locations.GetArrayLength() == 0)
        {
            return null;
        }

        var uri = locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        return uri is null ? null : (rule.GetString() ?? string.Empty, Uri.UnescapeDataString(uri), hash.GetString() ?? string.Empty);
    }
}

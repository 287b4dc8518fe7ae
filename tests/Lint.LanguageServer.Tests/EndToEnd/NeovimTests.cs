using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Lint.LanguageServer.Tests.EndToEnd;

/// <summary>
/// A client nobody here wrote: Neovim in headless mode opens a seed story with its built-in LSP client,
/// receives the diagnostics of <c>lint lsp</c> (the real executable over stdio), applies a quick fix, and
/// the buffer text is checked. CI installs Neovim; elsewhere the test is skipped when it is missing.
/// </summary>
public sealed class NeovimTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lint-nvim-" + Guid.NewGuid().ToString("N"));

    public NeovimTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [NeovimFact]
    public void Neovim_shows_the_diagnostics_of_a_seed_story_and_applies_a_quick_fix()
    {
        var nvim = Neovim.Path ?? throw new InvalidOperationException(
            "Neovim (nvim) is not installed, so the end-to-end editor test cannot run. Install it with 'apt-get install -y neovim' (.ci/run does).");
        foreach (var seed in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
        }

        var story = Path.Combine(_folder, "000_dffde5fba3ff9e75.txt");
        var resultPath = Path.Combine(_folder, "result.json");
        var (exitCode, log) = Run(nvim, story, resultPath);

        Assert.True(File.Exists(resultPath), $"Neovim wrote no result (exit code {exitCode}):\n{log}");
        using var result = JsonDocument.Parse(File.ReadAllText(resultPath));
        var root = result.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), $"The Lua script failed: {error}\n{log}");
        Assert.Equal(["attached", "diagnostics", "applied", "relinted", "stopped"], root.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        var typo = diagnostics.Single(d => d.GetProperty("code").GetString() == "Newsroom.ContextTypos");
        Assert.Equal(4, typo.GetProperty("lnum").GetInt32());
        Assert.Equal(22, typo.GetProperty("col").GetInt32());
        Assert.Equal("filing", typo.GetProperty("text").GetString());
        Assert.Equal(2, typo.GetProperty("severity").GetInt32()); // vim.diagnostic.severity.WARN

        // Line 3 has 習近平 before its "US": the UTF-16 column only lands on "US" if positions are exact.
        var variants = diagnostics.Where(d => d.GetProperty("code").GetString() == "Newsroom.NameVariants").ToList();
        Assert.Contains(variants, d => d.GetProperty("lnum").GetInt32() == 2 && d.GetProperty("text").GetString() == "US" && d.GetProperty("col").GetInt32() > 100);
        Assert.All(variants, d => Assert.Equal("US", d.GetProperty("text").GetString()));

        Assert.Contains(root.GetProperty("actions").EnumerateArray(), a => a.GetString()!.Contains("filling", StringComparison.Ordinal));
        Assert.Contains("Chinese materials are filling critical gaps", root.GetProperty("line").GetString(), StringComparison.Ordinal);
        Assert.Equal(diagnostics.Count - 1, root.GetProperty("remaining").GetInt32());
    }

    /// <summary>The lint executable built beside the tests' own build (see the test project).</summary>
    private static string LintDll => typeof(NeovimTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LintDll").Value!;

    private static (int ExitCode, string Log) Run(string nvim, string story, string resultPath)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "quickfix.lua");
        var start = new ProcessStartInfo(nvim)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(story)!,
        };
        foreach (var arg in new[] { "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", $"luafile {script}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LINT_DLL"] = LintDll;
        start.Environment["LINT_STORY"] = story;
        start.Environment["LINT_RESULT"] = resultPath;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(Path.GetDirectoryName(story)!, ".state");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(Path.GetDirectoryName(story)!, ".cache");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Neovim did not finish within 3 minutes.\n{stderr.Result}");
        }

        return (process.ExitCode, $"stdout:\n{stdout.Result}\nstderr:\n{stderr.Result}");
    }
}

using System.Diagnostics;
using System.Text;

namespace Lint.Cli.Tests;

/// <summary>
/// Runs the real <c>lint</c> executable (built beside the tests) and captures what it writes. With
/// LINT_EXECUTABLE set to an absolute path, runs that executable instead: the NativeAOT build goes through
/// the same tests.
/// </summary>
internal static class LintProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

    /// <summary>The day the tests' runs are read in.</summary>
    public const string PinnedToday = "2026-12-06";

    public static Result Run(params string[] args) => RunIn(RepositoryRoot.Path, null, args);

    public static Result RunIn(string workingDirectory, byte[]? stdin, params string[] args) => RunWith(workingDirectory, stdin, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs lint with extra environment variables. GITHUB_STEP_SUMMARY is removed unless given, so tests run
    /// inside GitHub Actions never append to the real job summary; LINT_TODAY is pinned (unless given), so a
    /// story with no date in its head is read in the same year on any day the tests run.
    /// </summary>
    public static Result RunWith(string workingDirectory, byte[]? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var executable = Environment.GetEnvironmentVariable("LINT_EXECUTABLE");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        start.Environment["LINT_TODAY"] = PinnedToday;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        if (string.IsNullOrEmpty(executable))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lint.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lint {string.Join(' ', args)} did not finish.");
        }

        copyOut.Wait();
        var bytes = stdout.ToArray();
        return new Result(process.ExitCode, Encoding.UTF8.GetString(bytes), stderr.Result, bytes);
    }
}

using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Lint.Server.Tests.Harness;

/// <summary>The real <c>lint</c> executable of this build, run as a user runs it.</summary>
public static class LintExecutable
{
    public static string Dll { get; } = typeof(LintExecutable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LintDll").Value!;

    /// <summary>Runs lint with the arguments in <paramref name="workingDirectory"/>; its standard output.</summary>
    public static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"lint {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
        return output;
    }

    /// <summary>The findings <c>lint check FILE --format json</c> reports, as (rule, severity, message, offset, length, line, column).</summary>
    public static IReadOnlyList<string> CheckJson(string workingDirectory, string file)
    {
        using var json = JsonDocument.Parse(Run(workingDirectory, "check", file, "--format", "json", "--fail-level", "none"));
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(Describe)];
    }

    /// <summary>A finding of the JSON format or the API (they share these property names) as one comparable line.</summary>
    public static string Describe(JsonElement f) =>
        $"{f.GetProperty("rule").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("offset").GetInt32()}+{f.GetProperty("length").GetInt32()} " +
        $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}-{f.GetProperty("endLine").GetInt32()}:{f.GetProperty("endColumn").GetInt32()} {f.GetProperty("message").GetString()}";
}

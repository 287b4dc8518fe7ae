using Lint.Cli.Reporting;
using Lint.Cli.Running;

namespace Lint.Cli.Commands;

/// <summary>
/// Writes a report to standard output, or to a file (whole or not at all: through a temporary file beside
/// it). A device such as /dev/null or /dev/stdout is written to directly: renaming a file over it would
/// replace the device.
/// </summary>
public static class ReportOutput
{
    public static bool Write(Terminal terminal, IReporter reporter, LintResult result, string? outputPath)
    {
        if (outputPath is null)
        {
            using var stdout = terminal.OpenStandardOutput();
            reporter.Write(result, stdout);
            return true;
        }

        var full = Path.GetFullPath(outputPath);
        if (IsDevice(full))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
            reporter.Write(result, device);
            return true;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                reporter.Write(result, file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: could not write {outputPath}: {ex.Message}");
            File.Delete(temporary);
            return false;
        }
    }

    private static bool IsDevice(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);
}

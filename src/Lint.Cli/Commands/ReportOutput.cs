namespace Lint.Cli.Commands;

/// <summary>
/// Where a report is written as the run goes: standard output, or a file (whole or not at all: through a
/// temporary file beside it with an unpredictable name, created exclusively, renamed over the file once the
/// report is complete and removed if it is not).
/// A device such as /dev/null or /dev/stdout is written to directly: renaming a file over it would replace
/// the device.
/// </summary>
public static class ReportOutput
{
    /// <summary>Runs <paramref name="write"/> on the output; false (with the reason on standard error) when the file could not be written.</summary>
    public static bool Write(Terminal terminal, string? outputPath, Action<Stream> write)
    {
        if (outputPath is null)
        {
            using var stdout = terminal.OpenStandardOutput();
            write(stdout);
            return true;
        }

        var full = Path.GetFullPath(outputPath);
        if (IsDevice(full))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
            write(device);
            return true;
        }

        // An unpredictable name, created only if nothing is there: a link planted at a guessable name by
        // another user cannot redirect the report (FileMode.CreateNew fails on an existing link, dangling or not).
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var created = false;
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                created = true;
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: could not write {outputPath}: {ex.Message}");
            DeleteIf(created, temporary);
            return false;
        }
        catch
        {
            DeleteIf(created, temporary); // a run cancelled or failed half-way leaves no partial report behind
            throw;
        }
    }

    private static void DeleteIf(bool created, string path)
    {
        if (created)
        {
            File.Delete(path); // only a file this run made: never one someone else put at the name
        }
    }

    private static bool IsDevice(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);
}

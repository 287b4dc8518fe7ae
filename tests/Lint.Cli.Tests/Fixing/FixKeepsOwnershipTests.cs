using System.Runtime.Versioning;
using System.Text;
using Lint.Cli.Fixing;
using Mono.Unix.Native;
using Xunit.Abstractions;

namespace Lint.Cli.Tests.Fixing;

/// <summary>What <c>lint fix</c> does not own it keeps (issue 16): a file's owner and group, and its other names.</summary>
[UnsupportedOSPlatform("windows")]
public class FixKeepsOwnershipTests(ITestOutputHelper output)
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("Chinese materials are filing critical gaps.\n");
    private static readonly byte[] Fixed = Encoding.UTF8.GetBytes("Chinese materials are filling critical gaps.\n");

    [Fact]
    public void A_file_with_another_name_is_refused_and_both_names_keep_the_same_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var other = Path.Combine(folder.Path, "copy-desk.txt");
        Assert.Equal(0, Syscall.link(path, other));
        var snapshot = FileSnapshot.Read(path, out _);

        var outcome = new SafeFileWriter().Write(path, Fixed, snapshot);

        Assert.Equal(WriteOutcome.HardLinked, outcome);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(Original, File.ReadAllBytes(other));
        Assert.Equal(["copy-desk.txt", "story.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_as_root_a_fixed_file_keeps_its_owner_and_group()
    {
        if (Syscall.geteuid() != 0)
        {
            output.WriteLine("Skipped: only root can give a file to another user; run the tests as root to check this.");
            return;
        }

        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        Assert.Equal(0, Syscall.chown(path, 65534, 65534)); // nobody:nogroup
        var snapshot = FileSnapshot.Read(path, out _);

        var outcome = new SafeFileWriter().Write(path, Fixed, snapshot);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal(Fixed, File.ReadAllBytes(path));
        Assert.Equal(0, Syscall.stat(path, out var stat));
        Assert.Equal((65534u, 65534u), (stat.st_uid, stat.st_gid));
    }

    [Fact]
    public void Lint_fix_reports_a_temporary_file_left_by_a_killed_run_and_still_fixes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        folder.Write(".story.txt.0123abcd.lint-tmp", "Chinese materials");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--include-editorial");

        Assert.Equal(Fixed, File.ReadAllBytes(path));
        Assert.Contains("warning: .story.txt.0123abcd.lint-tmp is a temporary file left by an interrupted 'lint fix'", result.Stderr, StringComparison.Ordinal);
    }
}

using System.Runtime.Versioning;
using System.Text;
using Lint.Cli.Fixing;

namespace Lint.Cli.Tests.Fixing;

/// <summary>Permissions here are Unix file modes, which is where Lint runs in CI.</summary>
[UnsupportedOSPlatform("windows")]
public class SafeFileWriterTests
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("Chinese materials are filing critical gaps.\n");
    private static readonly byte[] Fixed = Encoding.UTF8.GetBytes("Chinese materials are filling critical gaps.\n");

    private static string[] FilesIn(TempFolder folder) =>
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void The_new_bytes_replace_the_file_which_keeps_its_permissions()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        var snapshot = FileSnapshot.Read(path, out _);

        var outcome = new SafeFileWriter().Write(path, Fixed, snapshot);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal(Fixed, File.ReadAllBytes(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal(["story.txt"], FilesIn(folder));
    }

    [Fact]
    public void A_write_that_fails_partway_leaves_the_original_intact_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var snapshot = FileSnapshot.Read(path, out _);
        string? temporary = null;
        var writer = new SafeFileWriter(p =>
        {
            temporary = p;
            return new FailingStream(new FileStream(p, FileMode.CreateNew), failAfter: 10);
        });

        var error = Assert.Throws<IOException>(() => writer.Write(path, Fixed, snapshot));

        Assert.Equal("No space left on device.", error.Message);
        Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(temporary));
        Assert.False(File.Exists(temporary));
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(["story.txt"], FilesIn(folder));
    }

    [Fact]
    public void A_file_changed_on_disk_after_it_was_read_is_left_as_it_is_now()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var snapshot = FileSnapshot.Read(path, out _);
        var theirs = Encoding.UTF8.GetBytes("Chinese materials are filing critical GAPS.\n");
        File.WriteAllBytes(path, theirs);
        File.SetLastWriteTimeUtc(path, snapshot.LastWriteTimeUtc); // same length, same time: only the content tells

        var outcome = new SafeFileWriter().Write(path, Fixed, snapshot);

        Assert.Equal(WriteOutcome.ChangedOnDisk, outcome);
        Assert.Equal(theirs, File.ReadAllBytes(path));
        Assert.Equal(["story.txt"], FilesIn(folder));
    }

    [Fact]
    public void A_file_touched_after_it_was_read_is_left_alone_too()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var snapshot = FileSnapshot.Read(path, out _);
        File.SetLastWriteTimeUtc(path, snapshot.LastWriteTimeUtc.AddSeconds(5));

        Assert.Equal(WriteOutcome.ChangedOnDisk, new SafeFileWriter().Write(path, Fixed, snapshot));
        Assert.Equal(Original, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_read_only_file_is_not_replaced()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Original);
        var snapshot = FileSnapshot.Read(path, out _);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var outcome = new SafeFileWriter().Write(path, Fixed, snapshot);

        Assert.Equal(WriteOutcome.ReadOnly, outcome);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(["story.txt"], FilesIn(folder));
    }

    [Fact]
    public void Through_a_symbolic_link_the_file_it_points_to_is_replaced_and_the_link_stays()
    {
        using var folder = new TempFolder();
        var target = folder.Write("real/story.txt", Original);
        File.SetLastWriteTimeUtc(target, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // the link's own time differs from its file's
        var link = Path.Combine(folder.Path, "story.txt");
        File.CreateSymbolicLink(link, target);
        var snapshot = FileSnapshot.Read(link, out _);

        var outcome = new SafeFileWriter().Write(link, Fixed, snapshot);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllBytes(target));
    }
}

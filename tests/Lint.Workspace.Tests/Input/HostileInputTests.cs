using System.Text;
using Lint.Workspace.Input;
using Mono.Unix.Native;

namespace Lint.Workspace.Tests.Input;

/// <summary>Articles and folders that once hung, crashed or silently skipped a run (issue 16): each ends in a clear error, the rest still found.</summary>
public class HostileInputTests
{
    private static (List<string> Found, List<InputError> Errors) Find(TempFolder folder, string path = ".")
    {
        var errors = new List<InputError>();
        var found = ArticleFinder.Find([Path.Combine(folder.Path, path)], errors).Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/')).ToList();
        return (found, errors);
    }

    private static InputError ReadError(string path)
    {
        var errors = new List<InputError>();
        Assert.Null(ArticleReader.ReadFile(path, errors));
        return Assert.Single(errors);
    }

    [Fact]
    public async Task A_named_pipe_given_as_an_article_is_refused_before_it_is_opened()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "story.md");
        Assert.Equal(0, Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE));

        var error = await Task.Run(() => ReadError(fifo)).WaitAsync(TimeSpan.FromSeconds(60)); // a generous guard: it used to hang for ever

        Assert.Equal("is a named pipe (FIFO), not a file; skipped.", error.Message);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_as_a_device_not_read_until_memory_runs_out()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "story.md");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Equal("is a device, not a file; skipped.", ReadError(link).Message);
    }

    [Fact]
    public void Two_links_to_the_folder_itself_do_not_multiply_the_walk()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "A.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop1"), ".");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop2"), ".");

        var (found, errors) = Find(folder);

        Assert.Equal(["a.md"], found);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_linked_article_outside_the_folder_is_skipped_with_a_message_and_one_inside_is_linted()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        folder.Write("stories/a.md", "A.");
        var secret = elsewhere.Write("secret.txt", "hunter2");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "stories", "b.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "stories", "c.md"), Path.Combine(folder.Path, "stories", "a.md"));

        var (found, errors) = Find(folder, "stories");

        Assert.Equal(["stories/a.md", "stories/c.md"], found);
        Assert.Equal("is a link to a file outside the folder being linted; skipped.", Assert.Single(errors).Message);
    }

    [Fact]
    public void An_unreadable_folder_is_reported_and_the_other_articles_are_found()
    {
        if (OperatingSystem.IsWindows() || Syscall.geteuid() == 0)
        {
            return; // root reads a folder whatever its mode; CI runs the tests as an ordinary user
        }

        using var folder = new TempFolder();
        folder.Write("a.md", "A.");
        folder.Write("locked/b.md", "B.");
        File.SetUnixFileMode(Path.Combine(folder.Path, "locked"), UnixFileMode.None);
        try
        {
            var (found, errors) = Find(folder);

            Assert.Equal(["a.md"], found);
            Assert.Contains("could not be read", Assert.Single(errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_nul_byte_after_the_first_8_KB_is_still_a_binary_file()
    {
        var errors = new List<InputError>();
        var bytes = Encoding.UTF8.GetBytes(new string('a', 9000) + "\0The story.");

        Assert.Null(ArticleReader.Decode("a.md", ".md", bytes, errors));
        Assert.Contains("a NUL byte at byte 9001", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf32_with_a_byte_order_mark_is_refused_not_read_as_utf16(bool bigEndian)
    {
        var errors = new List<InputError>();
        var utf32 = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var bytes = utf32.GetPreamble().Concat(utf32.GetBytes("The story.")).ToArray();

        Assert.Null(ArticleReader.Decode("a.md", ".md", bytes, errors));
        Assert.StartsWith("is UTF-32", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_only_up_to_the_article_limit()
    {
        var errors = new List<InputError>();
        using var endless = new EndlessStream();

        Assert.Null(ArticleReader.ReadStdin(endless, ".txt", errors));
        Assert.Contains("the article size limit", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new\nline.md", @"new\nline.md")]
    [InlineData("evil\u001b[31mred.md", @"evil\e[31mred.md")]
    [InlineData("tab\there\\.md", @"tab\there\\.md")]
    [InlineData("back\\slash.md", "back\\slash.md")]
    [InlineData("bidi\u202Edm.txt", @"bidi\u202edm.txt")]
    public void Control_characters_in_a_name_are_escaped_when_shown(string name, string shown) =>
        Assert.Equal(shown, DisplayNames.Escape(name));

    /// <summary>Zeros for ever, as /dev/zero piped to standard input gives.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

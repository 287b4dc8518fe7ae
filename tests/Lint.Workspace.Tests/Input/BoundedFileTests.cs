using System.IO.Compression;
using System.Text;
using Lint.Workspace.Configuration;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;
using Mono.Unix.Native;

namespace Lint.Workspace.Tests.Input;

/// <summary>
/// The one bounded reader every rule, configuration, word list, package and baseline goes through: text in
/// UTF-8 or the encoding its mark names, a FIFO or device refused before reading, nothing read past a limit.
/// </summary>
public class BoundedFileTests
{
    [Fact]
    public void Text_is_read_as_utf8_or_as_its_byte_order_mark_says()
    {
        using var folder = new TempFolder();
        var utf8 = Path.Combine(folder.Path, "a.yml");
        var utf16 = Path.Combine(folder.Path, "b.yml");
        File.WriteAllText(utf8, "café\n", new UTF8Encoding(false));
        File.WriteAllText(utf16, "café\n", Encoding.Unicode);

        Assert.Equal("café\n", BoundedFile.ReadText(utf8, 100));
        Assert.Equal("café\n", BoundedFile.ReadText(utf16, 100));
    }

    [Fact]
    public async Task A_named_pipe_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "rule.yml");
        Assert.Equal(0, Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE));

        var refused = await Task.Run(() => Assert.Throws<RefusedFileException>(() => BoundedFile.ReadText(fifo, 100))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("is a named pipe (FIFO), not a file", refused.Message);
    }

    [Fact]
    public void A_stream_is_read_no_further_than_the_limit_and_the_error_names_it()
    {
        using var endless = new RepeatingStream();

        var refused = Assert.Throws<FileTooLargeException>(() => BoundedFile.ReadText(endless, 2 * 1024 * 1024));

        Assert.Equal("has more than the 2 MB a file of this kind may have", refused.Message);
        Assert.True(endless.Given <= 2 * 1024 * 1024 + 81920, $"read {endless.Given} bytes");
    }

    [Fact]
    public void A_baseline_that_is_a_link_to_dev_zero_is_refused_with_a_message()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "baseline.sarif");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Null(Baseline.Load(link, out var problem));

        Assert.Contains("is a device, not a file", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_a_rule_refers_to_that_is_a_device_is_not_read()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "en.dic");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Null(new DiskRuleFiles(folder.Path).Read(link));
    }

    [Fact]
    public void A_vale_package_with_a_rule_past_the_size_limit_is_an_error_not_read_into_memory()
    {
        using var folder = new TempFolder();
        folder.Write(".vale.ini", "StylesPath = styles\nPackages = Bomb.zip\n[*]\nBasedOnStyles = House\n");
        folder.Write("styles/House/Rule.yml", "extends: existence\nmessage: x\ntokens: [x]\n");
        using (var zip = ZipFile.Open(Path.Combine(folder.Path, "Bomb.zip"), ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("Bomb/Rule.yml").Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= RuleDirectory.MaxBytes / zeros.Length; i++)
            {
                entry.Write(zeros);
            }
        }

        var locator = new ConfigLocator();
        var article = Path.Combine(folder.Path, "a.md");
        locator.For(folder.Path, article);

        var error = Assert.Single(locator.Loader.Errors);
        Assert.Contains("The package 'Bomb.zip' could not be read: has more than the 4 MB a file of this kind may have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vale_vocabulary_that_is_a_link_to_dev_zero_is_not_read()
    {
        using var folder = new TempFolder();
        folder.Write(".vale.ini", "StylesPath = styles\nVocab = News\n[*]\nBasedOnStyles = Vale\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "styles/config/vocabularies/News"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "styles/config/vocabularies/News/accept.txt"), "/dev/zero");

        var locator = new ConfigLocator();
        var article = Path.Combine(folder.Path, "a.md");
        locator.For(folder.Path, article);

        var error = Assert.Single(locator.Loader.Errors);
        Assert.Contains("is a device, not a file", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that never ends, counting what it gave.</summary>
    private sealed class RepeatingStream : Stream
    {
        public long Given { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Given += count;
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

using System.Text;
using Lint.Cli.Fixing;
using Lint.Workspace.Input;

namespace Lint.Cli.Tests.Fixing;

public class ArticleFileTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void An_article_is_written_back_with_its_own_encoding_and_byte_order_mark(string name)
    {
        using var folder = new TempFolder();
        var (encoding, preamble) = name switch
        {
            "utf-8" => ((Encoding)new UTF8Encoding(false), Array.Empty<byte>()),
            "utf-8-bom" => (new UTF8Encoding(false), new byte[] { 0xEF, 0xBB, 0xBF }),
            "utf-16le" => (new UnicodeEncoding(false, false), new byte[] { 0xFF, 0xFE }),
            _ => (new UnicodeEncoding(true, false), new byte[] { 0xFE, 0xFF }),
        };
        var bytes = (byte[])[.. preamble, .. encoding.GetBytes("Xi 習近平 🙂 said.\r\n")];
        var errors = new List<InputError>();

        var file = ArticleFile.Read(folder.Write("story.txt", bytes), errors);

        Assert.Empty(errors);
        Assert.NotNull(file);
        Assert.Equal("Xi 習近平 🙂 said.\r\n", file.Article.Text.Content);
        Assert.Equal(bytes, file.Encoding.GetBytes(file.Article.Text.Content));
    }

    [Fact]
    public void Utf16_that_would_not_round_trip_is_refused()
    {
        using var folder = new TempFolder();
        var errors = new List<InputError>();

        // A lone high surrogate (0xD800) cannot be written back as it was read.
        var file = ArticleFile.Read(folder.Write("story.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]), errors);

        Assert.Null(file);
        Assert.Contains("would not be written back byte for byte as UTF-16 LE", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}

using Lint.Formats.Html;
using Lint.Formats.Markdown;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Tests;

public class DocumentFormatsTests
{
    [Theory]
    [InlineData(".txt", typeof(PlainTextParser))]
    [InlineData("text", typeof(PlainTextParser))]
    [InlineData(".md", typeof(MarkdownDocumentParser))]
    [InlineData(".MARKDOWN", typeof(MarkdownDocumentParser))]
    [InlineData(".html", typeof(HtmlDocumentParser))]
    [InlineData(".htm", typeof(HtmlDocumentParser))]
    public void The_extension_chooses_the_parser(string extension, Type parser) =>
        Assert.IsType(parser, DocumentFormats.ForExtension(extension));

    [Fact]
    public void Other_extensions_are_not_read() => Assert.Null(DocumentFormats.ForExtension(".docx"));

    /// <summary>The shared shape check, over every article the CLI tests use as a fixture and every seed.</summary>
    [Fact]
    public void Every_fixture_and_seed_parses_into_a_well_formed_document()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "Lint.Cli.Tests", "Fixtures"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "seeds")))
            .Where(f => DocumentFormats.ForExtension(Path.GetExtension(f)) is not null)
            .ToList();

        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".md", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var document = DocumentFormats.ForExtension(Path.GetExtension(file))!.Parse(file, new SourceText(File.ReadAllText(file)));
            Assert.NotEmpty(document.Blocks);
            Assert.Empty(DocumentShape.Violations(document).Select(v => $"{file}: {v}"));
        }
    }
}

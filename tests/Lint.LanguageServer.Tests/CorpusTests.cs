using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

/// <summary>Corpus rules compare the open stories with the workspace's other stories on disk; an open story wins over its file.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lint-lsp-" + Guid.NewGuid().ToString("N"));

    public CorpusTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_brand_spelled_one_way_on_disk_is_flagged_in_the_open_story_that_spells_it_the_other_way()
    {
        Write("a.txt", "iRay makes optics.");
        Write("b.md", "# Optics\n\niRay again.");
        Write("c.html", "<p>No brand here.</p>");
        Write("notes.docx", "IRay IRay IRay IRay IRay");
        Write(".git/stale.txt", "IRay IRay IRay IRay IRay");
        var story = Write("story.txt", "IRay IRay IRay IRay");
        var uri = DocumentUri.FromLocalPath(story);
        var rules = new TestRules(TestRules.Load(("Test.Brand", TestRules.Brand)));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push, DocumentUri.FromLocalPath(_folder));

        await client.OpenAsync(uri, "IRay said so.");
        var diagnostics = await client.DiagnosticsAsync(uri, 1);

        var finding = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal("Test.Brand@0:0-0:4", Json.Summary(diagnostics)[0]);
        Assert.Equal("iRay", Json.Str(finding.GetProperty("data").GetProperty("edits")[0], "newText"));
        Assert.Contains(story, rules.Paths);
        Assert.Contains(Path.Combine(_folder, "b.md"), rules.Paths);
    }

    [Fact]
    public async Task Only_the_open_stories_get_findings_and_the_findings_follow_their_edits()
    {
        Write("a.txt", "iRay makes optics.");
        var uri = DocumentUri.FromLocalPath(Path.Combine(_folder, "unsaved.txt"));
        var rules = new TestRules(TestRules.Load(("Test.Brand", TestRules.Brand)));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push, DocumentUri.FromLocalPath(_folder));

        await client.OpenAsync(uri, "iRay and IRay and IRay and IRay.");
        var before = await client.DiagnosticsAsync(uri, 1);
        await client.ChangeAsync(uri, 2, LspTestClient.Change(0, 0, 0, 4, "IRay"));
        var after = await client.DiagnosticsAsync(uri, 2);

        Assert.Equal(["Test.Brand@0:0-0:4"], Json.Summary(before));
        Assert.Empty(after.EnumerateArray());
        Assert.All(client.Target.Published, p => Assert.Equal(uri, Json.Str(p, "uri")));
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

using Lint.Workspace.Input;

namespace Lint.Workspace.Tests.Input;

public class FolderWalkTests
{
    private static List<string> Found(TempFolder folder, string path = ".") =>
        [.. ArticleFinder.Find([System.IO.Path.Combine(folder.Path, path)], []).Select(f => System.IO.Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))];

    [Fact]
    public void Dependency_vendor_and_hidden_folders_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.md", "A.");
        folder.Write("node_modules/pkg/README.md", "A.");
        folder.Write("site/node_modules/pkg/README.md", "A.");
        folder.Write("vendor/theme/about.html", "<p>A.</p>");
        folder.Write(".cache/b.md", "A.");

        Assert.Equal(["stories/a.md"], Found(folder));
    }

    [Fact]
    public void What_the_repositorys_gitignore_files_ignore_is_skipped_from_any_starting_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "drafts/\n*.tmp.md\n");
        folder.Write("stories/.gitignore", "embargoed.txt\n");
        folder.Write("stories/a.md", "A.");
        folder.Write("stories/b.tmp.md", "A.");
        folder.Write("stories/embargoed.txt", "A.");
        folder.Write("stories/drafts/c.md", "A.");
        folder.Write("stories/sub/d.txt", "A.");

        Assert.Equal(["stories/a.md", "stories/sub/d.txt"], Found(folder));
        Assert.Equal(["stories/a.md", "stories/sub/d.txt"], Found(folder, "stories"));
    }

    [Fact]
    public void An_ignored_folder_named_on_purpose_is_walked_with_the_ignore_files_inside_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "out/\n");
        folder.Write("out/run-1/.gitignore", "*.tmp.txt\n");
        folder.Write("out/run-1/a.txt", "A.");
        folder.Write("out/run-1/b.tmp.txt", "A.");

        Assert.Empty(Found(folder));
        Assert.Equal(["out/run-1/a.txt"], Found(folder, "out"));
        Assert.Equal(["out/run-1/a.txt"], Found(folder, "out/run-1"));
    }

    [Fact]
    public void A_gitignore_outside_a_repository_above_the_folder_is_not_read_but_one_inside_it_is()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "*.md\n");
        folder.Write("stories/.gitignore", "*.txt\n");
        folder.Write("stories/a.md", "A.");
        folder.Write("stories/b.txt", "A.");

        Assert.Equal(["stories/a.md"], Found(folder, "stories"));
    }

    [Fact]
    public void A_linked_folder_is_not_followed_so_a_link_loop_ends()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.md", "A.");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(folder.Path, "stories", "loop"), folder.Path);

        Assert.Equal(["stories/a.md"], Found(folder));
    }
}

using Lint.Workspace.Configuration;
using Lint.Workspace.Vale;

namespace Lint.Workspace.Tests.Vale;

public class IniFileTests
{
    private static (IniFile File, List<ConfigError> Errors) Parse(string text)
    {
        var errors = new List<ConfigError>();
        return (IniFile.Parse(text, ".vale.ini", errors), errors);
    }

    [Fact]
    public void Core_keys_come_before_the_first_section_and_sections_keep_their_order()
    {
        var (file, errors) = Parse("StylesPath = styles\n\n[*]\nBasedOnStyles = Vale\n[*.md]\nVale.Spelling = NO\n");

        Assert.Empty(errors);
        Assert.Equal(["", "*", "*.md"], file.Sections.Select(s => s.Name));
        Assert.Equal("styles", file.Core.Last("StylesPath")!.Value);
        Assert.Equal("NO", file.Section("*.md")!.Last("Vale.Spelling")!.Value);
    }

    [Fact]
    public void Comments_inline_comments_after_a_space_quotes_and_colons_read_as_vales_ini_library_reads_them()
    {
        var (file, errors) = Parse("# comment\n; another\nStylesPath = \"ci/vale styles\"\nMinAlertLevel: warning # the floor\nTokenIgnores = a#b\n");

        Assert.Empty(errors);
        Assert.Equal("ci/vale styles", file.Core.Last("StylesPath")!.Value);
        Assert.Equal("warning", file.Core.Last("MinAlertLevel")!.Value);
        Assert.Equal("a#b", file.Core.Last("TokenIgnores")!.Value);
    }

    [Fact]
    public void A_trailing_backslash_continues_a_value_and_lists_split_at_commas()
    {
        var (file, _) = Parse("[*.md]\nBlockIgnores = (?s)a.*?b, \\\n  (?s)c.*?d\nBasedOnStyles = Vale,  House ,\n");

        var section = file.Section("*.md")!;
        Assert.Equal(["(?s)a.*?b", "(?s)c.*?d"], section.List("BlockIgnores").Select(e => e.Value));
        Assert.Equal(["Vale", "House"], section.List("BasedOnStyles").Select(e => e.Value));
    }

    [Fact]
    public void A_section_written_twice_is_one_section_and_a_repeated_key_keeps_every_value()
    {
        var (file, _) = Parse("[*]\nBasedOnStyles = A\n[*.md]\nX.Y = NO\n[*]\nBasedOnStyles = B\n");

        Assert.Equal(["", "*", "*.md"], file.Sections.Select(s => s.Name));
        Assert.Equal(["A", "B"], file.Section("*")!.List("BasedOnStyles").Select(e => e.Value));
    }

    [Theory]
    [InlineData("StylesPath\n", 1, "Expected 'key = value' or a '[section]', not 'StylesPath'.")]
    [InlineData("[*]\nBasedOnStyles = Vale\n[]\n", 3, "A section header needs a name")]
    [InlineData("\n\n[*.md\n", 3, "A section header needs a name")]
    public void A_line_that_is_neither_a_key_nor_a_section_is_an_error_at_its_line(string text, int line, string message)
    {
        var (_, errors) = Parse(text);

        var error = Assert.Single(errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_located_at_their_first_character()
    {
        var (file, _) = Parse("[*]\n  MinAlertLevel =   loud\n");

        var entry = file.Section("*")!.Last("MinAlertLevel")!;
        Assert.Equal((2, 21), (entry.Line, entry.Column));
    }

    [Fact]
    public void Merging_a_global_file_under_a_project_file_replaces_single_keys_and_adds_up_lists()
    {
        var (global, _) = Parse("MinAlertLevel = error\n[*]\nBasedOnStyles = Vale\n");
        var (project, _) = Parse("MinAlertLevel = warning\n[*]\nBasedOnStyles = House\n");

        var merged = IniFile.Merge(global, project, key => key == "BasedOnStyles");

        Assert.Equal(["warning"], merged.Core.Entries.Where(e => e.Key == "MinAlertLevel").Select(e => e.Value));
        Assert.Equal(["Vale", "House"], merged.Section("*")!.List("BasedOnStyles").Select(e => e.Value));
    }
}

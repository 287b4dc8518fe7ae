using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;
using Lint.Workspace.Loading;

namespace Lint.Workspace.Tests.Loading;

/// <summary>A rules folder read from disk is the styles folder (Vale's StylesPath) its spelling rules find their dictionaries and word lists in.</summary>
public class RuleFilesOnDiskTests
{
    [Fact]
    public void A_spelling_rule_reads_its_dictionary_and_ignore_file_from_its_rules_folder()
    {
        using var folder = new TempFolder();
        folder.Write("House/Spelling.yml", "extends: spelling\nmessage: \"'%s'?\"\ndictionaries: [en_test]\nignore: names.txt\n");
        folder.Write("config/dictionaries/en_test.aff", "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
        folder.Write("config/dictionaries/en_test.dic", "3\nzorb/S\nmet\nand\n");
        folder.Write("config/ignore/names.txt", "Vexlan\n");
        var problems = new List<string>();

        var set = RuleCatalog.Load(new RuleOptions([folder.Path], UseDefaults: false), problems);

        Assert.Empty(problems);
        Assert.Empty(set.Errors);
        const string story = "Vexlan met zorbs and teh zorb.";
        var document = new PlainTextParser().Parse("story.txt", new SourceText(story));
        var found = new AnalyzerDriver([Assert.Single(set.Rules).Analyzer]).Analyze(document);
        Assert.Equal("teh", story.Substring(Assert.Single(found).Location.Span.Start, 3));
    }
}

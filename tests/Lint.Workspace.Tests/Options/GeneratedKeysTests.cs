using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Rules.Loading.Options;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Tests.Options;

/// <summary>
/// The JSON Schemas under <c>schemas/</c> and the key tables of the README are written from the loader's key
/// declarations, so docs, editors and loader cannot drift apart: each test fails when a checked-in file differs
/// from what the declarations give. Run with <c>LINT_WRITE_GENERATED=1</c> to write them instead.
/// </summary>
public class GeneratedKeysTests
{
    private static readonly bool Write = Environment.GetEnvironmentVariable("LINT_WRITE_GENERATED") == "1";

    public static TheoryData<string> Schemas => ["rules.schema.json", "lint-config.schema.json"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void The_checked_in_schema_is_what_the_declarations_write(string name) =>
        Check(Path.Combine(RepositoryRoot.Path, "schemas", name), name == "rules.schema.json" ? RuleKeys.Schema() : ConfigKeys.Schema());

    [Fact]
    public void The_README_key_tables_are_what_the_declarations_write()
    {
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var tables = new Dictionary<string, string>
        {
            ["config-keys"] = OptionDocs.Table(ConfigKeys.File.Keys) + "\nIn each entry of `overrides`:\n\n" + OptionDocs.Table(ConfigKeys.Override.Keys),
            ["rule-keys"] = OptionDocs.Table(RuleKeys.Common),
            ["kind-keys"] = OptionDocs.Table(KindKeys.All, kinds: true),
            ["nested-keys"] = string.Join("\n", RuleKeys.Nested.Select(t => $"A {t.Name}:\n\n{OptionDocs.Table(t.Keys)}")),
        };

        foreach (var (marker, table) in tables)
        {
            Assert.Contains($"<!-- {marker}:start -->", readme, StringComparison.Ordinal);
            readme = Section(marker).Replace(readme, m => $"<!-- {marker}:start -->\n{table}<!-- {marker}:end -->");
        }

        Check(path, readme);
    }

    private static Regex Section(string marker) => new($"<!-- {marker}:start -->\\n.*?<!-- {marker}:end -->", RegexOptions.Singleline);

    private static void Check(string path, string generated)
    {
        if (Write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with LINT_WRITE_GENERATED=1 to write it.");
        Assert.True(File.ReadAllText(path) == generated, $"{path} is not what the key declarations write: run the tests with LINT_WRITE_GENERATED=1 and commit the result.");
    }
}

using NJsonSchema;

namespace Lint.Workspace.Tests.Options;

/// <summary>
/// The checked-in schemas accept what the loader accepts and refuse what it refuses: every rule of the default
/// pack, the README's sample <c>.lint.yaml</c> and Vale-style rules pass; a key of the wrong kind, a bad level
/// and a misspelt config key do not.
/// </summary>
public class SchemaValidationTests
{
    private static readonly string Rules = Path.Combine(RepositoryRoot.Path, "rules");

    private static readonly Lazy<JsonSchema> RuleSchema = new(() => Load("rules.schema.json"));

    private static readonly Lazy<JsonSchema> ConfigSchema = new(() => Load("lint-config.schema.json"));

    public static TheoryData<string> PackRules =>
        [.. Directory.GetFiles(Rules, "*.yml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "lists.yml")
            .Select(f => Path.GetRelativePath(Rules, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PackRules))]
    public void Every_rule_of_the_default_pack_is_valid(string rule) =>
        AssertValid(RuleSchema.Value, File.ReadAllText(Path.Combine(Rules, rule)));

    [Fact]
    public void The_README_sample_config_is_valid()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf("```yaml\nextends: ../.lint.yaml", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README's sample .lint.yaml is gone");
        var body = readme[(start + "```yaml\n".Length)..readme.IndexOf("```", start + 7, StringComparison.Ordinal)];

        AssertValid(ConfigSchema.Value, body);
    }

    [Theory]
    [InlineData("extends: existence\nmessage: m\ntokens: [a]\nlimit: 3\nvocab: false\nappend: true\nraw: ['\\b']\n")]
    [InlineData("extends: substitution\nmessage: m\nswap:\n  a: b\naction:\n  name: replace\n")]
    [InlineData("extends: existence\nmessage: m\ntokens: [a]\naction:\n  name: edit\n  params: [trim_right, '.']\n")]
    public void Vale_style_rules_are_valid(string yaml) => AssertValid(RuleSchema.Value, yaml);

    [Theory]
    [InlineData("extends: existence\nmessage: m\ntokens: [a]\nswap:\n  a: b\n")]
    [InlineData("extends: substitution\nmessage: m\nswap:\n  a: b\nlevel: fatal\n")]
    [InlineData("extends: shouting\nmessage: m\n")]
    [InlineData("extends: repetition\nmessage: m\nquotes: skip\n")]
    [InlineData("extends: duplicates\nmessage: m\nmin: 1\n")]
    [InlineData("extends: sequence\nmessage: m\ntokens:\n  - word: [a]\n    colour: red\n")]
    public void A_rule_the_loader_refuses_is_invalid(string yaml) => Assert.NotEmpty(RuleSchema.Value.Validate(Json(yaml)));

    [Theory]
    [InlineData("min-levle: warning\n")]
    [InlineData("fail-level: fatal\n")]
    [InlineData("min-level: none\n")]
    [InlineData("overrides:\n  - files: x\n    fail-level: none\n")]
    [InlineData("severity:\n  Newsroom.Spellings: loud\n")]
    public void A_config_the_loader_refuses_is_invalid(string yaml) => Assert.NotEmpty(ConfigSchema.Value.Validate(Json(yaml)));

    private static void AssertValid(JsonSchema schema, string yaml)
    {
        var errors = schema.Validate(Json(yaml));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")));
    }

    private static string Json(string yaml) => YamlJson.Read(yaml)?.ToJsonString() ?? "{}";

    private static JsonSchema Load(string name) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", name))).GetAwaiter().GetResult();
}

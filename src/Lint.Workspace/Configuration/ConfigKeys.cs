using Lint.Rules.Loading.Options;

namespace Lint.Workspace.Configuration;

/// <summary>
/// Every key a <c>.lint.yaml</c> may have, declared once: the loader reads config files against these
/// declarations, and <c>lint-config.schema.json</c> and the README's key table are written from them.
/// </summary>
public static class ConfigKeys
{
    private static readonly OptionKey[] Switches =
    [
        new("disable", OptionType.List, "Rule ids or whole styles to turn off."),
        new("enable", OptionType.List, "Rule ids or whole styles to turn on (a rule's own setting beats its style's; `AP` is shipped off)."),
        new("severity", OptionType.Pairs, "A level per rule id or style: `Newsroom.ContextTypos: error`.") { Values = LevelNames.Shown },
    ];

    /// <summary>An entry of <c>overrides</c>.</summary>
    public static readonly KeyTable Override = new("override",
    [
        new("files", OptionType.List, "Globs relative to the config file's folder (`**` is any depth): the files the override applies to.") { Required = true },
        .. Switches,
    ]);

    public static readonly KeyTable File = new("config file",
    [
        new("extends", OptionType.Text, "Another config file to start from: a path relative to this file, or its folder."),
        new("rules", OptionType.List, "More rule folders (`Style/Name.yml`), relative to this file."),
        new("default-rules", OptionType.Flag, "Use the default newsroom pack (`false`: only the folders in `rules`).") { Default = "true" },
        .. Switches,
        new("overrides", OptionType.Mappings, "The same rule keys for some files only, applied in order after the top-level ones.") { Items = Override },
        new("ignore", OptionType.List, "Globs of files that are not linted at all."),
        new("fail-level", OptionType.Text, "The lowest severity of a shown finding that makes `lint check` exit 1 (`none`: never).") { Values = LevelNames.Fail, Default = "error" },
        new("min-level", OptionType.Text, "The lowest severity shown.") { Values = LevelNames.Shown, Default = "suggestion" },
    ]);

    /// <summary><c>lint-config.schema.json</c>: the JSON Schema of a <c>.lint.yaml</c>, for editors.</summary>
    public static string Schema() => OptionSchema.ForFile(
        File,
        "Lint configuration",
        "A .lint.yaml for Lint, the editorial linter. Written from Lint's key declarations (src/Lint.Workspace/Configuration/ConfigKeys.cs).");
}

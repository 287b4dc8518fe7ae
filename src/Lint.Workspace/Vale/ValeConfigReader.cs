using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;

namespace Lint.Workspace.Vale;

/// <summary>
/// Reads a <c>.vale.ini</c> (with Vale's global configuration under it, when given) into a <see cref="ValeConfig"/>.
/// Keys Vale has that Lint has no use for (<c>WordTemplate</c>, <c>NLPEndpoint</c>, ...) are accepted; an
/// unknown key, a bad level, a bad glob or pattern, or a <c>StylesPath</c> that does not exist is an error
/// at its line and column, and the rest still reads.
/// </summary>
public static class ValeConfigReader
{
    private static readonly string[] CoreKeys =
        ["StylesPath", "MinAlertLevel", "Vocab", "Project", "Packages", "IgnoredScopes", "SkippedScopes", "IgnoredClasses",
         "WordTemplate", "DictionaryPath", "NLPEndpoint", "LTPath", "SphinxBuildPath", "SphinxAutoBuild", "ProcessTimeout"];

    private static readonly string[] SectionKeys = ["BasedOnStyles", "BlockIgnores", "TokenIgnores", "IgnorePatterns", "Transform", "Lang", "CommentDelimiters"];

    private static readonly string[] ListKeys =
        ["Vocab", "Packages", "IgnoredScopes", "SkippedScopes", "IgnoredClasses", "BasedOnStyles", "BlockIgnores", "TokenIgnores"];

    /// <summary>Reads <paramref name="paths"/>, each under the next (Vale's global configuration first, the project's last).</summary>
    public static ValeConfig? Read(IReadOnlyList<string> paths, List<ConfigError> errors)
    {
        IniFile? ini = null;
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = BoundedFile.ReadText(path, ConfigLimits.MaxBytes);
            }
            catch (RefusedFileException ex)
            {
                errors.Add(new ConfigError(ArticleReader.DisplayPath(path), 1, 1, $"The Vale configuration {ex.Message}; it was not read."));
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ConfigError(ArticleReader.DisplayPath(path), 1, 1, $"The Vale configuration could not be read: {ex.Message}"));
                return null;
            }

            var read = IniFile.Parse(text, ArticleReader.DisplayPath(path), errors);
            ini = ini is null ? read : IniFile.Merge(ini, read, k => ListKeys.Contains(k, StringComparer.Ordinal));
        }

        return ini is null ? null : Read(ini, Path.GetFullPath(paths[^1]), errors);
    }

    private static ValeConfig Read(IniFile ini, string fullPath, List<ConfigError> errors)
    {
        var core = ini.Core;
        foreach (var entry in core.Entries.Where(e => !CoreKeys.Contains(e.Key, StringComparer.Ordinal)))
        {
            errors.Add(new ConfigError(entry.Path, entry.Line, 1, $"Unknown core setting '{entry.Key}'. Known: {string.Join(", ", CoreKeys)}."));
        }

        var warnings = new List<ConfigError>();
        var formats = ValeFormats.Read(ini.Section("formats")?.Entries ?? [], warnings);

        var sections = ini.Sections.Where(s => s.Name is not ("" or "formats" or "DEFAULT")).Select(s => ReadSection(s, errors)).OfType<ValeSection>().ToList();
        return new ValeConfig(
            fullPath,
            StylesPath(core.Last("StylesPath"), Path.GetDirectoryName(fullPath)!, errors),
            Level(core.Last("MinAlertLevel"), errors),
            core.List("Vocab").Concat(core.List("Project")).ToList(),
            core.List("Packages"),
            formats,
            ValeScopes.Read(core, "IgnoredScopes", ValeScopes.DefaultIgnored, warnings),
            ValeScopes.Read(core, "SkippedScopes", ValeScopes.DefaultSkipped, warnings),
            sections)
        {
            Warnings = warnings,
        };
    }

    private static ValeSection? ReadSection(IniSection section, List<ConfigError> errors)
    {
        if (ValeGlob.TryCreate(section.Name, out var problem) is not { } glob)
        {
            errors.Add(new ConfigError(section.Entries.FirstOrDefault()?.Path ?? string.Empty, section.Line, 1, problem!));
            return null;
        }

        var rules = new List<ValeRuleSetting>();
        foreach (var entry in section.Entries.Where(e => !SectionKeys.Contains(e.Key, StringComparer.Ordinal)))
        {
            if (!entry.Key.Contains('.'))
            {
                errors.Add(new ConfigError(entry.Path, entry.Line, 1, $"Unknown setting '{entry.Key}' in [{section.Name}]: a section takes {string.Join(", ", SectionKeys)} or 'Style.Rule = NO|YES|suggestion|warning|error'."));
            }
            else if (entry.Value is "YES" or "NO")
            {
                rules.Add(new ValeRuleSetting(new ConfigEntry(entry.Key, entry.Path, entry.Line, 1), entry.Value == "YES", null));
            }
            else if (LevelNames.TryParse(entry.Value, allowNone: false, out var level))
            {
                rules.Add(new ValeRuleSetting(new ConfigEntry(entry.Key, entry.Path, entry.Line, 1), true, level));
            }
            else
            {
                errors.Add(new ConfigError(entry.Path, entry.Line, entry.Column, $"'{entry.Key}' must be YES, NO, suggestion, warning or error, not '{entry.Value}'."));
            }
        }

        var styles = section.Entries.Any(e => e.Key == "BasedOnStyles") ? section.List("BasedOnStyles") : null;
        var blocks = section.List("BlockIgnores").Select(p => Pattern(p, errors)).OfType<Regex>().ToList();
        var tokens = section.List("TokenIgnores").Concat(section.List("IgnorePatterns")).Select(p => Pattern(p, errors)).OfType<Regex>();
        return new ValeSection(glob, styles, rules, [.. blocks, .. tokens]) { BlockIgnores = blocks };
    }

    private static Regex? Pattern(ConfigEntry entry, List<ConfigError> errors)
    {
        try
        {
            return new Regex(entry.Value.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            errors.Add(entry.Error($"The pattern '{entry.Value}' is not a valid regular expression: {ex.Message}"));
            return null;
        }
    }

    private static Severity? Level(IniEntry? entry, List<ConfigError> errors)
    {
        if (entry is null)
        {
            return null;
        }

        if (LevelNames.TryParse(entry.Value, allowNone: false, out var level))
        {
            return level;
        }

        errors.Add(new ConfigError(entry.Path, entry.Line, entry.Column, $"MinAlertLevel must be 'suggestion', 'warning', or 'error', not '{entry.Value}'."));
        return null;
    }

    /// <summary>StylesPath relative to the file; without one, VALE_STYLES_PATH, then Vale's default folder.</summary>
    private static string? StylesPath(IniEntry? entry, string directory, List<ConfigError> errors)
    {
        if (entry is null)
        {
            return ValeLocations.DefaultStylesPath();
        }

        var full = Path.GetFullPath(Path.Combine(directory, entry.Value));
        if (Directory.Exists(full))
        {
            return full;
        }

        errors.Add(new ConfigError(entry.Path, entry.Line, entry.Column, $"StylesPath '{entry.Value}' does not exist."));
        return null;
    }
}

using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// Turns a <see cref="ValeConfig"/> into Lint's own <see cref="ConfigFile"/>, so that <c>lint check</c>, <c>lint vale</c>
/// and the servers plan and post-process a Vale configuration as they do a <c>.lint.yaml</c>. Each style a
/// section names is the rule folder <c>StylesPath/Style</c>; the default pack is not used. Rules follow
/// Vale's precedence, as layers in order: every named style off, then the styles of <c>[*]</c> for files no
/// other section with <c>BasedOnStyles</c> matches, then each such section's styles (the last matching one
/// wins), then the rule settings of <c>[*]</c>, then those of each matching section. A level set anywhere
/// is the rule's level everywhere, as in Vale.
/// </summary>
public static class ValeTranslation
{
    public static ConfigFile ToConfigFile(ValeConfig vale, List<ConfigError> errors)
    {
        var directory = vale.Directory;
        var generated = new List<RuleSource>();
        var folders = new List<string>();
        var styles = new List<ConfigEntry>();
        foreach (var package in vale.Packages)
        {
            generated.AddRange(ValePackages.Read(package, vale, errors));
        }

        generated.AddRange(ValeVocabulary.Rules(vale, errors));
        generated.AddRange(ValeBuiltins.Rules(vale, ValeVocabulary.Accepted(vale)));
        var named = vale.Sections.SelectMany(s => (s.BasedOnStyles ?? []).Concat(s.Rules.Select(r => r.Rule with { Value = r.Rule.Value[..r.Rule.Value.IndexOf('.')] })));
        foreach (var style in named.DistinctBy(s => s.Value, StringComparer.Ordinal))
        {
            var folder = vale.StylesPath is null ? null : Path.Combine(vale.StylesPath, style.Value);
            if (folder is not null && Directory.Exists(folder))
            {
                folders.Add(Path.GetFullPath(folder));
            }
            else if (!generated.Any(g => g.Id.StartsWith(style.Value + ".", StringComparison.Ordinal)))
            {
                if (style.Value != "Vale")
                {
                    errors.Add(style.Error(vale.StylesPath is null
                        ? $"The style '{style.Value}' cannot be found: the configuration has no StylesPath and Vale's default styles folder does not exist."
                        : $"No style '{style.Value}' in StylesPath ({ArticleReaderPath(vale.StylesPath)}); a package needs 'vale sync' first, or name its zip file or folder in Packages."));
                }

                continue;
            }

            styles.Add(style);
        }

        // A style only a package or the vocabulary brings (Vale's own) is off too unless a section names it.
        var display = Input.ArticleReader.DisplayPath(vale.Path);
        foreach (var style in generated.Select(g => g.Id[..g.Id.IndexOf('.')]).Distinct(StringComparer.Ordinal).Where(s => !styles.Any(n => n.Value == s)))
        {
            styles.Add(new ConfigEntry(style, display, 1, 1));
        }

        var known = styles.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        bool Loaded(string target) => known.Contains(target.Contains('.') ? target[..target.IndexOf('.')] : target);
        var levels = vale.Sections.SelectMany(s => s.Rules).Where(r => r.Level is not null && Loaded(r.Rule.Value)).Select(r => (r.Rule, r.Level!.Value)).ToList();
        var top = new RuleSwitches([], styles, levels);
        var based = vale.Sections.Where(s => s.BasedOnStyles is not null).ToList();
        var overrides = new List<ConfigOverride>();
        foreach (var section in based)
        {
            var later = based.Skip(based.IndexOf(section) + 1).Where(s => !s.IsGlobal).ToList();
            var others = section.IsGlobal ? based.Where(s => !s.IsGlobal).ToList() : later;
            var files = Globs.Where(directory, [], path => (section.IsGlobal || Matches(section, directory, path)) && !others.Any(o => Matches(o, directory, path)));
            overrides.Add(new ConfigOverride(files, new RuleSwitches([.. section.BasedOnStyles!.Where(s => known.Contains(s.Value))], [], [])));
        }

        foreach (var section in vale.Sections.OrderBy(s => s.IsGlobal ? 0 : 1))
        {
            var rules = section.Rules.Where(r => Loaded(r.Rule.Value)).ToList();
            var files = Globs.Where(directory, [], path => Matches(section, directory, path));
            overrides.Add(new ConfigOverride(files, new RuleSwitches([.. rules.Where(r => r.On).Select(r => r.Rule)], [.. rules.Where(r => !r.On).Select(r => r.Rule)], [])));
        }

        var ignores = vale.Sections.SelectMany(s => s.Ignores.Select(p => new TextIgnore(Globs.Where(directory, [], path => Matches(s, directory, path)), p) { Block = s.BlockIgnores.Contains(p) }))
            .Concat(ValeVocabulary.Exceptions(vale)).ToList();
        return new ConfigFile(vale.Path, null, folders, false, top, overrides, new Globs(directory, []), (null, false), vale.MinAlertLevel)
        {
            RuleSources = generated,
            TextIgnores = ignores,
            ChecksTargets = false,
            Parsing = new ParseOptions
            {
                Formats = vale.Formats,
                IgnoredScopes = vale.IgnoredScopes.ToHashSet(StringComparer.Ordinal),
                SkippedScopes = vale.SkippedScopes.ToHashSet(StringComparer.Ordinal),
            },
            Warnings = vale.Warnings,
        };
    }

    /// <summary>Whether a section's glob matches a file, by its path relative to the configuration's folder.</summary>
    public static bool Matches(ValeSection section, string directory, string fullPath) =>
        section.Glob.Matches(Path.GetRelativePath(directory, fullPath));

    private static string ArticleReaderPath(string path) => Input.ArticleReader.DisplayPath(path);
}

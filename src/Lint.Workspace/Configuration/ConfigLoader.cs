using Lint.Workspace.Input;
using Lint.Workspace.Vale;
using Lint.Rules.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Workspace.Configuration;

/// <summary>
/// Reads <c>.lint.yaml</c> files, each once, following <c>extends</c> (a path relative to the file) and
/// refusing cycles. Broken YAML, unknown keys, values of the wrong kind, missing files and folders are
/// errors with the file, line and column; a file with errors still loads as far as it can. A Vale
/// configuration (<c>.vale.ini</c> and Vale's other names) is read as Vale reads it and turned into the same
/// <see cref="ConfigFile"/> (<see cref="ValeTranslation"/>), whether found, extended or given. Files are read
/// within <see cref="ConfigLimits"/>, and <c>extends</c> and <c>rules</c> stay inside the repository
/// (<see cref="TrustBoundary"/>) unless <see cref="AllowOutsideRepository"/>; <c>extends</c> names a YAML
/// file or a Vale configuration, so no other kind of file is ever read as configuration or quoted in an error.
/// </summary>
public sealed class ConfigLoader
{
    private readonly Dictionary<string, ConfigFile?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);
    private readonly Stack<string> _repositories = new();

    /// <summary>Whether <c>extends</c> and <c>rules</c> may reach outside the repository (<c>--allow-outside-repo</c>).</summary>
    public bool AllowOutsideRepository { get; init; }

    public List<ConfigError> Errors { get; } = [];

    /// <summary>Every config file loaded so far, in the order loaded.</summary>
    public IEnumerable<ConfigFile> Loaded => _loaded.Values.OfType<ConfigFile>();

    public ConfigFile? Load(string fullPath)
    {
        if (_loaded.TryGetValue(fullPath, out var known))
        {
            return known;
        }

        _loading.Add(fullPath);
        _repositories.Push(_repositories.Count == 0 ? TrustBoundary.RepositoryOf(fullPath) : _repositories.Peek());
        var file = ValeConfig.IsValeFile(fullPath) ? LoadVale([fullPath]) : Read(fullPath);
        _repositories.Pop();
        _loading.Remove(fullPath);
        _loaded[fullPath] = file;
        return file;
    }

    /// <summary>A Vale configuration from its files, each under the next (Vale's global one first); each set read once.</summary>
    public ConfigFile? LoadVale(IReadOnlyList<string> fullPaths)
    {
        var key = string.Join('\n', fullPaths);
        if (!_loaded.TryGetValue(key, out var file))
        {
            var vale = ValeConfigReader.Read(fullPaths, Errors);
            _loaded[key] = file = vale is null ? null : ValeTranslation.ToConfigFile(vale, Errors);
        }

        return file;
    }

    private ConfigFile? Read(string fullPath)
    {
        var display = ArticleReader.DisplayPath(fullPath);
        var directory = Path.GetDirectoryName(fullPath)!;
        var mapping = Parse(fullPath, display);
        if (mapping is null)
        {
            return null;
        }

        var node = new ConfigNode(mapping, display, Errors);
        var extends = ReadExtends(node, directory);
        var folders = new List<string>();
        foreach (var folder in node.GetList("rules"))
        {
            var full = Path.GetFullPath(Path.Combine(directory, folder.Value));
            if (Directory.Exists(full) && !Allowed(full))
            {
                Errors.Add(folder.Error(Outside("'rules' names", folder.Value)));
            }
            else if (Directory.Exists(full))
            {
                folders.Add(full);
            }
            else
            {
                Errors.Add(folder.Error($"No rules folder '{folder.Value}' next to this file."));
            }
        }

        var defaultRules = node.GetBool("default-rules");
        var switches = RuleSwitches.Read(node);
        var overrides = node.GetMappings("overrides").Select(o => ConfigOverride.Read(o, directory)).OfType<ConfigOverride>().ToList();
        var ignore = new Globs(directory, node.GetList("ignore"));
        var failLevel = node.GetLevel("fail-level");
        var minLevel = node.GetLevel("min-level").Level;
        node.ReportUnknownKeys("in a config file");
        return new ConfigFile(fullPath, extends, folders, defaultRules, switches, overrides, ignore, failLevel, minLevel);
    }

    private ConfigFile? ReadExtends(ConfigNode node, string directory)
    {
        if (node.GetScalar("extends") is not { } extends)
        {
            return null;
        }

        var target = Path.GetFullPath(Path.Combine(directory, extends.Value));
        if (Directory.Exists(target))
        {
            target = Path.Combine(target, ConfigFile.FileName);
        }

        if (!File.Exists(target))
        {
            Errors.Add(extends.Error($"'extends' names '{extends.Value}', but there is no such file."));
            return null;
        }

        if (!Allowed(target))
        {
            Errors.Add(extends.Error(Outside("'extends' names", extends.Value)));
            return null;
        }

        if (Path.GetExtension(target) is not (".yaml" or ".yml") && !ValeConfig.IsValeFile(target))
        {
            Errors.Add(extends.Error($"'extends' names '{extends.Value}', which is neither a YAML file (.yaml or .yml) nor a Vale configuration (.vale.ini); it was not read."));
            return null;
        }

        if (_loading.Contains(target))
        {
            Errors.Add(extends.Error($"'extends' goes round in a circle back to '{extends.Value}'."));
            return null;
        }

        return Load(target);
    }

    private YamlMappingNode? Parse(string fullPath, string display)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(BoundedFile.ReadText(fullPath, ConfigLimits.MaxBytes), ConfigLimits.MaxDepth, "the configuration nesting limit (MaxConfigDepth)"));
        }
        catch (DepthLimitedParser.TooDeepException ex)
        {
            Errors.Add(new ConfigError(display, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), Clean(ex.Message)));
            return null;
        }
        catch (FileTooLargeException)
        {
            Errors.Add(new ConfigError(display, 1, 1, $"The file has more than {FileTooLargeException.Megabytes(ConfigLimits.MaxBytes)}, the most a configuration file may have (MaxConfigBytes); it was not read."));
            return null;
        }
        catch (RefusedFileException ex)
        {
            Errors.Add(new ConfigError(display, 1, 1, $"The file {ex.Message}; it was not read."));
            return null;
        }
        catch (YamlException ex)
        {
            Errors.Add(new ConfigError(display, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), $"The file is not valid YAML: {Clean(ex.Message)}"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            Errors.Add(new ConfigError(display, 1, 1, $"The file could not be read as YAML: {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            Errors.Add(new ConfigError(display, (int)Math.Max(1, root.Start.Line), (int)Math.Max(1, root.Start.Column), "A config file must be a mapping of keys (rules, enable, disable, severity, ...)."));
            return null;
        }

        return mapping;
    }

    private bool Allowed(string path) => AllowOutsideRepository || TrustBoundary.Contains(_repositories.Peek(), path);

    private string Outside(string what, string value) =>
        $"{what} '{value}', which is outside the repository ({_repositories.Peek()}); Lint reads configuration and rules only inside it unless run with --allow-outside-repo.";

    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}

using Lint.Rules.Loading;
using Lint.Workspace.Loading;

namespace Lint.Benchmarks;

/// <summary>The seed stories and the default rule pack, found from the repository root.</summary>
internal static class Seeds
{
    public static string Root { get; } = FindRoot();

    public static string[] Stories { get; } =
        Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>The default rule pack, loaded as <c>lint check</c> loads it.</summary>
    public static RuleSet LoadRules() => RuleLoader.Load(RuleDirectory.Read(Path.Combine(Root, "rules")));

    /// <summary>The rules a plain <c>lint check</c> runs: the pack without the styles that are off by default (AP).</summary>
    public static IReadOnlyList<LoadedRule> DefaultRules() => [.. LoadRules().Rules.Where(r => r.Definition.EnabledByDefault)];

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}

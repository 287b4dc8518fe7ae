using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Properties.Tests;

/// <summary>The rules of the default pack that run when no configuration says otherwise (as <c>lint check</c> and <c>lint fix</c> run them), loaded once.</summary>
internal static class DefaultPack
{
    private static readonly Lazy<AnalyzerDriver> Loaded = new(Load);

    public static AnalyzerDriver Driver => Loaded.Value;

    private static AnalyzerDriver Load()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "rules");
        var sources = Directory.GetFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file =>
        {
            var style = Path.GetFileName(Path.GetDirectoryName(file))!;
            return new RuleSource(file, $"{style}.{Path.GetFileNameWithoutExtension(file)}", File.ReadAllText(file));
        });
        var set = RuleLoader.Load(sources);
        Assert.Empty(set.Errors);
        return new AnalyzerDriver(set.Rules.Where(r => r.Definition.EnabledByDefault).Select(r => r.Analyzer));
    }
}

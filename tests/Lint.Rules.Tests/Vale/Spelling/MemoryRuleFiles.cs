using System.Text;
using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale.Spelling;

/// <summary>Rule files held in memory, for tests: paths as a rule would resolve them, with the styles folder at <c>styles</c>.</summary>
internal sealed class MemoryRuleFiles(Dictionary<string, string> files, string? dictionaryPath = null) : RuleFiles
{
    public override string StylesPath => "styles";

    public override string? DictionaryPath => dictionaryPath;

    public override byte[]? Read(string path) => files.TryGetValue(path, out var text) ? Encoding.UTF8.GetBytes(text) : null;

    public override bool IsFolder(string path) => files.Keys.Any(f => f.StartsWith(path + "/", StringComparison.Ordinal));
}

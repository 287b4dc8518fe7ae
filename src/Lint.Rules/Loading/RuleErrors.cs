using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Loading;

/// <summary>
/// The errors found while loading one rule file, and the limits it is held to. Notes are things worth
/// saying that do not stop the rule from loading (a Vale key Lint reads but does not use).
/// </summary>
public sealed class RuleErrors(string path, RuleLimits? limits = null)
{
    private readonly List<RuleError> _errors = [];
    private readonly List<RuleError> _notes = [];

    public string Path { get; } = path;

    public RuleLimits Limits { get; } = limits ?? RuleLimits.Default;

    public IReadOnlyList<RuleError> All => _errors;

    public IReadOnlyList<RuleError> Notes => _notes;

    public bool Any => _errors.Count > 0;

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) => Add(ToInt(mark.Line), ToInt(mark.Column), message);

    public void Add(int line, int column, string message) => _errors.Add(new RuleError(Path, line, column, message));

    public void Note(YamlNode node, string message) => _notes.Add(new RuleError(Path, ToInt(node.Start.Line), ToInt(node.Start.Column), message));

    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);
}

using Lint.Diagnostics;
using Lint.Rules.Examples;

namespace Lint.Rules.Loading;

/// <summary>
/// The keys every rule has, whatever its kind: what Roslyn keeps in a DiagnosticDescriptor, plus its examples
/// and whether it runs when no configuration names it (<c>enabled: false</c> ships a rule off, as Roslyn's
/// <c>isEnabledByDefault</c> does: a <c>.lint.yaml</c> turns it on with <c>enable</c>, by id or by style), and
/// whether its fixes are safe to apply unasked (<see cref="FixLevel"/>, the <c>fixlevel:</c> key).
/// </summary>
public sealed record RuleDefinition(
    string Id,
    string Kind,
    string Message,
    Severity Level,
    string Description,
    string? Link,
    RuleScope Scope,
    string SourcePath,
    IReadOnlyList<RuleExample> Examples,
    bool EnabledByDefault = true,
    FixLevel Fix = FixLevel.Editorial)
{
    /// <summary>Vale's <c>limit</c>: the most findings the rule reports in one article; null for no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>Vale's <c>action</c> name when the kind carries it out (<c>remove</c> on an existence rule); null otherwise.</summary>
    public string? Action { get; init; }

    public DiagnosticDescriptor ToDescriptor() => new(Id, Title(), Description, Level, Link, SourcePath) { Limit = Limit, MessageFormat = Message };

    private string Title()
    {
        var text = Description.Length > 0 ? Description : Message.Replace("%s", "…", StringComparison.Ordinal);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? text[..(end + 1)] : text).Trim();
    }
}

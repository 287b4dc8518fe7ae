using Lint.Rules.Loading;
using Lint.Workspace.Findings;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>A rule provider that throws while <see cref="Broken"/> is set, as a rule folder on a failing disk might.</summary>
internal sealed class FlakyRules(IRuleSetProvider inner) : IRuleSetProvider
{
    private volatile bool _broken = true;

    public bool Broken
    {
        get => _broken;
        set => _broken = value;
    }

    public RuleSet GetRules(string? documentPath) =>
        _broken ? throw new IOException("The rules folder could not be read.") : inner.GetRules(documentPath);

    public ArticleSettings GetSettings(string? documentPath) =>
        _broken ? throw new IOException("The configuration could not be read.") : inner.GetSettings(documentPath);

    public void Reload() => inner.Reload();
}

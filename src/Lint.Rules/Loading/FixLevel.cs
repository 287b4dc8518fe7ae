namespace Lint.Rules.Loading;

/// <summary>
/// How far a rule's fix can be trusted without an editor (its <c>fixlevel:</c> key): <see cref="Safe"/> is mechanical
/// (a doubled word, spacing, doubled punctuation, a known typo) and <c>lint fix</c> applies it by default;
/// <see cref="Editorial"/> is a judgement ("claimed" to "said", a house spelling) that <c>lint fix</c> applies
/// only with <c>--include-editorial</c> or when <c>--rule</c> names the rule.
/// </summary>
public enum FixLevel
{
    Editorial,
    Safe,
}

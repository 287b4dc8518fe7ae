using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>One kind of disputable claim, as a rule file names it ("an accusation", "a prediction"), with its signals compiled.</summary>
public sealed record ClaimCategory(string Name, PatternSet Signals);

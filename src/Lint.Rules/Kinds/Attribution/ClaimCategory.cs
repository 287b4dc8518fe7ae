using Lint.Language;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// One kind of disputable claim, as a rule file names it ("an accusation", "a prediction"), with its
/// signals compiled: patterns over characters (<c>claims</c>) and phrases over lemmas (<c>phrases</c>).
/// </summary>
public sealed record ClaimCategory(string Name, PatternSet? Signals, IReadOnlyList<LemmaPhrase> Phrases);

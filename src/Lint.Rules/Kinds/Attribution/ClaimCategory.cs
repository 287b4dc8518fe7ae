using Lint.Language;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// One kind of disputable claim, as a rule file names it ("an accusation", "a prediction"), with its
/// signals compiled: patterns over characters (<c>claims</c>) and phrases over lemmas (<c>phrases</c>).
/// <paramref name="Standalone"/> (the rule's <c>standalone</c> list): the claim needs attribution of its own,
/// even in a paragraph an earlier attributed sentence makes one source's account (<c>carry: previous</c>).
/// </summary>
public sealed record ClaimCategory(string Name, PatternSet? Signals, IReadOnlyList<LemmaPhrase> Phrases, bool Standalone = false);

using Lint.Language;

namespace Lint.Rules.Kinds.Confusables;

/// <summary>
/// A word written for another that sounds or looks like it ("birth" for "berth"): the word meant, the
/// words whose nearness calls for it (a ferry, a pier), and the words of the written word's own sense (a
/// baby, a certificate), whose nearness keeps it, and the parts of speech the word meant can have.
/// </summary>
public sealed record Confusion(string Meant, IReadOnlySet<string> Cues, IReadOnlySet<string> Senses, WordTags MeantTags);

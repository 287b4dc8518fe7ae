namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>
/// A lower-case name found in a sentence from its tokens alone: tokens <see cref="First"/> to <see cref="Last"/>,
/// and the form to write. With <see cref="IfStoryPerson"/>, the word is the name only when the story names
/// that person (its form is then <see cref="Form"/>); otherwise <see cref="TitleForm"/>, when there is one, is
/// the title it stands for. Token indices, not places, so a sentence's findings stay right where it moves.
/// </summary>
internal readonly record struct ProperNounFinding(int First, int Last, string? Form, bool IfStoryPerson = false, string? TitleForm = null);

namespace Lint.Language.Spelling;

/// <summary>Something in a dictionary that Lint reads past without using (a compounding directive it does not support), at a 1-based line.</summary>
public sealed record DictionaryNote(int Line, string Message);

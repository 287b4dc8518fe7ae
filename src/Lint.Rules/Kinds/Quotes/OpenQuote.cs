namespace Lint.Rules.Kinds.Quotes;

/// <summary>A quote that is open while a paragraph is read: its opening mark, and whether a finding already names it.</summary>
internal record struct OpenQuote(int Position, char Mark, bool Reported);

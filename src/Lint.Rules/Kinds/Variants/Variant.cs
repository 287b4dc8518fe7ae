using Lint.Diagnostics;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// One use of a name or term: where, the text as written, its form (the text with a sentence-initial
/// capital undone), and whether it opens a sentence.
/// </summary>
public sealed record Variant(Location Location, string Text, string Form, bool Initial);

using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>A mechanical correction: a title an editor reads ("Replace with 'filling'") and the text edits.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);

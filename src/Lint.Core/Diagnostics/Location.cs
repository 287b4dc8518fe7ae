using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>Where a finding is: the article's path, the UTF-16 span, and the same span as line positions.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan);

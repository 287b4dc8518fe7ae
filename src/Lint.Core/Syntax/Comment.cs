using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// A comment in the source (an HTML comment in Markdown or HTML): where it is in the ORIGINAL source,
/// and what it says between its delimiters. Comments are not prose; they may hold lint directives.
/// </summary>
public sealed record Comment(TextSpan Span, string Body);

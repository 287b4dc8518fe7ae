using Lint.Text;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>The phrase that makes a sentence a disputable claim ("will drive up", "intends to"), and what kind of claim it is.</summary>
public readonly record struct Claim(TextSpan Span, string Phrase, string Category);

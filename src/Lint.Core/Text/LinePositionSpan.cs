namespace Lint.Text;

/// <summary>Where a span starts and ends, as line positions (end is exclusive).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);

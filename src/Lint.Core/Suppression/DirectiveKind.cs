namespace Lint.Suppression;

/// <summary>What a lint comment asks: stop reporting from here on, start again, or leave the next block alone.</summary>
public enum DirectiveKind
{
    Disable,
    Enable,
    Ignore,
}

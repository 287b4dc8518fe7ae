namespace Lint.Syntax.Quotations;

/// <summary>What a double quote mark does where it stands.</summary>
public enum QuoteRole
{
    /// <summary>Not a quote at all: an inch or seconds mark after a number ("a 6" pipe").</summary>
    None,
    Open,
    Close,

    /// <summary>An opening mark (“) written where the quote closes.</summary>
    BackwardsClose,

    /// <summary>A closing mark (”) written where a quote opens.</summary>
    BackwardsOpen,
}

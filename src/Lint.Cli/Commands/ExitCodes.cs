namespace Lint.Cli.Commands;

/// <summary>0: nothing at or above the fail level. 1: findings at or above it (or failing rule examples). 2: usage, input or configuration error.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;
}

namespace Lint.Cli.Fixing;

/// <summary>What <see cref="SafeFileWriter"/> did with a file: replaced it, or left it as it was and why.</summary>
public enum WriteOutcome
{
    Written,
    ChangedOnDisk,
    ReadOnly,
}

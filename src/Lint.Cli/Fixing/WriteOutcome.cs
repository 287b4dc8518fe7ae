namespace Lint.Cli.Fixing;

/// <summary>What <see cref="SafeFileWriter"/> did with a file: replaced it, or left it as it was and why.</summary>
public enum WriteOutcome
{
    Written,
    ChangedOnDisk,
    ReadOnly,

    /// <summary>The file has other names (hard links), which a replacement would leave with the old text.</summary>
    HardLinked,

    /// <summary>The file's owner or group could not be given to the replacement (not run by its owner or root).</summary>
    OwnerWouldChange,
}

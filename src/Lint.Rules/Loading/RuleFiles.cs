namespace Lint.Rules.Loading;

/// <summary>
/// The files a rule refers to by path (a spelling rule's dictionaries and word lists), read through the host
/// that read the rule: Lint.Rules itself does no I/O. Paths are resolved as Vale resolves them, from
/// <see cref="StylesPath"/> (the folder of styles the rule came from) and the working directory.
/// </summary>
public abstract class RuleFiles
{
    /// <summary>No files at all: a rule loaded from text alone.</summary>
    public static RuleFiles None { get; } = new Nothing();

    /// <summary>Vale's StylesPath: the rules folder the rule's style folder is in.</summary>
    public abstract string StylesPath { get; }

    /// <summary>The folder of Vale's <c>DICPATH</c> environment variable, if set.</summary>
    public abstract string? DictionaryPath { get; }

    /// <summary>The bytes of a file, or null when there is no such file; a relative path is from the working directory.</summary>
    public abstract byte[]? Read(string path);

    public abstract bool IsFolder(string path);

    private sealed class Nothing : RuleFiles
    {
        public override string StylesPath => string.Empty;

        public override string? DictionaryPath => null;

        public override byte[]? Read(string path) => null;

        public override bool IsFolder(string path) => false;
    }
}

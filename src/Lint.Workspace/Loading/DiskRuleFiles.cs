using Lint.Rules.Loading;

namespace Lint.Workspace.Loading;

/// <summary>The files a rule refers to, read from disk: its styles folder is the rules folder it was read from, and <c>DICPATH</c> comes from the environment.</summary>
public sealed class DiskRuleFiles(string stylesPath) : RuleFiles
{
    /// <summary>The largest file a rule may refer to (a Hunspell dictionary is a few MB); a larger one, or a FIFO or device, is not read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public override string StylesPath { get; } = stylesPath;

    public override string? DictionaryPath => Environment.GetEnvironmentVariable("DICPATH");

    public override byte[]? Read(string path)
    {
        try
        {
            return File.Exists(path) ? Input.BoundedFile.Read(path, MaxBytes) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public override bool IsFolder(string path) => Directory.Exists(path);
}

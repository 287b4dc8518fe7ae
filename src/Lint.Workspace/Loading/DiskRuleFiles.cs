using Lint.Rules.Loading;

namespace Lint.Workspace.Loading;

/// <summary>The files a rule refers to, read from disk: its styles folder is the rules folder it was read from, and <c>DICPATH</c> comes from the environment.</summary>
public sealed class DiskRuleFiles(string stylesPath) : RuleFiles
{
    public override string StylesPath { get; } = stylesPath;

    public override string? DictionaryPath => Environment.GetEnvironmentVariable("DICPATH");

    public override byte[]? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public override bool IsFolder(string path) => Directory.Exists(path);
}

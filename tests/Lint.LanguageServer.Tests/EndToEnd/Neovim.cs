namespace Lint.LanguageServer.Tests.EndToEnd;

/// <summary>Where the Neovim executable is, from PATH; null when it is not installed.</summary>
internal static class Neovim
{
    public static string? Path { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, "nvim"))
            .FirstOrDefault(File.Exists);
}

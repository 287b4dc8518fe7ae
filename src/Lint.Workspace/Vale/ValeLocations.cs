namespace Lint.Workspace.Vale;

/// <summary>Where Vale keeps its files when a configuration does not say: the default styles folder and the global configuration.</summary>
public static class ValeLocations
{
    /// <summary>VALE_STYLES_PATH, else Vale's default (<c>$XDG_DATA_HOME/vale/styles</c>, <c>%LOCALAPPDATA%\vale\styles</c> on Windows); null when it does not exist.</summary>
    public static string? DefaultStylesPath()
    {
        var path = Environment.GetEnvironmentVariable("VALE_STYLES_PATH") is { Length: > 0 } set
            ? set
            : Path.Combine(DataHome(), "vale", "styles");
        return Directory.Exists(path) ? Path.GetFullPath(path) : null;
    }

    /// <summary>Vale's global configuration (<c>$XDG_CONFIG_HOME/vale/.vale.ini</c>), loaded under a project's unless <c>--no-global</c>; null when there is none.</summary>
    public static string? GlobalConfig()
    {
        var config = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Home(), ".config");
        var path = Path.Combine(config, "vale", ".vale.ini");
        return File.Exists(path) ? path : null;
    }

    private static string DataHome() =>
        OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Home(), ".local", "share");

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}

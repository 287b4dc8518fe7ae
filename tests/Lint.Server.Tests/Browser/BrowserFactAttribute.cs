namespace Lint.Server.Tests.Browser;

/// <summary>
/// A test that drives chromium. Where it is not installed it is skipped with a message saying how to run
/// it; under CI (<c>CI=true</c>), which installs it, it always runs, so a missing browser fails there.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "chromium is not installed: install it with 'apt-get install -y chromium' (or set LINT_CHROMIUM) to run the browser tests (.ci/run does).";
        }
    }
}

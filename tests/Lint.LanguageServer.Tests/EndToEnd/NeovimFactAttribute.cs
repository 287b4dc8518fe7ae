namespace Lint.LanguageServer.Tests.EndToEnd;

/// <summary>
/// A test that drives Neovim. Where <c>nvim</c> is not installed (a machine with only the .NET SDK) it is
/// skipped with a message saying how to run it; under CI (<c>CI=true</c>), which installs Neovim, it always
/// runs, so a missing editor fails there instead of passing unseen.
/// </summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (Neovim.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Neovim (nvim) is not installed: install it with 'apt-get install -y neovim' to run the end-to-end editor test (.ci/run does).";
        }
    }
}

namespace Lint.Workspace.Input;

/// <summary>
/// Where article files are read from: <see cref="DiskArticleFiles"/> in every front end; a test may put a
/// stand-in behind it (to count how often each file is read).
/// </summary>
public interface IArticleFiles
{
    /// <summary>The article at <paramref name="fullPath"/>, or null with the reason added to <paramref name="errors"/> (missing, binary, not UTF-8, too large).</summary>
    Article? Read(string fullPath, List<InputError> errors);
}

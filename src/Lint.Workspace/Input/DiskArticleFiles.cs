namespace Lint.Workspace.Input;

/// <summary>Article files as they are on disk, read with <see cref="ArticleReader.ReadFile"/>.</summary>
public sealed class DiskArticleFiles : IArticleFiles
{
    public static DiskArticleFiles Instance { get; } = new();

    public Article? Read(string fullPath, List<InputError> errors) => ArticleReader.ReadFile(fullPath, errors);
}

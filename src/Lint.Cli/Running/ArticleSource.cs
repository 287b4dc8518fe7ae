using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// An article to lint and the settings it is linted with, read (through <see cref="IArticleFiles"/>) only
/// when it is linted, so a run over many files need not hold their texts. Standard input and the articles
/// of <c>lint fix</c> are already in memory.
/// </summary>
public sealed class ArticleSource
{
    private readonly string? _fullPath;
    private readonly Article? _article;
    private readonly IArticleFiles _files;

    private ArticleSource(string? fullPath, Article? article, ArticleSettings settings, IArticleFiles files)
    {
        _fullPath = fullPath;
        _article = article;
        _files = files;
        Settings = settings;
    }

    public ArticleSettings Settings { get; }

    /// <summary>The path as reports show it; articles are reported in its order.</summary>
    public string DisplayPath => _article?.DisplayPath ?? ArticleReader.DisplayPath(_fullPath!);

    public static ArticleSource File(string fullPath, ArticleSettings settings, IArticleFiles? files = null) =>
        new(fullPath, null, settings, files ?? DiskArticleFiles.Instance);

    public static ArticleSource InMemory(Article article, ArticleSettings settings) => new(null, article, settings, DiskArticleFiles.Instance);

    /// <summary>The article, or null with the reason added to <paramref name="errors"/> (missing, binary, not UTF-8, too large).</summary>
    public Article? Read(List<InputError> errors) => _article ?? _files.Read(_fullPath!, errors);
}

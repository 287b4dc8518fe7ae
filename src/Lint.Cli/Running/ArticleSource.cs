using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// An article to lint and the settings it is linted with, read only when it is linted (and read again by
/// a second pass), so a run over many files never holds their texts. Standard input and the articles of
/// <c>lint fix</c> are already in memory.
/// </summary>
public sealed class ArticleSource
{
    private readonly string? _fullPath;
    private readonly Article? _article;

    private ArticleSource(string? fullPath, Article? article, ArticleSettings settings)
    {
        _fullPath = fullPath;
        _article = article;
        Settings = settings;
    }

    public ArticleSettings Settings { get; }

    /// <summary>The path as reports show it; articles are reported in its order.</summary>
    public string DisplayPath => _article?.DisplayPath ?? ArticleReader.DisplayPath(_fullPath!);

    public static ArticleSource File(string fullPath, ArticleSettings settings) => new(fullPath, null, settings);

    public static ArticleSource InMemory(Article article, ArticleSettings settings) => new(null, article, settings);

    /// <summary>The article, or null with the reason added to <paramref name="errors"/> (missing, binary, not UTF-8, too large).</summary>
    public Article? Read(List<InputError> errors) => _article ?? ArticleReader.ReadFile(_fullPath!, errors);
}

using System.Collections.Concurrent;
using Lint.Workspace.Input;

namespace Lint.Cli.Fixing;

/// <summary>
/// Reads the articles of a <c>lint fix</c> run as <see cref="ArticleFile"/>s (so one that would not be written
/// back byte for byte is refused) and keeps, for the last read of each, only its encoding and snapshot: what
/// writing the fixed text needs, without holding the text.
/// </summary>
internal sealed class FixFiles : IArticleFiles
{
    private readonly ConcurrentDictionary<string, (ArticleEncoding Encoding, FileSnapshot Snapshot)> _read = new(StringComparer.Ordinal);

    public Article? Read(string fullPath, List<InputError> errors)
    {
        if (ArticleFile.Read(fullPath, errors) is not { } file)
        {
            return null;
        }

        _read[fullPath] = (file.Encoding, file.Snapshot);
        return file.Article;
    }

    /// <summary>The file <paramref name="article"/> was last read from, to be written back.</summary>
    public ArticleFile File(string fullPath, Article article)
    {
        var (encoding, snapshot) = _read[fullPath];
        return new ArticleFile(fullPath, article, encoding, snapshot);
    }
}

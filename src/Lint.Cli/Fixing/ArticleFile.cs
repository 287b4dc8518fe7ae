using Lint.Workspace.Input;

namespace Lint.Cli.Fixing;

/// <summary>
/// An article read from disk to be fixed in place: where it is, its text, its encoding (so that it is
/// written back with the same byte order mark), and a snapshot to detect a change made meanwhile.
/// </summary>
public sealed record ArticleFile(string FullPath, Article Article, ArticleEncoding Encoding, FileSnapshot Snapshot)
{
    /// <summary>Reads an article to fix, or adds an error saying why it cannot be fixed safely.</summary>
    public static ArticleFile? Read(string fullPath, List<InputError> errors)
    {
        var display = ArticleReader.DisplayPath(fullPath);
        try
        {
            var snapshot = FileSnapshot.Read(fullPath, out var bytes);
            var article = ArticleReader.Decode(display, Path.GetExtension(fullPath), bytes, errors);
            if (article is null)
            {
                return null;
            }

            var encoding = ArticleEncoding.Detect(bytes);
            if (!RoundTrips(article, encoding, bytes))
            {
                errors.Add(new InputError(display, $"would not be written back byte for byte as {encoding}; not fixed."));
                return null;
            }

            return new ArticleFile(fullPath, article, encoding, snapshot);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(display, ArticleReader.Reason(ex)));
            return null;
        }
    }

    private static bool RoundTrips(Article article, ArticleEncoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetBytes(article.Text.Content).AsSpan().SequenceEqual(bytes);
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }
}

namespace Lint.Workspace.Input;

/// <summary>Reads articles from files or standard input, with paths shown relative to the working directory.</summary>
public static class ArticleReader
{
    public const string StdinPath = "stdin";

    public static Article? ReadFile(string fullPath, List<InputError> errors)
    {
        var display = DisplayPath(fullPath);
        try
        {
            return Decode(display, Path.GetExtension(fullPath), BoundedFile.Read(fullPath, ArticleDecoder.MaxBytes), errors);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(display, Reason(ex)));
            return null;
        }
    }

    /// <summary>Why an article could not be read, as the end of a sentence after its name.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        FileTooLargeException => $"is more than the {FileTooLargeException.Megabytes(ArticleDecoder.MaxBytes)} an article may have (the article size limit); skipped.",
        RefusedFileException => $"{ex.Message}; skipped.",
        _ => $"could not be read: {ex.Message}",
    };

    public static Article? ReadStdin(Stream stdin, string extension, List<InputError> errors)
    {
        try
        {
            return Decode(StdinPath, extension, BoundedFile.ReadAll(stdin, ArticleDecoder.MaxBytes), errors);
        }
        catch (FileTooLargeException ex)
        {
            errors.Add(new InputError(StdinPath, Reason(ex)));
            return null;
        }
    }

    /// <summary>
    /// The path shown to people, relative to the working directory, with any control character (a newline,
    /// an escape that would recolour the terminal) written as <c>\n</c>, <c>\e</c> or <c>\u00XX</c>.
    /// </summary>
    public static string DisplayPath(string fullPath) =>
        DisplayNames.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/'));

    public static Article? Decode(string display, string extension, byte[] bytes, List<InputError> errors)
    {
        var text = ArticleDecoder.Decode(bytes, out var error);
        if (error is not null)
        {
            errors.Add(new InputError(display, error));
            return null;
        }

        return new Article(display, extension, text);
    }
}

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
            var info = new FileInfo(fullPath);
            if (info.Length > ArticleDecoder.MaxBytes)
            {
                errors.Add(new InputError(display, $"is {info.Length / (1024 * 1024)} MB, more than the {ArticleDecoder.MaxBytes / (1024 * 1024)} MB an article may have; skipped."));
                return null;
            }

            return Decode(display, Path.GetExtension(fullPath), File.ReadAllBytes(fullPath), errors);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(display, $"could not be read: {ex.Message}"));
            return null;
        }
    }

    public static Article? ReadStdin(Stream stdin, string extension, List<InputError> errors)
    {
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return Decode(StdinPath, extension, buffer.ToArray(), errors);
    }

    public static string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/');

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

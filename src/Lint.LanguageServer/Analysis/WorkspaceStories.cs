using Lint.Workspace.Input;
using System.Text;
using Lint.LanguageServer.Session;
using Lint.Text;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// The stories (.txt, .md, .html) under the workspace folders, read from disk for the corpus rules.
/// Hidden, dependency and vendor folders and .gitignore'd files are skipped (FolderWalk, as lint check); a file is read again only when its size or time stamp changes; files
/// that are not UTF-8 text are left out; past <c>MaxWorkspaceStories</c> stories (or a scan of 50,000
/// files) the rest are left out with a warning, so a pass stays quick in a huge folder.
/// </summary>
public sealed class WorkspaceStories(WorkspaceRoots roots, LanguageServerOptions options, ILogger logger)
{
    private const long MaxBytes = 8L * 1024 * 1024;
    private const int MaxScannedFiles = 50_000;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, (DateTime Written, long Length, SourceText? Text)> _cache = new(StringComparer.Ordinal);
    private bool _warnedTooMany;
    private bool _warnedTooBig;

    /// <summary>Reads the stories; called from the linting loop only, one pass at a time.</summary>
    public IReadOnlyList<DiskStory> Read(CancellationToken cancellationToken)
    {
        var stories = new List<DiskStory>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Find())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stories.Count >= options.MaxWorkspaceStories)
            {
                if (!_warnedTooMany)
                {
                    logger.LogWarning("The workspace holds more than {Count} stories; corpus rules compare only the first {Count}.", options.MaxWorkspaceStories, options.MaxWorkspaceStories);
                    _warnedTooMany = true;
                }

                break;
            }

            seen.Add(file);
            if (Load(file) is { } text)
            {
                stories.Add(new DiskStory(file, text));
            }
        }

        foreach (var gone in _cache.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            _cache.Remove(gone);
        }

        return stories;
    }

    private IEnumerable<string> Find()
    {
        return roots.Folders
            .Where(Directory.Exists)
            .SelectMany(FolderWalk.Files)
            .TakeWhile((_, scanned) => scanned < MaxScannedFiles || WarnTooBig())
            .Where(StoryFormats.IsStory)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Stops the scan of a folder too big to be a folder of stories (a home folder opened by mistake), saying so once.</summary>
    private bool WarnTooBig()
    {
        if (!_warnedTooBig)
        {
            logger.LogWarning("The workspace folder holds more than {Count} files; corpus rules read the stories among the first {Count}.", MaxScannedFiles, MaxScannedFiles);
            _warnedTooBig = true;
        }

        return false;
    }

    private SourceText? Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (_cache.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return cached.Text;
            }

            var text = info.Length > MaxBytes ? null : Decode(Workspace.Input.BoundedFile.Read(path, MaxBytes)); // a FIFO or device is refused, not waited on
            _cache[path] = (info.LastWriteTimeUtc, info.Length, text);
            return text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogDebug("Could not read {Path}: {Message}", path, ex.Message);
            return null;
        }
    }

    private static SourceText? Decode(byte[] bytes)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        if (body[..Math.Min(body.Length, 8192)].Contains((byte)0))
        {
            return null;
        }

        try
        {
            return new SourceText(StrictUtf8.GetString(body));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

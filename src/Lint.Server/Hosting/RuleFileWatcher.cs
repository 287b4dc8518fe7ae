using Lint.Workspace.Planning;

namespace Lint.Server.Hosting;

/// <summary>
/// Reloads the rules and configuration when a YAML file changes under the server's root or one of its
/// <c>--rules</c> folders: the next request reads them again (a broken file is logged, and stories get the
/// default settings until it is fixed, as in the language server).
/// </summary>
public sealed class RuleFileWatcher(ServeOptions options, IRuleSetProvider rules, ILogger<RuleFileWatcher> logger) : IHostedService, IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.WatchFiles)
        {
            return Task.CompletedTask;
        }

        foreach (var folder in options.Rules.Directories.Prepend(options.Root).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            foreach (var filter in new[] { "*.yml", "*.yaml" })
            {
                var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
                watcher.Changed += Reload;
                watcher.Created += Reload;
                watcher.Deleted += Reload;
                watcher.Renamed += Reload;
                _watchers.Add(watcher);
                try
                {
                    watcher.EnableRaisingEvents = true;
                }
                catch (IOException ex)
                {
                    // A folder too large for the system's inotify limits: serve anyway, without reloading.
                    logger.LogWarning("{Folder} cannot be watched ({Message}); restart lint serve after changing rules or configuration there.", folder, ex.Message);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Reload(object sender, FileSystemEventArgs e)
    {
        logger.LogInformation("{Path} changed: the rules and configuration are read again.", e.FullPath);
        rules.Reload();
    }
}

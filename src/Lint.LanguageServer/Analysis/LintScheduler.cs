using System.Collections.Concurrent;
using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// Lints off the protocol loop. Each change asks for a pass; a pass starts once the changes settle
/// (<see cref="PassRequests"/>), lints the open documents as they are then, and keeps only the results
/// whose document is still at the version that was linted: a newer version has its own pass coming, so
/// stale findings are never published. A change to a document stops the analysis of its older version at
/// once (<see cref="Request(string)"/>), so a slow document does not hold up the pass that follows.
/// </summary>
public sealed class LintScheduler : IAsyncDisposable
{
    private readonly PassRequests _requests;
    private readonly CancellationTokenSource _stopping = new();
    private readonly DocumentStore _documents;
    private readonly WorkspaceLinter _linter;
    private readonly FindingsStore _findings;
    private readonly Func<ClientFeatures> _features;
    private readonly LanguageClient _client;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _analysing = new(StringComparer.Ordinal);
    private Task _loop = Task.CompletedTask;

    public LintScheduler(
        DocumentStore documents,
        WorkspaceLinter linter,
        FindingsStore findings,
        Func<ClientFeatures> features,
        LanguageClient client,
        LanguageServerOptions options,
        ILogger logger)
    {
        _documents = documents;
        _linter = linter;
        _findings = findings;
        _features = features;
        _client = client;
        _requests = new PassRequests(options);
        _logger = logger;
    }

    /// <summary>Completes after each pass, with how many documents it published and how many results it dropped as stale.</summary>
    public event Action<PassOutcome>? PassCompleted;

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <summary>Asks for a pass over the open documents (cheap; many requests in a burst become one pass).</summary>
    public void Request() => _requests.Request();

    /// <summary>Asks for a pass because <paramref name="uri"/> changed or closed: an analysis of its older version still running is stopped.</summary>
    public void Request(string uri)
    {
        if (_analysing.TryGetValue(uri, out var analysing))
        {
            try
            {
                analysing.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // that pass has just finished
            }
        }

        Request();
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Complete();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        var stopping = _stopping.Token;
        while (await _requests.NextAsync(stopping))
        {
            await PassAsync(stopping);
        }
    }

    private async Task PassAsync(CancellationToken stopping)
    {
        var open = _documents.Snapshot();
        if (open.Count == 0)
        {
            return;
        }

        IReadOnlyList<DocumentLint> results;
        try
        {
            results = await Task.Run(() => _linter.Lint(open, stopping, d => _analysing.GetOrAdd(d.Uri, _ => new CancellationTokenSource()).Token), stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Linting the open documents failed; they keep their previous findings.");
            _findings.Fail(open.Select(d => (d.Uri, d.Version)), ProtocolError.RequestFailed($"Linting failed: {ex.Message}"));
            PassCompleted?.Invoke(new PassOutcome(0, 0));
            return;
        }

        finally
        {
            foreach (var uri in _analysing.Keys)
            {
                if (_analysing.TryRemove(uri, out var analysing))
                {
                    analysing.Dispose();
                }
            }
        }

        var published = 0;
        var stale = 0;
        var refreshed = false;
        foreach (var result in results)
        {
            var document = result.Document;
            if (!_documents.IsCurrent(document.Uri, document.Version))
            {
                stale++;
                continue;
            }

            var items = result.Diagnostics.Select(d => DiagnosticConverter.ToLsp(d, document)).ToList();
            var previous = _findings.Latest(document.Uri);
            if (_findings.Store(document.Uri, document.Version, items) is not { } findings)
            {
                continue;
            }

            refreshed |= previous is not null && previous.Version == document.Version;
            if (!_features().PullDiagnostics && await PublishAsync(findings))
            {
                published++;
            }
        }

        if (refreshed && _features() is { PullDiagnostics: true, DiagnosticRefresh: true })
        {
            await RefreshAsync(stopping);
        }

        PassCompleted?.Invoke(new PassOutcome(published, stale));
    }

    private async Task<bool> PublishAsync(DocumentFindings findings)
    {
        if (!_documents.IsCurrent(findings.Uri, findings.Version))
        {
            return false;
        }

        try
        {
            await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(findings.Uri, findings.Version, findings.Items));
            return true;
        }
        catch (Exception ex) when (ex is ConnectionLostException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("Could not publish diagnostics: {Message}", ex.Message);
            return false;
        }
    }

    private async Task RefreshAsync(CancellationToken stopping)
    {
        try
        {
            await _client.RefreshDiagnosticsAsync(stopping);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("The client did not take a diagnostic refresh: {Message}", ex.Message);
        }
    }
}

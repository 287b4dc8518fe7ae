using Lint.LanguageServer.Protocol;

namespace Lint.LanguageServer.Diagnostics;

/// <summary>
/// The latest findings of each open document, and the pull requests waiting for a version that is still
/// being linted. A version whose pass failed is remembered, so a pull that comes after the failure fails
/// at once instead of waiting for findings that no pass will bring. Thread-safe: the linting loop writes,
/// request handlers read and wait.
/// </summary>
public sealed class FindingsStore
{
    private readonly Dictionary<string, DocumentFindings> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Version, TaskCompletionSource<DocumentFindings> Waiter)>> _waiters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Version, Exception Reason)> _failures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _nextResultId;

    /// <summary>Records the findings of a version; returns them, or null when the same version already had the same findings.</summary>
    public DocumentFindings? Store(string uri, int version, IReadOnlyList<LspDiagnostic> items)
    {
        List<TaskCompletionSource<DocumentFindings>> ready = [];
        DocumentFindings findings;
        lock (_gate)
        {
            var candidate = new DocumentFindings(uri, version, string.Empty, items);
            if (_latest.TryGetValue(uri, out var previous) && previous.Version == version && previous.Fingerprint == candidate.Fingerprint)
            {
                return null;
            }

            findings = candidate with { ResultId = $"{version}.{++_nextResultId}" };
            _latest[uri] = findings;
            _failures.Remove(uri);
            if (_waiters.TryGetValue(uri, out var waiting))
            {
                ready.AddRange(waiting.Where(w => w.Version <= version).Select(w => w.Waiter));
                waiting.RemoveAll(w => w.Version <= version);
            }
        }

        foreach (var waiter in ready)
        {
            waiter.TrySetResult(findings);
        }

        return findings;
    }

    public DocumentFindings? Latest(string uri)
    {
        lock (_gate)
        {
            return _latest.GetValueOrDefault(uri);
        }
    }

    /// <summary>The findings of <paramref name="version"/> (or a later one) of a document, as soon as they are known.</summary>
    public Task<DocumentFindings> WaitAsync(string uri, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_latest.TryGetValue(uri, out var latest) && latest.Version >= version)
            {
                return Task.FromResult(latest);
            }

            if (_failures.TryGetValue(uri, out var failure) && failure.Version >= version)
            {
                return Task.FromException<DocumentFindings>(failure.Reason);
            }

            var waiter = new TaskCompletionSource<DocumentFindings>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_waiters.TryGetValue(uri, out var list))
            {
                _waiters[uri] = list = [];
            }

            list.Add((version, waiter));
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets a closed document; its waiting pull requests fail with <paramref name="reason"/>.</summary>
    public void Remove(string uri, Exception reason) => Fail([(uri, 0)], reason, forget: true);

    /// <summary>Fails the pull requests waiting on these versions of documents (their lint failed), and later pulls of them until a pass succeeds.</summary>
    public void Fail(IEnumerable<(string Uri, int Version)> documents, Exception reason, bool forget = false)
    {
        List<TaskCompletionSource<DocumentFindings>> failed = [];
        lock (_gate)
        {
            foreach (var (uri, version) in documents)
            {
                if (forget)
                {
                    _latest.Remove(uri);
                    _failures.Remove(uri);
                }
                else
                {
                    _failures[uri] = (version, reason);
                }

                if (_waiters.Remove(uri, out var waiting))
                {
                    failed.AddRange(waiting.Select(w => w.Waiter));
                }
            }
        }

        foreach (var waiter in failed)
        {
            waiter.TrySetException(reason);
        }
    }
}

using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class DebounceTests
{
    private const string Uri = "file:///tmp/typing.txt";

    [Fact]
    public async Task A_burst_of_changes_is_linted_once_and_only_the_latest_version_is_published()
    {
        var slow = new LanguageServerOptions(TimeSpan.FromMilliseconds(1000), TimeSpan.FromSeconds(10), 100);
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push, options: slow);
        var passes = 0;
        client.Server.Scheduler.PassCompleted += _ => Interlocked.Increment(ref passes);

        await client.OpenAsync(Uri, string.Empty);
        for (var version = 2; version <= 11; version++)
        {
            await client.ChangeAsync(Uri, version, LspTestClient.Change(0, 0, 0, 0, "teh, "));
        }

        var diagnostics = await client.DiagnosticsAsync(Uri, 11);
        await Task.Delay(600);

        Assert.Equal(10, diagnostics.EnumerateArray().Count(d => Json.Str(d, "code") == "Test.Typo"));
        Assert.Equal([11], client.PublishedFor(Uri).Select(p => Json.Int(p, "version")));
        Assert.Equal(1, Volatile.Read(ref passes));
    }

    [Fact]
    public async Task The_findings_of_a_version_overtaken_while_it_was_linted_are_never_published()
    {
        var gate = new GateAnalyzer();
        var rules = new TestRules(TestRules.With(TestRules.Load(("Test.Typo", TestRules.Typo)), gate));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push);
        var outcomes = new List<PassOutcome>();
        client.Server.Scheduler.PassCompleted += o =>
        {
            lock (outcomes)
            {
                outcomes.Add(o);
            }
        };

        await client.OpenAsync(Uri, "SLOW teh");
        await gate.WaitUntilHeldAsync();
        await client.ChangeAsync(Uri, 2, LspTestClient.Change(0, 0, 0, 4, "FAST"));
        await client.RoundTripAsync(Uri);
        gate.Open();
        var diagnostics = await client.DiagnosticsAsync(Uri, 2);

        Assert.Equal(["Test.Typo@0:5-0:8"], Json.Summary(diagnostics));
        Assert.Equal([2], client.PublishedFor(Uri).Select(p => Json.Int(p, "version")));
        lock (outcomes)
        {
            Assert.Equal(new PassOutcome(0, 1), outcomes[0]);
        }
    }

    [Fact]
    public async Task The_protocol_loop_answers_while_a_lint_pass_is_still_running()
    {
        var gate = new GateAnalyzer();
        var rules = new TestRules(TestRules.With(TestRules.Load(("Test.Typo", TestRules.Typo)), gate));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push);

        await client.OpenAsync(Uri, "SLOW teh");
        await gate.WaitUntilHeldAsync();
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        gate.Open();

        Assert.Empty(actions.EnumerateArray());
        Assert.Equal(["Test.Typo@0:5-0:8"], Json.Summary(await client.DiagnosticsAsync(Uri, 1)));
    }
}

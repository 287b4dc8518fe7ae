using Lint.Server.Tests.Harness;

namespace Lint.Server.Tests.Api;

/// <summary>The server is lint check behind HTTP: the same findings for the same story and configuration, under load too.</summary>
public sealed class SameAsCheckTests
{
    private static readonly string Seeds = Path.Combine(RepositoryRoot.Path, "seeds");

    [Fact]
    public async Task Two_hundred_parallel_checks_of_the_seeds_are_all_answered_with_the_findings_of_lint_check()
    {
        var seeds = Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).ToList();
        var expected = seeds.ToDictionary(s => s, s => LintExecutable.CheckJson(Seeds, Path.GetFileName(s)));
        // All 200 are queued at once; on a busy machine the last can wait longer than the default time limit.
        using var factory = LintServerFactory.With(o => o with { Root = Seeds, RequestTimeout = TimeSpan.FromMinutes(10) });
        var client = factory.CreateClient();

        var requests = Enumerable.Range(0, 200).Select(i => seeds[i % seeds.Count]).Select(async seed =>
        {
            var response = await Harness.Api.PostRaw(client, "/api/v1/check", await File.ReadAllBytesAsync(seed), "text/plain");
            return (Seed: seed, Findings: Harness.Api.Findings(await Harness.Api.Json(response)));
        });
        var answers = await Task.WhenAll(requests);

        Assert.Equal(200, answers.Length);
        Assert.All(expected.Values, findings => Assert.NotEmpty(findings));
        Assert.All(answers, a => Assert.Equal(expected[a.Seed], a.Findings));
    }

    [Fact]
    public async Task The_lint_yaml_of_the_root_configures_every_story_and_is_read_again_when_it_changes()
    {
        var root = Directory.CreateTempSubdirectory("lint-serve-config-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, ".lint.yaml"), "severity:\n  Newsroom.RepeatedWords: suggestion\n");
        await File.WriteAllTextAsync(Path.Combine(root, "story.txt"), "The the mayor spoke on the Web site.\n");
        using var factory = LintServerFactory.With(o => o with { Root = root, WatchFiles = true });
        var client = factory.CreateClient();
        async Task<IReadOnlyList<string>> Check() =>
            Harness.Api.Findings(await Harness.Api.Json(await Harness.Api.PostRaw(client, "/api/v1/check", await File.ReadAllBytesAsync(Path.Combine(root, "story.txt")), "text/plain")));

        var configured = await Check();
        Assert.Equal(LintExecutable.CheckJson(root, "story.txt"), configured);
        Assert.Contains(configured, f => f.StartsWith("Newsroom.RepeatedWords suggestion", StringComparison.Ordinal));

        await File.WriteAllTextAsync(Path.Combine(root, ".lint.yaml"), "disable: [Newsroom.RepeatedWords]\n");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var reloaded = await Check();
        while (reloaded.Any(f => f.StartsWith("Newsroom.RepeatedWords", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            reloaded = await Check();
        }

        Assert.Equal(LintExecutable.CheckJson(root, "story.txt"), reloaded);
        Assert.DoesNotContain(reloaded, f => f.StartsWith("Newsroom.RepeatedWords", StringComparison.Ordinal));
    }
}

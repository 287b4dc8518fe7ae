using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Lint;
using Lint.Fuzz;

// A bounded random-mutation fuzzer for the parsers and the rule loader (see README.md beside this file).
var options = FuzzOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Lint.Fuzz [--seconds N] [--seed N] [--target markdown|html|text|rules] [--findings DIR] [--replay FILE]");
    return 2;
}

var targets = Targets.All.Where(t => options.Target is null || t.Name == options.Target).ToList();
if (targets.Count == 0)
{
    Console.Error.WriteLine($"Unknown target '{options.Target}'. Targets: {string.Join(", ", Targets.All.Select(t => t.Name))}.");
    return 2;
}

Directory.CreateDirectory(options.Findings);
if (options.Replay is { } replay)
{
    targets[0].Check(File.ReadAllText(replay));
    Console.WriteLine($"{replay}: no failure in {targets[0].Name}.");
    return 0;
}

var random = new Random(options.Seed);
var corpusFolder = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Fuzz", "Corpus");
var pools = targets.ToDictionary(t => t, t => Directory.GetFiles(Path.Combine(corpusFolder, t.Name)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());
var (runs, failures) = (0, 0);
var clock = Stopwatch.StartNew();
Console.WriteLine($"Fuzzing {string.Join(", ", targets.Select(t => t.Name))} for {options.Seconds} s with seed {options.Seed}.");

// Every corpus input first, as it is: a regression there fails the run at once.
foreach (var (target, pool) in pools)
{
    foreach (var input in pool.ToList())
    {
        failures += Run(target, input) ? 0 : 1;
    }
}

while (clock.Elapsed.TotalSeconds < options.Seconds)
{
    var target = targets[runs % targets.Count];
    var pool = pools[target];
    var input = new Mutator(random, target.Tokens).Mutate(pool[random.Next(pool.Count)], pool);
    input = input.Length > FuzzOptions.MaxInputLength ? input[..FuzzOptions.MaxInputLength] : input;
    failures += Run(target, input) ? 0 : 1;
    if (pool.Count < 200)
    {
        pool.Add(input);
    }
    else
    {
        pool[random.Next(pool.Count)] = input;
    }
}

Console.WriteLine($"{runs:N0} inputs in {clock.Elapsed.TotalSeconds:F0} s, {failures} failed (seed {options.Seed}).");
return failures == 0 ? 0 : 1;

// Runs one input; its text is on disk while it runs, so a crash that ends the process leaves it behind.
bool Run(FuzzTarget target, string input)
{
    runs++;
    var current = Path.Combine(options.Findings, "current" + target.Extension);
    File.WriteAllText(current, input);
    var watch = Stopwatch.StartNew();
    string? problem = null;
    try
    {
        target.Check(input);
    }
    catch (Exception ex)
    {
        problem = ex.ToString();
    }

    if (problem is null && watch.Elapsed.TotalSeconds > FuzzOptions.SlowSeconds)
    {
        // Slow once may be the process, not the input: a pattern compiled in the background, a full collection (the
        // same 217-character story stalled 4 s at one point of a run and took milliseconds replayed). An input that is
        // slow again on its own is slow.
        var first = watch.Elapsed.TotalSeconds;
        watch.Restart();
        target.Check(input);
        if (watch.Elapsed.TotalSeconds > FuzzOptions.SlowSeconds)
        {
            problem = $"Took {first:F1} s and then {watch.Elapsed.TotalSeconds:F1} s, more than {FuzzOptions.SlowSeconds} s, on {input.Length:N0} characters.";
        }
    }

    if (problem is null)
    {
        return true;
    }

    var name = $"{target.Name}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12].ToLowerInvariant()}";
    File.WriteAllText(Path.Combine(options.Findings, name + target.Extension), input);
    File.WriteAllText(Path.Combine(options.Findings, name + ".failure"), problem);
    Console.WriteLine($"FAIL {target.Name}: {problem.Split('\n')[0]} (input in {Path.Combine(options.Findings, name + target.Extension)})");
    return false;
}

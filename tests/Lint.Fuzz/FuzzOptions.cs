namespace Lint.Fuzz;

/// <summary>The command line: how long, from which seed, over which target, and where failures go.</summary>
internal sealed record FuzzOptions(int Seconds, int Seed, string? Target, string Findings, string? Replay)
{
    /// <summary>Inputs are cut to this length, so repeated chunks cannot grow without end.</summary>
    public const int MaxInputLength = 200_000;

    /// <summary>One input that takes longer than this is a failure (a hang in the making).</summary>
    public const double SlowSeconds = 10;

    public static FuzzOptions? Parse(string[] args)
    {
        var options = new FuzzOptions(60, Environment.TickCount & int.MaxValue, null, Path.Combine(RepositoryRoot.Path, "tests", "Lint.Fuzz", "Findings"), null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--seconds" when int.TryParse(value, out var seconds) && seconds >= 0 => options with { Seconds = seconds },
                "--seed" when int.TryParse(value, out var seed) => options with { Seed = seed },
                "--target" => options with { Target = value },
                "--findings" => options with { Findings = Path.GetFullPath(value) },
                "--replay" => options with { Replay = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? options : null;
    }
}

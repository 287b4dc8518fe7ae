using System.Diagnostics;
using System.Globalization;
using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// A quick figure for the editor path, for comparing two builds back to back on a busy machine: the 6 KB
/// re-lint of <see cref="EditorBenchmarks"/> timed <c>runs</c> times after a warm-up, with its quartiles, the
/// bytes it allocates and the gen0 collections it causes per re-lint (these two do not move with the load);
/// then the same after an edit (one paragraph changed before each re-lint), as an editor re-lints.
/// Run: <c>dotnet run -c Release --project bench/Lint.Benchmarks -- --relint [runs]</c>.
/// </summary>
internal static class RelintTimer
{
    public static void Print(int runs)
    {
        var story = Seeds.Stories[0];
        var driver = new AnalyzerDriver([.. Seeds.DefaultRules().Select(r => r.Analyzer)]);
        Time(driver, runs, "re-lint of the 6 KB story", _ => new string(story));

        // An edit: one word of one paragraph in the middle of the story changes before each re-lint (the
        // run's number, so no re-lint sees a paragraph of an earlier one), and the paragraphs after it move.
        var middle = story.IndexOf('\n', story.Length / 2) + 1;
        Time(driver, runs, "re-lint after an edit", i => string.Concat(story.AsSpan(0, middle), $"Edit {i}: ", story.AsSpan(middle)));
    }

    private static void Time(AnalyzerDriver driver, int runs, string name, Func<int, string> storyFor)
    {
        var parser = new PlainTextParser();
        int Relint(int i) => driver.Analyze(parser.Parse("story.txt", new SourceText(storyFor(i)))).Count;

        // Past the JIT's tiers and the patterns' compilation to IL (after the uses RegexTiering.LongRunning allows).
        for (var i = 0; i < 1500; i++)
        {
            Relint(-i);
        }

        Thread.Sleep(500);
        var samples = new double[runs];
        var gen0 = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Relint(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        gen0 = GC.CollectionCount(0) - gen0;
        Array.Sort(samples);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(
            culture,
            "{0}, {1} runs: median {2:F3} ms (quartiles {3:F3}-{4:F3}, min {5:F3}), CPU {6:F3} ms per run, {7:F1} KB allocated and {8:F3} gen0 collections per run, {9} findings",
            name,
            runs,
            samples[runs / 2],
            samples[runs / 4],
            samples[3 * runs / 4],
            samples[0],
            cpu.TotalMilliseconds / runs,
            allocated / 1024.0 / runs,
            (double)gen0 / runs,
            Relint(runs)));
    }
}

using System.Diagnostics;
using System.Globalization;
using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// A quick figure for the editor path, for comparing two builds back to back on a busy machine: the 6 KB
/// re-lint of <see cref="EditorBenchmarks"/> timed <c>runs</c> times after a warm-up, with its quartiles, the
/// bytes it allocates and the gen0 collections it causes per re-lint (these two do not move with the load).
/// Run: <c>dotnet run -c Release --project bench/Lint.Benchmarks -- --relint [runs]</c>.
/// </summary>
internal static class RelintTimer
{
    public static void Print(int runs)
    {
        var parser = new PlainTextParser();
        var story = Seeds.Stories[0];
        var driver = new AnalyzerDriver([.. Seeds.DefaultRules().Select(r => r.Analyzer)]);
        int Relint() => driver.Analyze(parser.Parse("story.txt", new SourceText(new string(story)))).Count;

        // Past the JIT's tiers and the patterns' compilation to IL (after PatternSet.UsesBeforeCompiling uses).
        for (var i = 0; i < 1500; i++)
        {
            Relint();
        }

        Thread.Sleep(500);
        var samples = new double[runs];
        var gen0 = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Relint();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        gen0 = GC.CollectionCount(0) - gen0;
        Array.Sort(samples);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(
            culture,
            "re-lint of the 6 KB story, {0} runs: median {1:F3} ms (quartiles {2:F3}-{3:F3}, min {4:F3}), CPU {5:F3} ms per run, {6:F1} KB allocated and {7:F3} gen0 collections per run, {8} findings",
            runs,
            samples[runs / 2],
            samples[runs / 4],
            samples[3 * runs / 4],
            samples[0],
            cpu.TotalMilliseconds / runs,
            allocated / 1024.0 / runs,
            (double)gen0 / runs,
            Relint()));
    }
}

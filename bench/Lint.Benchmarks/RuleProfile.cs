using System.Diagnostics;
using Lint.Analysis;
using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// A quick profile of the editor path, rule by rule: what each rule of the default pack (AP off) adds to a re-lint of the
/// first seed story (about 6 KB): the median difference between the full pack and the pack without that rule, run in turn so drift cancels. Not a benchmark of
/// record (use <see cref="EditorBenchmarks"/> for that); a way to see where a re-lint's time goes.
/// Run: <c>dotnet run -c Release --project bench/Lint.Benchmarks -- --profile [runs]</c>.
/// </summary>
internal static class RuleProfile
{
    public static void Print(int runs)
    {
        var parser = new PlainTextParser();
        var story = Seeds.Stories[0];
        var rules = Seeds.DefaultRules();
        var all = new AnalyzerDriver([.. rules.Select(r => r.Analyzer)]);
        Time(runs, () => all.Analyze(parser.Parse("story.txt", new SourceText(new string(story)))).Count);
        var total = Time(runs, () => all.Analyze(parser.Parse("story.txt", new SourceText(new string(story)))).Count);
        var parse = Time(runs, () => parser.Parse("story.txt", new SourceText(new string(story))).Blocks.Count);
        Console.WriteLine($"{"parse alone",-36} {parse,8:F3} ms");
        var tagged = Time(runs, () =>
        {
            var document = parser.Parse("story.txt", new SourceText(new string(story)));
            return document.Blocks.Sum(b => b.Sentences.Sum(s => s.Tokens(document.Text).Count));
        });
        Console.WriteLine($"{"parse and tag every sentence",-36} {tagged,8:F3} ms");
        Console.WriteLine($"{"all rules, parse included",-36} {total,8:F3} ms");
        Console.WriteLine("What each rule adds to the full pack (the full pack's time less the time without it):");
        var rows = new List<(string Id, double Ms)>();
        foreach (var rule in rules)
        {
            var without = new AnalyzerDriver([.. rules.Where(r => r != rule).Select(r => r.Analyzer)]);
            rows.Add((rule.Definition.Id, Difference(
                runs,
                () => all.Analyze(parser.Parse("story.txt", new SourceText(new string(story)))).Count,
                () => without.Analyze(parser.Parse("story.txt", new SourceText(new string(story)))).Count)));
        }

        foreach (var (id, ms) in rows.OrderByDescending(r => r.Ms))
        {
            Console.WriteLine($"{id,-36} {ms,8:F3} ms");
        }

        Console.WriteLine($"{"sum of what each adds",-36} {rows.Sum(r => r.Ms),8:F3} ms");
        Console.WriteLine("Each rule alone on a story already parsed and tagged (its own work only), and what it allocates:");
        var document = parser.Parse("story.txt", new SourceText(new string(story)));
        all.Analyze(document);
        var solo = new List<(string Id, double Ms, long Bytes)>();
        foreach (var rule in rules)
        {
            var driver = new AnalyzerDriver([rule.Analyzer]);
            var ms = Time(runs, () => driver.Analyze(document).Count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            driver.Analyze(document);
            solo.Add((rule.Definition.Id, ms, GC.GetAllocatedBytesForCurrentThread() - before));
        }

        foreach (var (id, ms, bytes) in solo.OrderByDescending(r => r.Ms))
        {
            Console.WriteLine($"{id,-36} {ms,8:F3} ms {bytes / 1024.0,9:F1} KB");
        }

        Console.WriteLine($"{"sum",-36} {solo.Sum(r => r.Ms),8:F3} ms {solo.Sum(r => r.Bytes) / 1024.0,9:F1} KB");
    }

    /// <summary>
    /// Each rule alone on the 6 KB story after an edit (one paragraph changes before each run, as in
    /// <see cref="RelintTimer"/>), the story parsed and tagged outside the timing: where a re-lint after an edit goes.
    /// </summary>
    public static void PrintAfterEdit(int runs)
    {
        var parser = new PlainTextParser();
        var story = Seeds.Stories[0];
        var middle = story.IndexOf('\n', story.Length / 2) + 1;
        var rules = Seeds.DefaultRules();
        var edit = 0;
        Document Edited()
        {
            var document = parser.Parse("story.txt", new SourceText(string.Concat(story.AsSpan(0, middle), $"Edit {edit++}: ", story.AsSpan(middle))));
            foreach (var block in document.Blocks)
            {
                foreach (var sentence in block.Sentences)
                {
                    sentence.Tokens(document.Text);
                }
            }

            return document;
        }

        var rows = new List<(string Id, double Ms)>();
        foreach (var rule in rules)
        {
            var driver = new AnalyzerDriver([rule.Analyzer]);
            var documents = Enumerable.Range(0, runs + 300).Select(_ => Edited()).ToList();
            var next = 0;
            rows.Add((rule.Definition.Id, Time(runs, () => driver.Analyze(documents[next++]).Count)));
        }

        foreach (var (id, ms) in rows.OrderByDescending(r => r.Ms))
        {
            Console.WriteLine($"{id,-36} {ms,8:F3} ms");
        }

        Console.WriteLine($"{"sum",-36} {rows.Sum(r => r.Ms),8:F3} ms");
    }

    /// <summary>
    /// Re-lints the 6 KB story <paramref name="runs"/> times with the default pack, for a sampling profiler;
    /// with <paramref name="edit"/>, one paragraph changes before each re-lint (see <see cref="RelintTimer"/>).
    /// </summary>
    public static void Loop(int runs, bool edit)
    {
        var parser = new PlainTextParser();
        var story = Seeds.Stories[0];
        var middle = story.IndexOf('\n', story.Length / 2) + 1;
        var all = new AnalyzerDriver([.. Seeds.DefaultRules().Select(r => r.Analyzer)]);
        var found = 0;
        for (var i = 0; i < runs; i++)
        {
            var text = edit ? string.Concat(story.AsSpan(0, middle), $"Edit {i}: ", story.AsSpan(middle)) : new string(story);
            found += all.Analyze(parser.Parse("story.txt", new SourceText(text))).Count;
        }

        Console.WriteLine($"{runs} runs, {found / runs} findings each");
    }

    /// <summary>The median of <paramref name="first"/>'s time less <paramref name="second"/>'s, run in turn so drift cancels.</summary>
    private static double Difference(int runs, Func<int> first, Func<int> second)
    {
        first();
        second();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            first();
            var middle = Stopwatch.GetTimestamp();
            second();
            var end = Stopwatch.GetTimestamp();
            samples[i] = (Stopwatch.GetElapsedTime(start, middle) - Stopwatch.GetElapsedTime(middle, end)).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples[runs / 2];
    }

    private static double Time(int runs, Func<int> work)
    {
        for (var i = 0; i < Math.Max(20, runs / 5); i++)
        {
            work();
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples[runs / 2];
    }
}

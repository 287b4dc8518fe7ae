using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Lint.Cli.Tests;

/// <summary>
/// Precision and recall of the default rule pack on tests/Corpus, articles written for this project
/// with planted defects listed beside them (NN-*.defects.tsv). A finding is correct when it overlaps a
/// planted defect of a class its rule is meant to catch (tests/Corpus/rule-classes.tsv); only the articles
/// (.txt) count, not the corpus's README. The table is
/// written to the test output; the thresholds keep the pack from sliding back.
/// </summary>
public class CorpusQualityTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "Corpus");

    private sealed record Defect(string File, int Line, int Column, int Length, string Class);

    private sealed record Finding(string File, int Line, int Column, int EndLine, int EndColumn, string Rule);

    [Fact]
    public void The_pack_finds_most_planted_defects_and_few_false_alarms()
    {
        var classes = File.ReadAllLines(Path.Combine(Corpus, "rule-classes.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[1].Split(',').ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var defects = ReadDefects().ToList();
        var findings = ReadFindings().ToList();

        var correct = findings.Where(f => defects.Any(d => Matches(f, d, classes))).ToList();
        var found = defects.Where(d => findings.Any(f => Matches(f, d, classes))).ToList();
        var precision = (double)correct.Count / Math.Max(1, findings.Count);
        var recall = (double)found.Count / defects.Count;

        output.WriteLine(Table(defects, found, findings, correct, classes));
        Assert.True(precision >= 0.90, $"precision {precision:P0} fell below 90%");
        Assert.True(recall >= 0.90, $"recall {recall:P0} fell below 90%");
    }

    private static bool Matches(Finding finding, Defect defect, Dictionary<string, HashSet<string>> classes)
    {
        if (finding.File != defect.File || !classes.TryGetValue(finding.Rule, out var meant) || !meant.Contains(defect.Class))
        {
            return false;
        }

        var startsBefore = finding.Line < defect.Line || (finding.Line == defect.Line && finding.Column < defect.Column + defect.Length);
        var endsAfter = finding.EndLine > defect.Line || (finding.EndLine == defect.Line && finding.EndColumn > defect.Column);
        return startsBefore && endsAfter;
    }

    private static IEnumerable<Defect> ReadDefects()
    {
        foreach (var sidecar in Directory.EnumerateFiles(Corpus, "*.defects.tsv").Order(StringComparer.Ordinal))
        {
            var article = sidecar.Replace(".defects.tsv", ".txt", StringComparison.Ordinal);
            var lines = File.ReadAllText(article).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            foreach (var row in File.ReadAllLines(sidecar).Skip(1).Where(r => r.Length > 0))
            {
                var fields = row.Split('\t');
                var line = int.Parse(fields[0], CultureInfo.InvariantCulture);
                var column = lines[line - 1].IndexOf(fields[1], StringComparison.Ordinal);
                Assert.True(column >= 0, $"{sidecar}: '{fields[1]}' is not on line {line}");
                yield return new Defect(Path.GetFileName(article), line, column + 1, fields[1].Length, fields[2]);
            }
        }
    }

    private static IEnumerable<Finding> ReadFindings()
    {
        var result = LintProcess.Run("check", "tests/Corpus", "--format", "json", "--fail-level", "none");
        foreach (var node in JsonNode.Parse(result.Stdout)!["findings"]!.AsArray().Where(n => ((string)n!["path"]!).EndsWith(".txt", StringComparison.Ordinal)))
        {
            yield return new Finding(
                Path.GetFileName((string)node!["path"]!),
                (int)node["line"]!,
                (int)node["column"]!,
                (int)node["endLine"]!,
                (int)node["endColumn"]!,
                (string)node["rule"]!);
        }
    }

    private static string Table(List<Defect> defects, List<Defect> found, List<Finding> findings, List<Finding> correct, Dictionary<string, HashSet<string>> classes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {defects.Count} planted defects, {findings.Count} findings, {correct.Count} correct.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Precision {Percent(correct.Count, findings.Count)}, recall {Percent(found.Count, defects.Count)}.");
        text.AppendLine("| class | planted | found | recall |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var group in defects.GroupBy(d => d.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var hit = found.Count(f => f.Class == group.Key);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {hit} | {Percent(hit, group.Count())} |");
        }

        text.AppendLine("| rule | findings | correct | precision |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var group in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = correct.Count(c => c.Rule == group.Key);
            var note = classes.ContainsKey(group.Key) ? string.Empty : " (rule not mapped to a class)";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key}{note} | {group.Count()} | {right} | {Percent(right, group.Count())} |");
        }

        foreach (var miss in findings.Except(correct))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"false alarm? {miss.File}:{miss.Line}:{miss.Column} {miss.Rule}");
        }

        foreach (var missed in defects.Except(found))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"missed: {missed.File}:{missed.Line}:{missed.Column} {missed.Class}");
        }

        return text.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P0", CultureInfo.InvariantCulture);
}

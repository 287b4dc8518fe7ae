using System.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// What loading works out about each pattern of the default pack, worked out once when the pack was written
/// and shipped with Lint (Data/pattern-facts.tsv), so a run does not work it out again: that .NET accepts the
/// pattern (the loader would otherwise build a regex only to validate it) and the literals every match needs
/// (<see cref="Matching.RequiredLiterals"/>, a parse of the pattern). Both depend on the pattern's text alone,
/// so the table is keyed by that text and holds for any rule that has the same pattern; a pattern it does
/// not hold (a user's own rule, a rule edited since) is worked out as before. PatternFactsTests checks that
/// the table is what the code gives for every pattern of the pack, and writes it with
/// <c>LINT_WRITE_GENERATED=1</c>.
/// </summary>
public static class PatternFacts
{
    private const string ResourceName = "Lint.Rules.Matching.Data.pattern-facts.tsv";
    private const string Valid = "valid";
    private const string Needs = "needs";
    private const string Anywhere = "anywhere";

    private static readonly Lazy<Table> Shipped = new(() => Table.Read(OpenShipped()));
    private static readonly AsyncLocal<PatternRecording?> Recorder = new();

    /// <summary>
    /// Whether <paramref name="pattern"/> (translated from Vale's syntax) is known to be a valid .NET regular
    /// expression. False only means "not known": the caller builds it to find out.
    /// </summary>
    public static bool IsKnownValid(string pattern)
    {
        Recorder.Value?.Validated(pattern);
        return Shipped.Value.Valid.Contains(pattern);
    }

    /// <summary>The literals one of which every match of <paramref name="pattern"/> needs, as <see cref="Matching.RequiredLiterals.Of"/> gives them.</summary>
    public static IReadOnlyList<string>? RequiredLiterals(string pattern)
    {
        Recorder.Value?.Searched(pattern);
        return Shipped.Value.Literals.TryGetValue(pattern, out var literals) ? literals : Matching.RequiredLiterals.Of(pattern);
    }

    /// <summary>Records the patterns asked about on this flow of control until disposed: what the table is written from.</summary>
    public static PatternRecording Record()
    {
        var recording = new PatternRecording(() => Recorder.Value = null);
        Recorder.Value = recording;
        return recording;
    }

    /// <summary>The shipped table as it is written in the resource.</summary>
    public static string ShippedText()
    {
        using var reader = new StreamReader(OpenShipped(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Writes the table for the patterns of <paramref name="recording"/>, working each fact out afresh. A pattern
    /// .NET refuses is left out, and so is one with a tab or a line break in it or in one of its literals, which
    /// the table's lines cannot hold; those are worked out at load as any unknown pattern is.
    /// </summary>
    public static string Write(PatternRecording recording)
    {
        var text = new StringBuilder();
        text.Append("# Facts about the patterns of the default pack, written by PatternFactsTests (LINT_WRITE_GENERATED=1).\n");
        text.Append("# valid<TAB>pattern: .NET accepts it. needs<TAB>pattern<TAB>literal...: every match holds one of the literals.\n");
        text.Append("# anywhere<TAB>pattern: no literal is needed, so it runs on every text. Do not edit by hand.\n");
        foreach (var pattern in recording.ValidatedPatterns.Where(Fits).Where(Builds))
        {
            text.Append(Valid).Append('\t').Append(pattern).Append('\n');
        }

        foreach (var pattern in recording.SearchedPatterns.Where(Fits))
        {
            var literals = Matching.RequiredLiterals.Of(pattern);
            if (literals is not null && !literals.All(Fits))
            {
                continue;
            }

            text.Append(literals is null ? Anywhere : Needs).Append('\t').Append(pattern);
            foreach (var literal in literals ?? [])
            {
                text.Append('\t').Append(literal);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static bool Fits(string text) => text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0;

    private static bool Builds(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Stream OpenShipped() =>
        typeof(PatternFacts).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(PatternFacts).Assembly.GetName().Name}.");

    private sealed class Table
    {
        public HashSet<string> Valid { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<string>?> Literals { get; } = new(StringComparer.Ordinal);

        public static Table Read(Stream stream)
        {
            var table = new Table();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case PatternFacts.Valid when fields.Length == 2:
                        table.Valid.Add(fields[1]);
                        break;
                    case Needs when fields.Length >= 2:
                        table.Literals[fields[1]] = fields[2..];
                        break;
                    case Anywhere when fields.Length == 2:
                        table.Literals[fields[1]] = null;
                        break;
                    default:
                        throw new InvalidDataException($"{ResourceName}: a line the table does not know: '{line}'.");
                }
            }

            return table;
        }
    }
}

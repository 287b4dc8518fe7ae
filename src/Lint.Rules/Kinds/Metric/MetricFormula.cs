using System.Globalization;
using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Metric;

/// <summary>
/// A metric rule's <c>formula</c> (or the right side of its <c>condition</c>), parsed once when the rule
/// loads: numbers, the variables of <see cref="TextCounts"/> and the element counts (<c>paragraphs</c>,
/// <c>heading.h1</c> to <c>heading.h6</c>, <c>list</c>, <c>blockquote</c>, <c>pre</c>), <c>+ - * / %</c>,
/// parentheses, and the functions <c>math.sqrt</c>, <c>math.abs</c>, <c>math.pow</c>, <c>math.floor</c>,
/// <c>math.ceil</c>, <c>math.min</c>, <c>math.max</c> and <c>round(x, digits)</c>. Anything else is a
/// <see cref="FormatException"/> naming what was not understood.
/// </summary>
public sealed partial class MetricFormula
{
    /// <summary>Every variable a formula may name, with dots written as Vale's formulas may write them.</summary>
    public static readonly string[] Variables =
    [
        "words", "sentences", "characters", "syllables", "polysyllabic_words", "complex_words", "long_words", "paragraphs",
        "heading_h1", "heading_h2", "heading_h3", "heading_h4", "heading_h5", "heading_h6", "list", "blockquote", "pre",
        "flesch_kincaid", "flesch_reading_ease", "gunning_fog", "smog", "coleman_liau", "automated_readability", "lix",
    ];

    private readonly Func<IReadOnlyDictionary<string, double>, double> _evaluate;

    private MetricFormula(Func<IReadOnlyDictionary<string, double>, double> evaluate) => _evaluate = evaluate;

    public double Evaluate(IReadOnlyDictionary<string, double> values) => _evaluate(values);

    public static MetricFormula Parse(string text)
    {
        var tokens = Token().Matches(text.Replace("heading.h", "heading_h", StringComparison.Ordinal)).Select(m => m.Value).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var reader = new Reader(tokens);
        var expression = reader.Sum();
        if (reader.Peek is { } extra)
        {
            throw new FormatException($"'{extra}' was not expected there.");
        }

        return new MetricFormula(expression);
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?|[A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)?|\S")]
    private static partial Regex Token();

    private sealed class Reader(List<string> tokens)
    {
        private int _next;

        public string? Peek => _next < tokens.Count ? tokens[_next] : null;

        public Func<IReadOnlyDictionary<string, double>, double> Sum()
        {
            var left = Product();
            while (Peek is "+" or "-")
            {
                var op = Take();
                var (l, r) = (left, Product());
                left = op == "+" ? v => l(v) + r(v) : v => l(v) - r(v);
            }

            return left;
        }

        private Func<IReadOnlyDictionary<string, double>, double> Product()
        {
            var left = Unary();
            while (Peek is "*" or "/" or "%")
            {
                var op = Take();
                var (l, r) = (left, Unary());
                left = op switch
                {
                    "*" => v => l(v) * r(v),
                    "/" => v => l(v) / r(v),
                    _ => v => l(v) % r(v),
                };
            }

            return left;
        }

        private Func<IReadOnlyDictionary<string, double>, double> Unary()
        {
            if (Peek == "-")
            {
                Take();
                var inner = Unary();
                return v => -inner(v);
            }

            if (Peek == "+")
            {
                Take();
            }

            return Primary();
        }

        private Func<IReadOnlyDictionary<string, double>, double> Primary()
        {
            var token = Take() ?? throw new FormatException("The formula ends too soon.");
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return _ => number;
            }

            if (token == "(")
            {
                var inner = Sum();
                Expect(")");
                return inner;
            }

            if (Peek == "(")
            {
                return Call(token);
            }

            if (!Variables.Contains(token, StringComparer.Ordinal))
            {
                throw new FormatException($"'{token}' is not a variable Vale's metric rules have. Known: {string.Join(", ", Variables)}.");
            }

            return v => v.TryGetValue(token, out var value) ? value : 0;
        }

        private Func<IReadOnlyDictionary<string, double>, double> Call(string name)
        {
            Expect("(");
            var args = new List<Func<IReadOnlyDictionary<string, double>, double>> { Sum() };
            while (Peek == ",")
            {
                Take();
                args.Add(Sum());
            }

            Expect(")");
            Func<IReadOnlyDictionary<string, double>, double> a = args[0];
            var b = args.Count > 1 ? args[1] : null;
            return (name, args.Count) switch
            {
                ("math.sqrt", 1) => v => Math.Sqrt(a(v)),
                ("math.abs", 1) => v => Math.Abs(a(v)),
                ("math.floor", 1) => v => Math.Floor(a(v)),
                ("math.ceil", 1) => v => Math.Ceiling(a(v)),
                ("math.pow", 2) => v => Math.Pow(a(v), b!(v)),
                ("math.min", 2) => v => Math.Min(a(v), b!(v)),
                ("math.max", 2) => v => Math.Max(a(v), b!(v)),
                ("round" or "math.round", 1) => v => Math.Round(a(v), MidpointRounding.AwayFromZero),
                ("round", 2) => v => Round(a(v), b!(v)),
                _ => throw new FormatException($"'{name}' with {args.Count} argument{(args.Count == 1 ? string.Empty : "s")} is not a function a formula may use (math.sqrt, math.abs, math.pow, math.floor, math.ceil, math.min, math.max, round)."),
            };
        }

        /// <summary>Rounds half away from zero at the given decimal, scaling first as scripts do, so 42.735 is 42.74.</summary>
        private static double Round(double value, double digits)
        {
            var scale = Math.Pow(10, Math.Clamp(Math.Round(digits), 0, 15));
            return Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
        }

        private void Expect(string token)
        {
            if (Take() != token)
            {
                throw new FormatException($"A '{token}' is missing.");
            }
        }

        private string? Take() => _next < tokens.Count ? tokens[_next++] : null;
    }
}

using Lint.Analysis;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Examples;

/// <summary>
/// Runs a rule's examples: each marked span must be flagged, nothing else may be; where the example
/// gives 'fixed', applying the rule's fixes must give exactly that text. A rule with no flagged example
/// or no clean example fails too, since it is not shown to work.
/// </summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleFailure> Run(LoadedRule rule)
    {
        var failures = new List<ExampleFailure>();
        var definition = rule.Definition;
        void Fail(int line, string message) => failures.Add(new ExampleFailure(definition.Id, definition.SourcePath, line, message));

        if (!definition.Examples.Any(e => e.ExpectsFindings))
        {
            Fail(1, "The rule has no example it must flag: add one with the flagged words marked [|like this|].");
        }

        if (!definition.Examples.Any(e => !e.ExpectsFindings))
        {
            Fail(1, "The rule has no example it must leave alone: add a text without marks.");
        }

        var driver = new AnalyzerDriver([rule.Analyzer]);
        foreach (var example in definition.Examples)
        {
            var markup = ExampleMarkup.Parse(example.Text);
            var document = new PlainTextParser().Parse("example", new SourceText(markup.Text));
            var found = driver.Analyze(document);
            var expected = markup.Spans.Where(s => s.RuleId is null || s.RuleId == definition.Id).Select(s => s.Span).ToHashSet();
            var actual = found.Select(d => d.Location.Span).ToHashSet();
            foreach (var diagnostic in found.Where(d => d.Id != definition.Id))
            {
                Fail(example.Line, diagnostic.Message);
            }

            foreach (var missing in expected.Except(actual).Order())
            {
                Fail(example.Line, $"Expected a finding on '{markup.Text.Substring(missing.Start, missing.Length)}', but there was none.");
            }

            foreach (var extra in found.Where(d => d.Id == definition.Id && !expected.Contains(d.Location.Span)))
            {
                var span = extra.Location.Span;
                Fail(example.Line, $"Unexpected finding on '{markup.Text.Substring(span.Start, span.Length)}': {extra.Message}");
            }

            if (example.Fixed is not null)
            {
                var fixedText = FixApplier.Apply(document.Text, found).Content;
                if (fixedText != example.Fixed)
                {
                    Fail(example.Line, $"After the fixes the text is \"{fixedText}\", not \"{example.Fixed}\".");
                }
            }
        }

        return failures;
    }
}

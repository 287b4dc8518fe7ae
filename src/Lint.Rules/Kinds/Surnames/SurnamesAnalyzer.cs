using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Kinds.Surnames;

/// <summary>Flags the first reference by surname alone to a name the story never writes beside another capitalized word.</summary>
public sealed class SurnamesAnalyzer(RuleDefinition rule, IReadOnlyList<(Regex Pattern, bool KnownPerson)> references, IReadOnlySet<string> ignore) : Analyzer(rule.ToDescriptor())
{
    /// <summary>The references by surname each paragraph holds, by its text, for an editor's re-lint: the places are from the paragraph's start.</summary>
    private readonly TextMemo<(TextSpan Span, string Name)[]> _blocks = new();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var checkedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            foreach (var (span, name) in _blocks.OfBlock(text, block, () => References(text, block)))
            {
                var at = new TextSpan(block.Span.Start + span.Start, span.Length);
                if (checkedNames.Add(name) && !Introduced(text, name))
                {
                    context.Report(at, MessageFormat.Format(rule.Message, name));
                }
            }
        }
    }

    /// <summary>
    /// The references by surname alone in <paramref name="block"/>, in the order of the patterns and then of the
    /// text, from the block's start. They depend on the block's text alone, unless part of it is not prose.
    /// </summary>
    private (TextSpan Span, string Name)[] References(string text, Syntax.Block block)
    {
        var found = new List<(TextSpan Span, string Name)>();
        foreach (var (regex, knownPerson) in references)
        {
            for (var match = regex.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                var name = match.Groups["name"];
                var span = new TextSpan(name.Index, name.Length);
                if (!ignore.Contains(name.Value) && !block.TouchesExcluded(span) && (!knownPerson || IsPersonOnly(name.Value)))
                {
                    found.Add((new TextSpan(span.Start - block.Span.Start, span.Length), name.Value));
                }
            }
        }

        return [.. found];
    }

    /// <summary>A name the lexicon knows as a person's, and not as a place's or an organisation's ("Smith", not "Jordan").</summary>
    private static bool IsPersonOnly(string name)
    {
        var kinds = Lexicon.Default.LookupName(name);
        return kinds.HasFlag(NameKinds.Person) && (kinds & (NameKinds.Place | NameKinds.Organisation | NameKinds.Nationality)) == 0;
    }

    /// <summary>
    /// True when the story writes the name after or before another capitalized word on the same line: a
    /// full name, an initial or title ("J.", "Mr."), a company. A word that ends a sentence does not count.
    /// </summary>
    private static bool Introduced(string text, string name)
    {
        var escaped = Regex.Escape(name);
        return Regex.IsMatch(
            text,
            $@"\p{{Lu}}(?:[\p{{L}}'’-]*|\p{{L}}{{0,3}}\.)[ \u00A0]+{escaped}(?![\p{{L}}\p{{N}}])|(?<![\p{{L}}\p{{N}}]){escaped}[ \u00A0]+\p{{Lu}}",
            RegexOptions.CultureInvariant,
            RulePattern.MatchTimeout);
    }
}

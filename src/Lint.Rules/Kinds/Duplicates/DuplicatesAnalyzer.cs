using System.Buffers;
using System.Text;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Duplicates;

/// <summary>Remembers each sentence and block of a story by its words, and flags a repeat at its second appearance.</summary>
public sealed class DuplicatesAnalyzer(RuleDefinition rule, int minWords) : Analyzer(rule.ToDescriptor())
{
    private const int MinBlockWords = 3;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text;
        var seenBlocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new StringBuilder();
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            var blockWords = block.Sentences.SelectMany(s => s.Words).ToList();
            if (blockWords.Count >= MinBlockWords && Check(seenBlocks, Key(text, blockWords, key), block.Span))
            {
                continue;
            }

            foreach (var sentence in block.Sentences.Where(s => s.Words.Count >= minWords))
            {
                Check(seenSentences, Key(text, sentence.Words, key), sentence.Span);
            }
        }

        bool Check(Dictionary<string, int> seen, string key, TextSpan span)
        {
            if (seen.TryGetValue(key, out var line))
            {
                context.Report(span, MessageFormat.Format(rule.Message, (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return true;
            }

            seen[key] = text.GetLinePosition(span.Start).Line;
            return false;
        }
    }

    /// <summary>The words in lower case, each followed by a space, with curly apostrophes made straight.</summary>
    private static string Key(SourceText text, IEnumerable<Word> words, StringBuilder key)
    {
        key.Clear();
        foreach (var word in words)
        {
            key.Append(text[word.Span]).Append(' ');
        }

        var written = ArrayPool<char>.Shared.Rent(key.Length);
        try
        {
            key.CopyTo(0, written, key.Length);
            return string.Create(key.Length, written, static (lower, buffer) =>
            {
                _ = buffer.AsSpan(0, lower.Length).ToLowerInvariant(lower);
                lower.Replace('’', '\'');
            });
        }
        finally
        {
            ArrayPool<char>.Shared.Return(written);
        }
    }
}

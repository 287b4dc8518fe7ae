using System.Buffers;
using System.Text;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Duplicates;

/// <summary>Remembers each sentence and block of a story by its words, and flags a repeat at its second appearance.</summary>
public sealed class DuplicatesAnalyzer(RuleDefinition rule, int minWords) : Analyzer(rule.ToDescriptor())
{
    private const int MinBlockWords = 3;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private readonly TextMemo<BlockKeys> _keys = new();

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text;
        var seenBlocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        StringBuilder? builder = null;
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            var keys = _keys.OfBlock(text.Content, block, () => KeysOf(text, block, builder ??= new StringBuilder()));
            if (keys.Block is { } blockKey && Check(seenBlocks, blockKey, block.Span))
            {
                continue;
            }

            for (var i = 0; i < keys.Sentences.Length; i++)
            {
                if (keys.Sentences[i] is { } sentenceKey)
                {
                    Check(seenSentences, sentenceKey, block.Sentences[i].Span);
                }
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

    /// <summary>The key of a block (null under <see cref="MinBlockWords"/> words) and of each of its sentences (null under the rule's minimum).</summary>
    private BlockKeys KeysOf(SourceText text, Block block, StringBuilder builder)
    {
        var blockWords = block.Sentences.SelectMany(s => s.Words).ToList();
        var blockKey = blockWords.Count >= MinBlockWords ? Key(text, blockWords, builder) : null;
        var sentences = new string?[block.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var words = block.Sentences[i].Words;
            sentences[i] = words.Count >= minWords ? Key(text, words, builder) : null;
        }

        return new BlockKeys(blockKey, sentences);
    }

    /// <summary>What a block gives to compare: its key and its sentences' keys, by the sentences' order.</summary>
    private sealed record BlockKeys(string? Block, string?[] Sentences);

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

using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// The shape every parser must give a document, checked by the tests of every parser: blocks in order
/// and inside the text (a block may sit inside another only within one of its excluded ranges, as image
/// alt text does), excluded ranges inside their block, sentences inside their block, words inside their
/// sentence and never on an excluded range, comments inside the source.
/// </summary>
public static class DocumentShape
{
    public static IReadOnlyList<string> Violations(Document document)
    {
        var problems = new List<string>();
        var length = document.Text.Length;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            var name = $"block {b} {block.Kind} {block.Span}";
            Check(!block.Span.IsEmpty && block.Span.Start >= 0 && block.Span.End <= length, $"{name} is empty or outside the text (length {length})");
            if (b > 0)
            {
                var before = document.Blocks[b - 1];
                Check(before.Span.Start <= block.Span.Start, $"{name} starts before block {b - 1}");
                var nested = document.Blocks.Take(b).Any(o => o.Excluded.Any(e => e.Contains(block.Span)));
                Check(nested || document.Blocks.Take(b).All(o => !o.Span.OverlapsWith(block.Span)), $"{name} overlaps an earlier block outside its excluded ranges");
            }

            CheckOrdered(block.Excluded, block.Span, $"{name}: excluded range");
            CheckOrdered(block.Sentences.Select(s => s.Span).ToList(), block.Span, $"{name}: sentence");
            foreach (var sentence in block.Sentences)
            {
                CheckOrdered(sentence.Words.Select(w => w.Span).ToList(), sentence.Span, $"{name}: word of sentence {sentence.Span}");
                foreach (var word in sentence.Words.Where(w => block.TouchesExcluded(w.Span)))
                {
                    problems.Add($"{name}: word {word.Span} lies on an excluded range");
                }
            }

            if (document.SourceMap is { } map)
            {
                var source = map.ToSource(block.Span);
                Check(source.End <= map.Source.Length, $"{name} maps to {source}, outside the source");
            }
        }

        CheckOrdered(document.Comments.Select(c => c.Span).ToList(), new TextSpan(0, document.Source.Length), "comment");
        return problems;

        void Check(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        void CheckOrdered(IReadOnlyList<TextSpan> spans, TextSpan parent, string what)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                Check(!spans[i].IsEmpty && parent.Contains(spans[i]), $"{what} {spans[i]} is empty or outside {parent}");
                Check(i == 0 || spans[i - 1].End <= spans[i].Start, $"{what} {spans[i]} overlaps or precedes the one before it");
            }
        }
    }
}

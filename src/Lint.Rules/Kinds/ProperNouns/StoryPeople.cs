using System.Runtime.CompilerServices;
using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>
/// The words of the people a story names, in lower case: each name of two or three capitalized words one
/// of which the lexicon knows as a person's name ("Jack Colman" gives "jack" and "colman"), and each name
/// on a line of its own that lost its capitals ("jack colman"). Read once a story, on first use.
/// </summary>
internal static class StoryPeople
{
    private const int LongestName = 3;

    private static readonly ConditionalWeakTable<Document, HashSet<string>> Read = [];

    public static HashSet<string> Of(Document document, Func<SourceText, Block, IReadOnlyList<Token>, bool> isNameLine) =>
        Read.GetValue(document, d => Gather(d, isNameLine));

    private static HashSet<string> Gather(Document document, Func<SourceText, Block, IReadOnlyList<Token>, bool> isNameLine)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            foreach (var sentence in block.Sentences)
            {
                var tokens = sentence.Tokens(document.Text);
                if (isNameLine(document.Text, block, tokens))
                {
                    words.UnionWith(tokens.Select(t => t.Lower));
                    continue;
                }

                for (var i = 0; i + 1 < tokens.Count; i++)
                {
                    var last = i;
                    while (last + 1 < tokens.Count && last - i + 1 < LongestName && IsNameWord(tokens[last + 1]) && Adjacent(document.Text, tokens[last], tokens[last + 1]))
                    {
                        last++;
                    }

                    if (last > i && IsNameWord(tokens[i]) && tokens.Skip(i).Take(last - i + 1).Any(t => t.Names.HasFlag(NameKinds.Person)))
                    {
                        words.UnionWith(tokens.Skip(i).Take(last - i + 1).Select(t => t.Lower));
                        i = last;
                    }
                }
            }
        }

        return words;
    }

    private static bool IsNameWord(Token token) => token.Casing == Casing.Capitalized && token.Text.All(char.IsLetter);

    private static bool Adjacent(SourceText text, Token first, Token second) =>
        second.Span.Start == first.Span.End + 1 && text[first.Span.End] == ' ';
}

using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Language;

/// <summary>A text read as one sentence and tagged with the shipped lexicon, for the language layer's tests.</summary>
internal static class TaggedText
{
    public static IReadOnlyList<Token> Of(string text)
    {
        var words = WordTokenizer.Tokenize(text, new TextSpan(0, text.Length));
        return Tagger.Tag(text, new Sentence(new TextSpan(0, text.Length), words), Lexicon.Default);
    }
}

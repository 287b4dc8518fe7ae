using Lint.Language.Spelling;

namespace Lint.Core.Tests.Spelling;

/// <summary>Builds a dictionary from the text of an affix file and a word list, as a test writes them.</summary>
internal static class Dictionaries
{
    public static HunspellDictionary Read(string aff, params string[] words)
    {
        var dic = $"{words.Length}\n{string.Join('\n', words)}\n";
        return HunspellDictionary.Read(AffixFile.Parse(new StringReader(aff)), new StringReader(dic));
    }
}

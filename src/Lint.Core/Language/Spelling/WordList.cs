namespace Lint.Language.Spelling;

/// <summary>A file of words to accept, one a line, as Vale's <c>ignore</c> files are written; blank lines and lines starting with <c>#</c> are skipped.</summary>
public static class WordList
{
    public static IEnumerable<string> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                yield return word;
            }
        }
    }
}

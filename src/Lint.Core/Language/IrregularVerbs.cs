namespace Lint.Language;

/// <summary>Reads Data/irregular-verbs.tsv: which form of an irregular verb a word is ("went" past, "gone" participle).</summary>
internal static class IrregularVerbs
{
    public static (IReadOnlyDictionary<string, WordTags> Forms, IReadOnlyDictionary<string, string> Lemmas) Read(TextReader reader)
    {
        var forms = new Dictionary<string, WordTags>(StringComparer.Ordinal);
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            Add(columns[0], WordTags.Verb);
            foreach (var past in columns[1].Split('|'))
            {
                Add(past, WordTags.PastTense);
            }

            foreach (var participle in columns[2].Split('|'))
            {
                Add(participle, WordTags.PastParticiple);
            }

            void Add(string form, WordTags tag)
            {
                forms[form] = forms.GetValueOrDefault(form) | tag;
                lemmas.TryAdd(form, columns[0]);
            }
        }

        return (forms, lemmas);
    }
}

namespace Lint.Language;

/// <summary>Reads Data/closed-classes.txt: the small words of grammar, and the days, months and named days.</summary>
internal static class ClosedClasses
{
    public static void AddTo(LexiconTable table, TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var name = line[..colon];
            foreach (var word in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var kinds = name switch
                {
                    "day" => NameKinds.Day,
                    "month" => NameKinds.Month,
                    "holiday" => NameKinds.Holiday,
                    _ => NameKinds.None,
                };
                if (kinds != NameKinds.None)
                {
                    // Names of several words are written with '_' for their spaces ("Election_Day").
                    var form = word.Replace('_', ' ');
                    var key = form.ToLowerInvariant();
                    table.TryGetName(key, out var named);
                    table.SetName(key, (named & ~NameKinds.Holiday) | kinds, form);
                    continue;
                }

                if (name.StartsWith("lemma-", StringComparison.Ordinal))
                {
                    table.TryGetWord(word, out var inflected);
                    table.SetWord(word, inflected with { Lemma = name["lemma-".Length..] });
                    continue;
                }

                var tags = Tag(name);
                table.TryGetWord(word, out var stored);
                // A plural noun is not also singular; an auxiliary ("is", "are", "do", "have") is no noun in copy,
                // whatever a word list says of units of area or of "the haves".
                var kept = tags switch
                {
                    WordTags.PluralNoun => stored.Tags & ~WordTags.Noun,
                    WordTags.Auxiliary => stored.Tags & ~(WordTags.Noun | WordTags.PluralNoun),
                    _ => stored.Tags,
                };
                table.SetWord(word, stored with { Tags = kept | tags, Common = true });
            }
        }
    }

    private static WordTags Tag(string name) => name switch
    {
        "determiner" => WordTags.Determiner,
        "pronoun" => WordTags.Pronoun,
        "preposition" => WordTags.Preposition,
        "conjunction" => WordTags.Conjunction,
        "modal" => WordTags.Modal,
        "auxiliary" => WordTags.Auxiliary,
        "auxiliary-base" => WordTags.Verb,
        "auxiliary-third" => WordTags.ThirdPersonVerb,
        "auxiliary-past" => WordTags.PastTense,
        "auxiliary-participle" => WordTags.PastParticiple,
        "auxiliary-ing" => WordTags.Gerund,
        "wh" => WordTags.WhWord,
        "to" => WordTags.To,
        "number" => WordTags.Number,
        "plural-noun" => WordTags.PluralNoun,
        _ => throw new InvalidDataException($"closed-classes.txt: unknown class '{name}'."),
    };
}

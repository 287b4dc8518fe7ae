using System.IO.Compression;

namespace Lint.Language;

/// <summary>
/// English words with their parts of speech, lemmas, and the kinds of name they are. Built from WordNet 3.0
/// and Hunspell's en_US dictionary by tools/lexicon/build_lexicon.py into an embedded resource, plus the
/// closed word classes and irregular verbs written by hand (Data/). Loaded once, on first use, and shared:
/// lookups are thread-safe and allocate nothing but the lemma of a regular inflection.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load);

    private readonly Dictionary<string, Stored> _words;
    private readonly Dictionary<string, NameKinds> _names;
    private readonly Dictionary<string, string> _nameForms;
    private readonly IReadOnlyDictionary<string, WordTags> _verbForms;
    private readonly IReadOnlyDictionary<string, string> _verbLemmas;

    private Lexicon(
        Dictionary<string, Stored> words,
        Dictionary<string, NameKinds> names,
        Dictionary<string, string> nameForms,
        IReadOnlyDictionary<string, WordTags> verbForms,
        IReadOnlyDictionary<string, string> verbLemmas)
    {
        _words = words;
        _names = names;
        _nameForms = nameForms;
        _verbForms = verbForms;
        _verbLemmas = verbLemmas;
    }

    /// <summary>The lexicon shipped with Lint.</summary>
    public static Lexicon Default => Shared.Value;

    /// <summary>
    /// Starts reading the shipped lexicon on a thread-pool thread, so a run that will need it (a rule that
    /// reads tokens has just been loaded) reads it while the rest of the rules load; the first use waits for it.
    /// </summary>
    public static void Preload()
    {
        if (!Shared.IsValueCreated)
        {
            ThreadPool.QueueUserWorkItem(static _ => _ = Shared.Value);
        }
    }

    /// <summary>
    /// Looks a word up in any case. <see cref="LexiconEntry.Names"/> says what the word names when it is
    /// capitalized, whatever case it was written in ("monday" -> Day), so a rule can ask whether a
    /// lower-case word should have been a name; <see cref="LexiconEntry.IsCommonWord"/> says whether it is
    /// also an ordinary lower-case word.
    /// </summary>
    public LexiconEntry Lookup(string word)
    {
        var lower = word.ToLowerInvariant();
        if (!_names.TryGetValue(lower, out var names) && Possessive.Owner(lower) is { } owner)
        {
            names = _names.GetValueOrDefault(owner);
        }

        _words.TryGetValue(lower, out var stored);
        var tags = stored.Tags;
        var common = stored.Common;
        var role = stored.Role;
        var lemma = stored.Lemma ?? lower;

        if (_verbForms.TryGetValue(lower, out var verbTags))
        {
            tags |= verbTags;
            common = true;
            if (_verbLemmas.TryGetValue(lower, out var verbLemma))
            {
                lemma = verbLemma;
            }
        }

        var inflected = Morphology.Analyse(lower, this);
        if (inflected.Tags != WordTags.None)
        {
            tags |= inflected.Tags;
            common = true;
            role |= inflected.Role;
            if (verbTags == WordTags.None)
            {
                // "orchestrated" is an adjective in WordNet too, but its lemma is the verb's.
                lemma = inflected.Lemma ?? lemma;
            }
        }

        return new LexiconEntry(tags, names, common, role, lemma);
    }

    /// <summary>What a name of several words names ("korean war" -> Event), in any case; None when it is no name.</summary>
    public NameKinds LookupName(string phrase) =>
        _names.TryGetValue(phrase.ToLowerInvariant(), out var names) ? names : NameKinds.None;

    /// <summary>How a name is written ("o'keeffe" -> "O'Keeffe", "korean war" -> "Korean War"); null when it is no name.</summary>
    public string? NameForm(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        if (_nameForms.TryGetValue(lower, out var form))
        {
            return form;
        }

        return Possessive.Owner(lower) is { } owner && _nameForms.TryGetValue(owner, out var ownerForm)
            ? ownerForm + phrase[owner.Length..]
            : null;
    }

    /// <summary>The stored entry of a base form, for morphology: parts of speech from the lower-case form only.</summary>
    internal bool TryGetBase(string lower, out WordTags tags, out bool role)
    {
        if (_words.TryGetValue(lower, out var stored) && stored.Common)
        {
            tags = stored.Tags;
            role = stored.Role;
            return true;
        }

        tags = WordTags.None;
        role = false;
        return false;
    }

    /// <summary>Reads the shipped lexicon anew; <see cref="Default"/> reads it once and keeps it.</summary>
    public static Lexicon Load()
    {
        var words = new Dictionary<string, Stored>(100_000, StringComparer.Ordinal);
        var names = new Dictionary<string, NameKinds>(40_000, StringComparer.Ordinal);
        var nameForms = new Dictionary<string, string>(40_000, StringComparer.Ordinal);
        using (var reader = OpenText("lexicon.tsv.gz", compressed: true))
        {
            while (reader.ReadLine() is { } line)
            {
                // key, parts of speech, flags, lemma: read without splitting the line into new strings.
                var first = line.IndexOf('\t');
                var second = line.IndexOf('\t', first + 1);
                var third = line.IndexOf('\t', second + 1);
                var entry = Stored.Parse(line.AsSpan(first + 1, second - first - 1), line.AsSpan(second + 1, third - second - 1), line.AsSpan(third + 1));
                var word = line[..first];
                if (entry.Names != NameKinds.None)
                {
                    var key = word.ToLowerInvariant();
                    names[key] = names.GetValueOrDefault(key) | entry.Names;
                    nameForms.TryAdd(key, word);
                }

                if (entry.Common || entry.Tags != WordTags.None)
                {
                    words[word] = entry with { Names = NameKinds.None };
                }
            }
        }

        using (var reader = OpenText("closed-classes.txt", compressed: false))
        {
            ClosedClasses.AddTo(words, names, nameForms, reader);
        }

        using var verbs = OpenText("irregular-verbs.tsv", compressed: false);
        var (verbForms, verbLemmas) = IrregularVerbs.Read(verbs);
        return new Lexicon(
            words,
            names,
            nameForms,
            verbForms,
            verbLemmas);
    }

    private static StreamReader OpenText(string name, bool compressed)
    {
        var assembly = typeof(Lexicon).Assembly;
        var stream = assembly.GetManifestResourceStream("Lint.Language.Data." + name)
            ?? throw new InvalidOperationException($"The lexicon resource '{name}' is missing from {assembly.GetName().Name}.");
        return new StreamReader(compressed ? new GZipStream(stream, CompressionMode.Decompress) : stream);
    }

    internal readonly record struct Stored(WordTags Tags, NameKinds Names, bool Common, bool Role, string? Lemma)
    {
        public static Stored Parse(ReadOnlySpan<char> pos, ReadOnlySpan<char> flags, ReadOnlySpan<char> lemma)
        {
            var tags = WordTags.None;
            foreach (var p in pos)
            {
                tags |= p switch
                {
                    'n' => WordTags.Noun,
                    'v' => WordTags.Verb,
                    'a' => WordTags.Adjective,
                    'r' => WordTags.Adverb,
                    _ => WordTags.None,
                };
            }

            var names = NameKinds.None;
            bool common = false, role = false;
            foreach (var f in flags)
            {
                switch (f)
                {
                    case 'c': common = true; break;
                    case 'p': role = true; break;
                    case 's': tags |= WordTags.PluralNoun; break;
                    default: names |= NameKind(f); break;
                }
            }

            var bar = lemma.IndexOf('|');
            var first = bar < 0 ? lemma : lemma[..bar];
            return new Stored(tags, names, common, role, first.Length == 0 ? null : first.ToString());
        }

        private static NameKinds NameKind(char flag) => flag switch
        {
            'D' => NameKinds.Day,
            'M' => NameKinds.Month,
            'H' => NameKinds.Holiday,
            'P' => NameKinds.Person,
            'L' => NameKinds.Place,
            'O' => NameKinds.Organisation,
            'N' => NameKinds.Nationality,
            'G' => NameKinds.Language,
            'E' => NameKinds.Event,
            _ => NameKinds.Other,
        };
    }
}

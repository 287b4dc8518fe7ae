using System.IO.Compression;
using System.Text;

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

    private readonly LexiconTable _table;
    private readonly IReadOnlyDictionary<string, WordTags> _verbForms;
    private readonly IReadOnlyDictionary<string, string> _verbLemmas;

    private Lexicon(
        LexiconTable table,
        IReadOnlyDictionary<string, WordTags> verbForms,
        IReadOnlyDictionary<string, string> verbLemmas)
    {
        _table = table;
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
        if (!_table.TryGetName(lower, out var names) && Possessive.Owner(lower) is { } owner)
        {
            _table.TryGetName(owner, out names);
        }

        _table.TryGetWord(lower, out var stored);
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

    /// <summary>
    /// Whether <paramref name="word"/>, itself no ordinary word, is one keystroke from one: a letter left out
    /// ("goverment"), one too many ("councill") or two letters swapped ("teh"). A name that is such a slip of an
    /// ordinary word cannot be told from a typo by its letters alone. A word longer than any ordinary word and one
    /// more letter is none: the test tries about 27 candidates a letter, so a long run of letters (pasted code, a
    /// garbled line) would cost time that grows with the square of its length.
    /// </summary>
    public bool IsSlipOfCommonWord(string word)
    {
        if (word.Length > LongestOrdinaryWord + 1)
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        var buffer = new System.Text.StringBuilder(lower.Length + 1);
        for (var i = 0; i < lower.Length; i++)
        {
            if (IsCommon(buffer.Clear().Append(lower, 0, i).Append(lower, i + 1, lower.Length - i - 1))
                || (i + 1 < lower.Length && lower[i] != lower[i + 1]
                    && IsCommon(buffer.Clear().Append(lower, 0, i).Append(lower[i + 1]).Append(lower[i]).Append(lower, i + 2, lower.Length - i - 2))))
            {
                return true;
            }
        }

        for (var i = 0; i <= lower.Length; i++)
        {
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                if (IsCommon(buffer.Clear().Append(lower, 0, i).Append(letter).Append(lower, i, lower.Length - i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Longer than "pneumonoultramicroscopicsilicovolcanoconiosis" (45 letters), the longest word a dictionary lists.
    private const int LongestOrdinaryWord = 45;

    private bool IsCommon(System.Text.StringBuilder candidate) => candidate.Length > 0 && Lookup(candidate.ToString()).IsCommonWord;

    /// <summary>What a name of several words names ("korean war" -> Event), in any case; None when it is no name.</summary>
    public NameKinds LookupName(string phrase) =>
        _table.TryGetName(phrase.ToLowerInvariant(), out var names) ? names : NameKinds.None;

    /// <summary>How a name is written ("o'keeffe" -> "O'Keeffe", "korean war" -> "Korean War"); null when it is no name.</summary>
    public string? NameForm(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        if (_table.NameForm(lower) is { } form)
        {
            return form;
        }

        return Possessive.Owner(lower) is { } owner && _table.NameForm(owner) is { } ownerForm
            ? ownerForm + phrase[owner.Length..]
            : null;
    }

    /// <summary>The stored entry of a base form, for morphology: parts of speech from the lower-case form only.</summary>
    internal bool TryGetBase(string lower, out WordTags tags, out bool role)
    {
        if (_table.TryGetWord(lower, out var stored) && stored.Common)
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
        var table = LexiconTable.Read(ReadResource("lexicon.tsv.gz"));
        using (var reader = OpenText("closed-classes.txt"))
        {
            ClosedClasses.AddTo(table, reader);
        }

        using var verbs = OpenText("irregular-verbs.tsv");
        var (verbForms, verbLemmas) = IrregularVerbs.Read(verbs);
        return new Lexicon(table, verbForms, verbLemmas);
    }

    // The gzip of the word list, inflated whole into one string (it is ASCII, about 1.8 MB).
    private static string ReadResource(string name)
    {
        using var inflated = new GZipStream(OpenResource(name), CompressionMode.Decompress);
        using var bytes = new MemoryStream(2 * 1024 * 1024);
        inflated.CopyTo(bytes);
        return Encoding.UTF8.GetString(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    private static StreamReader OpenText(string name) => new(OpenResource(name));

    private static Stream OpenResource(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        return assembly.GetManifestResourceStream("Lint.Language.Data." + name)
            ?? throw new InvalidOperationException($"The lexicon resource '{name}' is missing from {assembly.GetName().Name}.");
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

namespace Lint.Language;

/// <summary>
/// The shipped word list (Data/lexicon.tsv.gz: a form, its parts of speech, flags and lemmas on each line) held
/// as it was read: the whole text in one string, a row per line pointing into it, and two hash indexes over the
/// rows, one by the written form (the words) and one by the lower-case form (the names). Reading it allocates a
/// few large arrays instead of a string and a dictionary entry for each of its 119,000 lines, which had a cold
/// start spend most of its time collecting garbage. The hand-written closed classes are laid over it with
/// <see cref="SetWord"/> and <see cref="SetName"/>. Read-only once built, so lookups are thread-safe.
/// </summary>
internal sealed class LexiconTable
{
    private readonly string _text;
    private readonly Row[] _rows;

    // Open addressing with linear probing: a slot holds a row's index + 1, 0 when it is empty.
    private readonly int[] _wordSlots;
    private readonly int[] _nameSlots;

    // Per name slot: what every row of that lower-case form names, OR-ed together.
    private readonly NameKinds[] _nameKinds;

    // What the closed classes add or change: a form the table lacks, or a name written otherwise.
    private readonly Dictionary<string, Lexicon.Stored> _addedWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NameKinds Kinds, string Form)> _addedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _nameForms = [];

    private LexiconTable(string text, Row[] rows, int count)
    {
        _text = text;
        _rows = rows;
        var names = 0;
        foreach (ref readonly var row in rows.AsSpan(0, count))
        {
            names += row.Entry.Names != NameKinds.None ? 1 : 0;
        }

        _wordSlots = new int[SlotCount(count)];
        _nameSlots = new int[SlotCount(names)];
        _nameKinds = new NameKinds[_nameSlots.Length];
        for (var i = 0; i < count; i++)
        {
            ref readonly var row = ref rows[i];
            var key = Key(row);
            if (row.Entry.Common || row.Entry.Tags != WordTags.None)
            {
                // Each form is on one line only (tools/lexicon/build_lexicon.py writes it so): the last line wins.
                _wordSlots[FindWord(key)] = i + 1;
            }

            if (row.Entry.Names != NameKinds.None)
            {
                var slot = FindName(key);
                if (_nameSlots[slot] == 0)
                {
                    _nameSlots[slot] = i + 1;
                }

                _nameKinds[slot] |= row.Entry.Names;
            }
        }
    }

    /// <summary>Reads the lexicon's text: one line per form, "form TAB parts of speech TAB flags TAB lemma|lemma".</summary>
    public static LexiconTable Read(string text)
    {
        var rows = new Row[text.AsSpan().Count('\n') + 1];
        var count = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            var first = line.IndexOf('\t');
            if (first > 0)
            {
                var rest = line[(first + 1)..];
                var second = rest.IndexOf('\t');
                var flags = rest[(second + 1)..];
                var third = flags.IndexOf('\t');
                rows[count++] = new Row(start, first, Lexicon.Stored.Parse(rest[..second], flags[..third], flags[(third + 1)..]));
            }

            start = end + 1;
        }

        return new LexiconTable(text, rows, count);
    }

    /// <summary>The entry of a form as written (its names aside: see <see cref="TryGetName"/>).</summary>
    public bool TryGetWord(string form, out Lexicon.Stored stored)
    {
        if (_wordSlots[FindWord(form)] is > 0 and var row)
        {
            stored = _rows[row - 1].Entry with { Names = NameKinds.None };
            return true;
        }

        return _addedWords.TryGetValue(form, out stored);
    }

    /// <summary>What a lower-case form names when it is capitalized.</summary>
    public bool TryGetName(string lower, out NameKinds kinds)
    {
        var slot = FindName(lower);
        if (_nameSlots[slot] > 0)
        {
            kinds = _nameKinds[slot];
            return true;
        }

        var found = _addedNames.TryGetValue(lower, out var added);
        kinds = added.Kinds;
        return found;
    }

    /// <summary>How the name of a lower-case form is written: its first line in the list, unless a closed class wrote it.</summary>
    public string? NameForm(string lower)
    {
        var slot = FindName(lower);
        if (_nameSlots[slot] is > 0 and var row)
        {
            return _nameForms.TryGetValue(slot, out var form) ? form : Key(_rows[row - 1]).ToString();
        }

        return _addedNames.TryGetValue(lower, out var added) ? added.Form : null;
    }

    /// <summary>Sets the entry of a form, as a closed class gives it.</summary>
    public void SetWord(string form, Lexicon.Stored stored)
    {
        if (_wordSlots[FindWord(form)] is > 0 and var row)
        {
            _rows[row - 1].Entry = stored with { Names = _rows[row - 1].Entry.Names };
        }
        else
        {
            _addedWords[form] = stored;
        }
    }

    /// <summary>Sets what a lower-case form names and how it is written, as a closed class gives it.</summary>
    public void SetName(string lower, NameKinds kinds, string form)
    {
        var slot = FindName(lower);
        if (_nameSlots[slot] > 0)
        {
            _nameKinds[slot] = kinds;
            _nameForms[slot] = form;
        }
        else
        {
            _addedNames[lower] = (kinds, form);
        }
    }

    private ReadOnlySpan<char> Key(in Row row) => _text.AsSpan(row.Start, row.Length);

    /// <summary>The slot holding <paramref name="form"/>, or the empty slot where it would go.</summary>
    private int FindWord(ReadOnlySpan<char> form)
    {
        var mask = _wordSlots.Length - 1;
        for (var slot = Hash(form, lower: false) & mask; ; slot = (slot + 1) & mask)
        {
            var row = _wordSlots[slot];
            if (row == 0 || Key(_rows[row - 1]).SequenceEqual(form))
            {
                return slot;
            }
        }
    }

    /// <summary>The slot holding the name whose lower-case form is <paramref name="form"/>'s, or the empty slot where it would go.</summary>
    private int FindName(ReadOnlySpan<char> form)
    {
        var mask = _nameSlots.Length - 1;
        for (var slot = Hash(form, lower: true) & mask; ; slot = (slot + 1) & mask)
        {
            var row = _nameSlots[slot];
            if (row == 0 || SameLowerCase(Key(_rows[row - 1]), form))
            {
                return slot;
            }
        }
    }

    private static bool SameLowerCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the characters (lower-cased for the names), mixed so that linear probing spreads.
    private static int Hash(ReadOnlySpan<char> form, bool lower)
    {
        var hash = 2166136261u;
        foreach (var c in form)
        {
            hash = (hash ^ (lower ? char.ToLowerInvariant(c) : c)) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    // At most half full, a power of two.
    private static int SlotCount(int entries) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries * 2));

    private struct Row(int start, int length, Lexicon.Stored entry)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public Lexicon.Stored Entry = entry;
    }
}

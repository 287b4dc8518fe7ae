namespace Lint.Rules.Matching;

/// <summary>
/// Every literal of a <see cref="LiteralCatalog"/> in one Aho-Corasick automaton, ignoring case as ordinal
/// comparison does (character by character): one pass over a text reports every
/// place where every literal starts, with no second look at the text. It replaces a multi-string search that
/// stopped at the first literal, was started again one character further on, and then checked each literal
/// filed under the characters it had stopped at.
/// </summary>
internal sealed class LiteralAutomaton
{
    private const int Root = 0;

    /// <summary>Each character's class: the index of its upper-case form among the characters the literals use, 0 for any other.</summary>
    private readonly ushort[] _classes;

    // A state's children, as a run of (class, state) pairs sorted by class: _childStart[s] .. _childStart[s + 1].
    private readonly int[] _childStart;
    private readonly ushort[] _childClass;
    private readonly int[] _childState;

    private readonly int[] _fail;

    /// <summary>The literal a state spells in full (-1 for none), and the nearest shorter suffix state that spells one.</summary>
    private readonly int[] _literal;
    private readonly int[] _nextOutput;
    private readonly int[] _lengths;
    private readonly int[] _rootMoves;

    public LiteralAutomaton(IReadOnlyList<string> literals)
    {
        _classes = Classes(literals, out var alphabetSize);
        // The trie, one dictionary of children per state while it is built.
        var children = new List<SortedList<ushort, int>> { new() };
        var literalOf = new List<int> { -1 };
        _lengths = new int[literals.Count];
        for (var id = 0; id < literals.Count; id++)
        {
            var literal = literals[id];
            _lengths[id] = literal.Length;
            var state = Root;
            foreach (var c in literal)
            {
                var cls = _classes[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children[state].Add(cls, next);
                    children.Add([]);
                    literalOf.Add(-1);
                }

                state = next;
            }

            literalOf[state] = id;
        }

        var count = children.Count;
        _childStart = new int[count + 1];
        for (var s = 0; s < count; s++)
        {
            _childStart[s + 1] = _childStart[s] + children[s].Count;
        }

        _childClass = new ushort[_childStart[count]];
        _childState = new int[_childStart[count]];
        for (var s = 0; s < count; s++)
        {
            var at = _childStart[s];
            foreach (var (cls, child) in children[s])
            {
                (_childClass[at], _childState[at]) = (cls, child);
                at++;
            }
        }

        _rootMoves = new int[alphabetSize + 1];
        foreach (var (cls, child) in children[Root])
        {
            _rootMoves[cls] = child;
        }

        _literal = [.. literalOf];
        _fail = new int[count];
        _nextOutput = new int[count];
        LinkFailures();
    }

    /// <summary>Adds where each literal occurs in <paramref name="text"/> (its start) to the two lists, in no particular order.</summary>
    public void Search(ReadOnlySpan<char> text, List<int> positions, List<int> ids)
    {
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Move(state, _classes[text[i]]);
            for (var s = _literal[state] >= 0 ? state : _nextOutput[state]; s != Root; s = _nextOutput[s])
            {
                var id = _literal[s];
                positions.Add(i + 1 - _lengths[id]);
                ids.Add(id);
            }
        }
    }

    /// <summary>
    /// The class of every character: equal for characters that ordinal comparison ignoring case holds equal
    /// (the literals' own characters decide the classes), 0 for a character no literal holds in any case.
    /// </summary>
    private static ushort[] Classes(IReadOnlyList<string> literals, out int alphabetSize)
    {
        var alphabet = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        foreach (var literal in literals)
        {
            foreach (var c in literal)
            {
                alphabet.TryAdd(c.ToString(), (ushort)(alphabet.Count + 1));
            }
        }

        var lookup = alphabet.GetAlternateLookup<ReadOnlySpan<char>>();
        var classes = new ushort[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            classes[c] = !char.IsSurrogate(one[0]) && lookup.TryGetValue(one, out var cls) ? cls : (ushort)0;
        }

        alphabetSize = alphabet.Count;
        return classes;
    }

    private int Move(int state, ushort cls)
    {
        if (cls == 0)
        {
            return Root;
        }

        while (state != Root)
        {
            if (Child(state, cls) is var next and >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootMoves[cls];
    }

    private int Child(int state, ushort cls)
    {
        for (var i = _childStart[state]; i < _childStart[state + 1]; i++)
        {
            if (_childClass[i] == cls)
            {
                return _childState[i];
            }

            if (_childClass[i] > cls)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Breadth first: each state's failure is the longest proper suffix of its string that is also in the trie.</summary>
    private void LinkFailures()
    {
        var queue = new Queue<int>();
        for (var i = _childStart[Root]; i < _childStart[Root + 1]; i++)
        {
            queue.Enqueue(_childState[i]);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var output = _fail[state];
            _nextOutput[state] = _literal[output] >= 0 ? output : _nextOutput[output];
            for (var i = _childStart[state]; i < _childStart[state + 1]; i++)
            {
                var child = _childState[i];
                _fail[child] = Move(_fail[state], _childClass[i]);
                queue.Enqueue(child);
            }
        }
    }
}

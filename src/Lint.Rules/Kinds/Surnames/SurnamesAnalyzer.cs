using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Kinds.Surnames;

/// <summary>
/// Flags the first reference by surname alone to a name the story never writes beside another capitalized word,
/// or writes with a given name only further down ("Kettering said ..." above "Wanda Kettering, the director").
/// </summary>
public sealed class SurnamesAnalyzer(RuleDefinition rule, IReadOnlyList<SurnameReference> references, IReadOnlySet<string> ignore, IReadOnlySet<string> particles) : Analyzer(rule.ToDescriptor())
{
    // Not a courtesy title before the name ("Mr Gallagher"), which is how British copy refers to a person already introduced.
    private const string NotCourtesyTitle = @"(?!(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?[ \u00A0])";

    // The most small words of a name between a given name and a surname ("Maria de la Cruz").
    private const int MaxParticles = 2;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particles = new HashSet<string>(particles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The rule's particles as alternatives of a pattern.
    private readonly string _particlePattern = string.Join('|', particles.Select(Regex.Escape));

    /// <summary>The references by surname each paragraph holds, by its text, for an editor's re-lint: the places are from the paragraph's start.</summary>
    private readonly TextMemo<(TextSpan Span, string Name, bool Early, bool Once)[]> _blocks = new();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var checkedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            foreach (var (span, name, early, once) in _blocks.OfBlock(text, block, () => References(text, block)))
            {
                var at = new TextSpan(block.Span.Start + span.Start, span.Length);
                if (!checkedNames.Add(name))
                {
                    continue;
                }

                var introduced = FirstIntroduction(text, name);
                if (introduced is null && (!early || (once && IsOnlyUse(text, name))) && !IsRelativeByGivenName(text, name))
                {
                    context.Report(at, MessageFormat.Format(rule.Message, name, "the story never gives this person's full name (or spells it differently)"));
                }
                else if (introduced is { } first && first.Start > at.End && FullName(text, first, name) is { } fullName)
                {
                    var line = context.Document.Text.GetLinePosition(first.Start).Line + 1;
                    var where = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the story gives the full name, '{fullName}', only further down (line {line})");
                    context.Report(at, MessageFormat.Format(rule.Message, name, where));
                }
            }
        }
    }

    /// <summary>
    /// The references by surname alone in <paramref name="block"/>, in the order of the text (a place two patterns
    /// find keeps the order of the patterns), from the block's start. They depend on the block's text alone, unless
    /// part of it is not prose.
    /// </summary>
    private (TextSpan Span, string Name, bool Early, bool Once)[] References(string text, Syntax.Block block)
    {
        var found = new List<(TextSpan Span, string Name, bool Early, bool Once)>();
        foreach (var reference in references)
        {
            for (var match = reference.Pattern.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                var name = match.Groups["name"];
                var span = new TextSpan(name.Index, name.Length);
                if (!ignore.Contains(name.Value) && !block.TouchesExcluded(span) && (!reference.KnownPerson || IsPersonOnly(name.Value)))
                {
                    found.Add((new TextSpan(span.Start - block.Span.Start, span.Length), name.Value, reference.Early, reference.Once));
                }
            }
        }

        return [.. found.OrderBy(f => f.Span.Start)];
    }

    /// <summary>Whether the story writes the name just once, in any case, and the lexicon knows it as no ordinary word.</summary>
    private static bool IsOnlyUse(string text, string name)
    {
        var uses = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0 && uses < 2; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                uses++;
            }
        }

        return uses == 1 && !Lexicon.Default.Lookup(name).IsCommonWord;
    }

    /// <summary>A name the lexicon knows as a person's, and not as a place's or an organisation's ("Smith", not "Jordan").</summary>
    private static bool IsPersonOnly(string name)
    {
        var kinds = Lexicon.Default.LookupName(name);
        return kinds.HasFlag(NameKinds.Person) && (kinds & (NameKinds.Place | NameKinds.Organisation | NameKinds.Nationality)) == 0;
    }

    /// <summary>
    /// "her son Callum said", "survived by her sons, Callum and Rhys": a relative an obituary or a profile names by
    /// the given name alone, which needs no surname.
    /// </summary>
    private static bool IsRelativeByGivenName(string text, string name) =>
        Regex.IsMatch(
            text,
            $@"\b(?:sons?|daughters?|husband|wife|brothers?|sisters?|mother|father|grandsons?|granddaughters?|nephews?|nieces?|partner|children|grandchildren),?[ \u00A0]+(?:\p{{Lu}}[\p{{L}}'’-]+(?:,[ \u00A0]+|[ \u00A0]+and[ \u00A0]+))*{Regex.Escape(name)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant,
            RulePattern.MatchTimeout);

    /// <summary>
    /// Where the story first writes the name after or before another capitalized word on the same line: a full
    /// name, an initial or title ("J.", "Dr."), a company; or, when there is none, a full name with the small words
    /// some names have between, the rule's <c>particles</c> ("Kamau wa Njoroge", "Dafydd ap Rhys"); null when it never does. A word that ends a sentence
    /// does not count, nor does a courtesy title ("Mr Gallagher"), which is how British copy refers to a person
    /// already introduced.
    /// </summary>
    private TextSpan? FirstIntroduction(string text, string name)
    {
        var escaped = Regex.Escape(name);
        return FirstMatch(text, name, 1, $@"{NotCourtesyTitle}\p{{Lu}}(?:[\p{{L}}'’-]*|\p{{L}}{{0,3}}\.)[ \u00A0]+{escaped}(?![\p{{L}}\p{{N}}])|(?<![\p{{L}}\p{{N}}]){escaped}[ \u00A0]+\p{{Lu}}")
            ?? (HasParticleBefore(text, name) ? FirstMatch(text, name, 1 + MaxParticles, $@"{NotCourtesyTitle}\p{{Lu}}[\p{{L}}'’-]*[ \u00A0]+(?:(?:{_particlePattern})[ \u00A0]+){{1,{MaxParticles}}}{escaped}(?![\p{{L}}\p{{N}}])") : null)
            ?? LowerCaseIntroduction(text, name);
    }

    /// <summary>The kinds of name a lower-case given name cannot be.</summary>
    private const NameKinds NotGivenNames = NameKinds.Place | NameKinds.Organisation | NameKinds.Nationality | NameKinds.Day | NameKinds.Month | NameKinds.Holiday | NameKinds.Language;

    /// <summary>
    /// "Board chair yolanda Price": a given name written in lower case still introduces the surname (the capital is
    /// another rule's finding), when the lexicon knows it as no ordinary word and as no place, body, people, day or month.
    /// </summary>
    private static TextSpan? LowerCaseIntroduction(string text, string name)
    {
        // A plain search, like HasParticleBefore's: a pattern built for each name would be parsed again on every re-lint.
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at > 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            if (after < text.Length && char.IsLetterOrDigit(text[after]))
            {
                continue;
            }

            var (start, end) = WordBefore(text, at);
            if (end == start || end == at || !IsLowerCase(text.AsSpan(start, end - start)) || (start > 0 && char.IsDigit(text[start - 1])))
            {
                continue;
            }

            var entry = Lexicon.Default.Lookup(text[start..end]);
            if (!entry.IsCommonWord && (entry.Names & NotGivenNames) == NameKinds.None)
            {
                return TextSpan.FromBounds(start, after);
            }
        }

        return null;
    }

    /// <summary>Whether a small word of a name stands right before <paramref name="name"/> anywhere ("wa Njoroge"): only then is the longer search worth its cost.</summary>
    private bool HasParticleBefore(string text, string name)
    {
        if (_particlePattern.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at > 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var (start, end) = WordBefore(text, at);
            if (end > start && end < at && _particles.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first match of <paramref name="pattern"/>, searched from where an introduction can start at the earliest
    /// (<paramref name="words"/> words before the name's first use), after a space, where the pattern's look-behind
    /// sees what it would have seen in the whole text.
    /// </summary>
    private static TextSpan? FirstMatch(string text, string name, int words, string pattern)
    {
        var start = SearchStart(text, name, words);
        foreach (var match in Regex.EnumerateMatches(text.AsSpan(start), pattern, RegexOptions.CultureInvariant, RulePattern.MatchTimeout))
        {
            return new TextSpan(start + match.Index, match.Length);
        }

        return null;
    }

    /// <summary>
    /// Where an introduction of <paramref name="name"/> can start at the earliest: the start of the word
    /// <paramref name="words"/> words before the name's first use (every introduction holds a use of the name, and
    /// its first word runs to the spaces before that use, or before the small words of the name), which is the
    /// text's start or follows a space; the end of the text when the name is not in it.
    /// </summary>
    private static int SearchStart(string text, string name, int words)
    {
        var first = text.IndexOf(name, StringComparison.Ordinal);
        if (first < 0)
        {
            return text.Length;
        }

        var start = first;
        while (start > 0 && !IsSpace(text[start - 1]))
        {
            start--;
        }

        for (var word = 0; word < words; word++)
        {
            while (start > 0 && IsSpace(text[start - 1]))
            {
                start--;
            }

            while (start > 0 && !IsSpace(text[start - 1]))
            {
                start--;
            }
        }

        return start;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0';

    private static bool IsLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The letters before the spaces before <paramref name="at"/>: where the word starts and ends (equal when there is none).</summary>
    private static (int Start, int End) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>
    /// "Wanda Kettering": the introduction when it is a given name and the surname (a word the lexicon knows as a
    /// person's name, or not as an ordinary word); null otherwise (a title, "The Kettering", a company's "Voltra Motors").
    /// </summary>
    private static string? FullName(string text, TextSpan introduction, string name)
    {
        var written = text.AsSpan(introduction.Start, introduction.Length);
        var space = written.IndexOfAny(' ', '\u00A0');
        if (space <= 0 || !char.IsUpper(written[0]) || !written.EndsWith(name, StringComparison.Ordinal))
        {
            return null;
        }

        var given = written[..space].ToString();
        return Lexicon.Default.Lookup(given).MayBeGivenName && !given.EndsWith('.') ? written.ToString() : null;
    }
}

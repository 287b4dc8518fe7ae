using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>Flags lower-case proper nouns, one sentence at a time, from the sentence's tokens.</summary>
public sealed class ProperNounsAnalyzer(
    RuleDefinition rule,
    NameKinds kinds,
    HashSet<string> exceptions,
    TitleWords titles,
    IReadOnlySet<string> institutions,
    IReadOnlySet<string> descriptors,
    Lexicon lexicon) : Analyzer(rule.ToDescriptor())
{
    private const int LongestName = 3;

    /// <summary>Ends of a compound whose head can only be a people or a language: "welsh-speaking" is no verb's.</summary>
    private static readonly HashSet<string> PeopleOrTongue = new(["speaking", "born", "language", "speaker", "speakers", "medium"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that describe a body rather than name it ("Brent's new Council leader").</summary>
    private static readonly HashSet<string> Describing = new(
        ["new", "old", "former", "current", "local", "present", "previous", "next", "last", "first", "same", "whole", "entire", "full", "own", "main", "only"],
        StringComparer.Ordinal);

    private Func<string, Syntax.Sentence, IReadOnlyList<Token>, ProperNounFinding[]>? _find;

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private void Analyze(SentenceContext context)
    {
        var tokens = context.Sentence.Tokens(context.Document.Text);
        if (IsNameLine(context.Document.Text, context.Block, tokens))
        {
            var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
            var name = string.Join(' ', tokens.Select(t => lexicon.NameForm(t.Text) ?? WordShape.UpperFirst(t.Text)));
            Report(context, span, context.Document.Text.ToString(span), name);
            return;
        }

        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        // What the tokens alone say is kept with the sentence (an editor's re-lint does not read it again),
        // unless the block has words that are not prose: which of its words those are is the block's.
        var found = context.Block.Excluded.Count == 0
            ? context.Sentence.FoundIn(context.Document.Text, this, _find ??= (text, _, t) => Find(text, t, null))
            : Find(context.Document.Text.Content, tokens, context.Block);
        foreach (var (first, last, form, ifStoryPerson, titleForm) in found)
        {
            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
            var written = context.Document.Text.ToString(span);
            if (first == last && IsParticleOfStoryName(context.Document.Text.Content, tokens, first))
            {
                continue;
            }

            if (!ifStoryPerson)
            {
                Report(context, span, written, form!);
            }
            else if (StoryPeople.Of(context.Document, IsNameLine).Contains(tokens[first].Lower))
            {
                Report(context, span, written, WordShape.UpperFirst(written));
            }
            else if (titleForm is not null)
            {
                Report(context, span, written, titleForm);
            }
        }
    }

    /// <summary>The lower-case names of a sentence, in order, from its tokens (and, when given, the block's words that are not prose).</summary>
    private ProperNounFinding[] Find(string text, IReadOnlyList<Token> tokens, Syntax.Block? excluding)
    {
        if (OtherLanguage.IsSentence(tokens))
        {
            return [];
        }

        List<ProperNounFinding>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Casing != Casing.Lower || (excluding is not null && excluding.TouchesExcluded(token.Span)) || exceptions.Contains(token.Text))
            {
                continue;
            }

            if (IsLowerCaseFullName(tokens, i))
            {
                // "june ferro", "bell hooks": a person who writes the whole name in lower case, not a month.
                i++;
                continue;
            }

            if (IsNameParticle(text, tokens, i))
            {
                continue;
            }

            var finding = IsLowerName(token) || IsNameWithoutCommonUse(tokens, i) ? NameAround(text, tokens, i)
                : NameOfCommonWordsAt(text, tokens, i) is { } common ? common
                : NameFinishedInCapitalsAt(text, tokens, i) is { } finished ? finished
                : IsWordInsideInstitutionName(text, tokens, i) ? new ProperNounFinding(i, i, WordShape.UpperFirst(token.Text))
                : kinds.HasFlag(NameKinds.Person) && IsLowerGivenName(text, tokens, i) ? new(i, i, WordShape.UpperFirst(token.Text))
                : kinds.HasFlag(NameKinds.Person) && MayBeStoryPersonAsSubject(text, tokens, i) ? new(i, i, null, IfStoryPerson: true, TitleForm: Title(text, tokens, i))
                : TwoWordTitle(text, tokens, i) is { } twoWords ? new ProperNounFinding(i, i + 1, twoWords)
                : PortfolioTitle(text, tokens, i) is { } portfolio ? portfolio
                : NameInCompound(token.Text) is { } compound ? new ProperNounFinding(i, i, compound)
                : IsPairedWithName(text, tokens, i) && lexicon.NameForm(token.Text) is { } paired ? new ProperNounFinding(i, i, paired)
                : Title(text, tokens, i) is { } title ? new ProperNounFinding(i, i, title)
                : null;
            if (finding is { } f)
            {
                (found ??= []).Add(f);
                i = f.Last;
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// A title in lower case right before a name ("mayor Nadia Okafor"): the title as written before a name; null
    /// when it is not one. A noun before the title that describes its holder ("club president Luis Moura") makes
    /// it a job description, unless it is one of <c>titleModifiers</c> ("state senator Rhea Cardozo") or the capitalized
    /// name of the place of one of <c>placeTitles</c> ("Branford Falls mayor Gerald Whitcombe"); a noun set off by
    /// punctuation ("In her budget, treasurer Joan Achter") does not. A possessive before it does too ("whose
    /// councillor Graham Dobson").
    /// </summary>
    private string? Title(string text, IReadOnlyList<Token> tokens, int i) =>
        titles.Titles.Contains(tokens[i].Text) && i + 1 < tokens.Count && (IsNameAhead(tokens[i + 1]) || IsFullNameAhead(tokens, i + 1))
        && (i == 0 || !tokens[i - 1].Is(WordTags.AnyNoun) || !SingleSpaced(text, tokens, i - 1, i) || titles.Modifiers.Contains(tokens[i - 1].Text)
            || (i > 1 && tokens[i - 1].Casing == Casing.Capitalized && titles.PlaceTitles.Contains(tokens[i].Text)))
        && (i == 0 || !IsOwner(tokens[i - 1]))
        && SingleSpaced(text, tokens, i, i + 1) ? WordShape.UpperFirst(tokens[i].Text) : null;

    /// <summary>A possessive before a title makes it a description of whose it is ("whose councillor Graham Dobson", "her lawyer Ana Ruiz").</summary>
    private static bool IsOwner(Token token) =>
        token.Lower is "whose" or "his" or "her" or "their" or "its" or "our" or "my" or "your" || token.Is(WordTags.Possessive);

    /// <summary>
    /// A word that is also an ordinary one, joined by "and" or "or" to a capitalized name of the same kind: "mars
    /// and Jupiter", "April or may". The name beside it shows which sense is meant. People are not paired (a given
    /// name beside another, "bill and Ted", may be a common word), nor are the small words ("Capital and a group").
    /// </summary>
    private bool IsPairedWithName(string text, IReadOnlyList<Token> tokens, int i)
    {
        var kind = tokens[i].Names & kinds & PairedKinds;
        if (kind == NameKinds.None || tokens[i].Text.Length < 3 || tokens[i].Is(WordTags.Determiner | WordTags.Pronoun | WordTags.Preposition | WordTags.Conjunction))
        {
            return false;
        }

        var after = i + 2 < tokens.Count && tokens[i + 1].Lower is "and" or "or" && SingleSpaced(text, tokens, i, i + 2) ? tokens[i + 2] : null;
        var before = i >= 2 && tokens[i - 1].Lower is "and" or "or" && SingleSpaced(text, tokens, i - 2, i) ? tokens[i - 2] : null;
        return (after is not null && after.Casing == Casing.Capitalized && (after.Names & kind) != 0)
            || (before is not null && before.Casing == Casing.Capitalized && (before.Names & kind) != 0);
    }

    /// <summary>The kinds of name whose words <see cref="IsPairedWithName"/> reads by the name beside them.</summary>
    private const NameKinds PairedKinds = NameKinds.Day | NameKinds.Month | NameKinds.Place | NameKinds.Nationality | NameKinds.Language | NameKinds.Other;

    /// <summary>
    /// A nationality or a place in lower case at the head of a hyphenated word whose rest is an ordinary word
    /// ("german-made", "kenyan-owned", "texas-based"): the compound with the name capitalized; null otherwise.
    /// </summary>
    private string? NameInCompound(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        var wanted = kinds & (NameKinds.Nationality | NameKinds.Place);
        if (hyphen <= 1 || hyphen == word.Length - 1 || wanted == NameKinds.None)
        {
            return null;
        }

        var head = word[..hyphen];
        var entry = lexicon.Lookup(head);
        var isName = (entry.Names & wanted) != 0
            && (!entry.IsCommonWord || (entry.Tags & ~WordTags.ProperNoun) == WordTags.None || PeopleOrTongue.Contains(word[(hyphen + 1)..]));
        return isName && !exceptions.Contains(head) && lexicon.Lookup(word[(hyphen + 1)..]).IsCommonWord
            ? (lexicon.NameForm(head) ?? WordShape.UpperFirst(head)) + word[hyphen..]
            : null;
    }

    /// <summary>
    /// A title of two words in lower case right before a name ("chief minister Rao", "deputy mayor Ana Ruiz"): a
    /// word of <c>titleprefixes</c> and a title, both capitalized in the fix; null when it is not one. A noun before
    /// it describes its holder ("party deputy mayor"), as for <see cref="Title"/>.
    /// </summary>
    private string? TwoWordTitle(string text, IReadOnlyList<Token> tokens, int i) =>
        titles.Prefixes.Contains(tokens[i].Text) && i + 2 < tokens.Count && tokens[i + 1].Casing == Casing.Lower
        && titles.Titles.Contains(tokens[i + 1].Text) && SingleSpaced(text, tokens, i, i + 1)
        && (i == 0 || !tokens[i - 1].Is(WordTags.AnyNoun) || !SingleSpaced(text, tokens, i - 1, i))
        && (IsNameAhead(tokens[i + 2]) || IsFullNameAhead(tokens, i + 2)) && SingleSpaced(text, tokens, i + 1, i + 2)
            ? $"{WordShape.UpperFirst(tokens[i].Text)} {WordShape.UpperFirst(tokens[i + 1].Text)}" : null;

    /// <summary>
    /// A title with its portfolio, in lower case right before a name ("minister of finance Joseph Tembo", "deputy
    /// minister of health Ana Ruiz"): every word but "of" capitalized in the fix; null when it is not one. A noun
    /// before it describes its holder, as for <see cref="Title"/>.
    /// </summary>
    private ProperNounFinding? PortfolioTitle(string text, IReadOnlyList<Token> tokens, int i)
    {
        var minister = titles.Prefixes.Contains(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].Casing == Casing.Lower ? i + 1 : i;
        var portfolio = minister + 2;
        if (!titles.Titles.Contains(tokens[minister].Text) || portfolio + 1 >= tokens.Count || tokens[minister + 1].Text != "of"
            || tokens[portfolio].Casing != Casing.Lower || !tokens[portfolio].Is(WordTags.Noun) || tokens[portfolio].Is(WordTags.Determiner)
            || !SingleSpaced(text, tokens, i, portfolio + 1)
            || (i > 0 && tokens[i - 1].Is(WordTags.AnyNoun) && SingleSpaced(text, tokens, i - 1, i))
            || !(IsNameAhead(tokens[portfolio + 1]) || IsFullNameAhead(tokens, portfolio + 1)))
        {
            return null;
        }

        var words = Enumerable.Range(i, portfolio - i + 1).Select(t => t == minister + 1 ? "of" : WordShape.UpperFirst(tokens[t].Text));
        return new ProperNounFinding(i, portfolio, string.Join(' ', words));
    }

    /// <summary>
    /// A given name and a surname, both capitalized and both names to the lexicon, even where the given name is
    /// also a common word ("Rhea Cardozo", "Marguerite Hollings").
    /// </summary>
    private static bool IsFullNameAhead(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count
        && tokens[at].Casing == Casing.Capitalized && (tokens[at].Names.HasFlag(NameKinds.Person) || tokens[at].Is(WordTags.ProperNoun))
        && tokens[at + 1].Casing == Casing.Capitalized && (tokens[at + 1].Is(WordTags.ProperNoun) || !tokens[at + 1].IsCommonWord);

    /// <summary>A name ("june") before a lower-case word the lexicon knows as no word at all ("ferro"): a person's whole name written in lower case by its owner.</summary>
    private static bool IsLowerCaseFullName(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Names != NameKinds.None
        && tokens[at + 1].Casing == Casing.Lower && tokens[at + 1].IsUnknown
        && WordShape.IsLetterWord(tokens[at + 1].Text);

    /// <summary>
    /// A short lower-case word between two capitalized ones, single-spaced: the small word of a name ("Dafydd ap
    /// Rhys", "Lios na Currach", "Yosef ben Ari"), which its language writes in lower case.
    /// </summary>
    private static bool IsNameParticle(string text, IReadOnlyList<Token> tokens, int at) =>
        IsParticleShaped(tokens[at].Text) && at > 0 && at + 1 < tokens.Count
        && tokens[at - 1].Casing == Casing.Capitalized && tokens[at + 1].Casing == Casing.Capitalized
        && SingleSpaced(text, tokens, at - 1, at + 1);

    /// <summary>
    /// A word short enough to be a surname's particle ("na", "ui"). The particles the pack knows, long ones too ("della",
    /// "delos"), are among the rule's <c>exceptions</c>, which are never flagged.
    /// </summary>
    private static bool IsParticleShaped(string word) => word.Length <= 3;

    /// <summary>
    /// The small word of a surname standing alone ("said ap Rhys") that the story gives in full elsewhere ("Dafydd
    /// ap Rhys"). It reads the whole story, so it is asked of a finding in <see cref="Analyze"/>, not in what is
    /// kept with the sentence (the same sentence may stand in another story), and only of a finding.
    /// </summary>
    private static bool IsParticleOfStoryName(string text, IReadOnlyList<Token> tokens, int at) =>
        IsParticleShaped(tokens[at].Text) && at + 1 < tokens.Count && tokens[at + 1].Casing == Casing.Capitalized
        && SingleSpaced(text, tokens, at, at + 1) && HasFullName(text, $"{tokens[at].Text} {tokens[at + 1].Text}");

    /// <summary>
    /// Whether the story writes <paramref name="surname"/> ("ap Rhys") after a capitalized given name somewhere
    /// ("Dafydd ap Rhys"), so its particle stays lower case when the surname later stands alone ("said ap Rhys").
    /// </summary>
    private static bool HasFullName(string text, string surname)
    {
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var start = at - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start >= 0 && start < at - 1 && text[at - 1] == ' ' && char.IsUpper(text[start]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLowerName(Token token) => (token.Names & kinds) != 0 && !token.IsCommonWord;

    /// <summary>
    /// A name whose lower-case form the dictionaries list with no part of speech of its own ("french": to
    /// french a rack of lamb), where a name stands: "a french painter", "studied in french". After a
    /// preposition or determiner, or, for a nationality, before a noun. A lower-case form that is a verb
    /// ("drew", "will") is never read as a name. Fixed phrases that keep the lower case ("french fries")
    /// are listed in <c>exceptions</c>.
    /// </summary>
    private bool IsNameWithoutCommonUse(IReadOnlyList<Token> tokens, int at)
    {
        var token = tokens[at];
        var next = at + 1 < tokens.Count ? tokens[at + 1] : null;
        if ((token.Names & kinds) == 0)
        {
            return false;
        }

        if ((token.Tags & ~WordTags.ProperNoun) != WordTags.None)
        {
            // A nationality that is otherwise only a verb ("welsh": to renege) is the nationality between an article and
            // its noun: "the welsh government".
            return token.Names.HasFlag(NameKinds.Nationality) && token.Is(WordTags.AnyVerb)
                && !token.Is(WordTags.AnyNoun | WordTags.Adjective | WordTags.Adverb) && at > 0 && tokens[at - 1].Lower is "the" or "a" or "an"
                && next is not null && next.Is(WordTags.Noun | WordTags.PluralNoun) && !next.Is(WordTags.AnyVerb)
                && !exceptions.Contains($"{token.Text} {next.Lower}");
        }

        if (next is not null && exceptions.Contains($"{token.Text} {next.Lower}"))
        {
            return false;
        }

        var before = at > 0 ? tokens[at - 1] : null;
        var afterFunctionWord = before is not null && before.Is(WordTags.Preposition | WordTags.Determiner) && !before.Is(WordTags.To);
        var beforeNoun = token.Names.HasFlag(NameKinds.Nationality) && next is not null
            && next.Is(WordTags.Noun | WordTags.PluralNoun) && !next.Is(WordTags.AnyVerb);
        return afterFunctionWord || beforeNoun;
    }

    /// <summary>
    /// "jack colman" on a line of its own, as a bio or byline pasted from a page: two or three lower-case
    /// words that are the whole block, the first a given name the dictionaries know capitalized, the others
    /// names too or words no dictionary knows.
    /// </summary>
    private bool IsNameLine(SourceText text, Syntax.Block block, IReadOnlyList<Token> tokens)
    {
        if (!kinds.HasFlag(NameKinds.Person) || tokens.Count is < 2 or > LongestName || block.Sentences.Count != 1
            || tokens[0].Span.Start != block.Span.Start || tokens[^1].Span.End != block.Span.End
            || !SingleSpaced(text.Content, tokens, 0, tokens.Count - 1))
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Casing != Casing.Lower || !token.Text.All(char.IsLetter) || exceptions.Contains(token.Text)
                || token.Is(WordTags.Determiner | WordTags.Preposition | WordTags.Pronoun | WordTags.Conjunction))
            {
                return false;
            }
        }

        return (tokens[0].Names & (NameKinds.Person | NameKinds.Nationality | NameKinds.Other)) != 0
            && tokens.Skip(1).All(t => t.Names != NameKinds.None || t.Tags == WordTags.None && !t.IsCommonWord);
    }

    /// <summary>
    /// A word the lexicon does not know, shaped like a noun for someone who does something ("midfielder",
    /// "linebacker", "podcaster"): a job before a name, not a given name in lower case. Given names with these
    /// endings ("peter", "victor") are in the lexicon and never reach this test.
    /// </summary>
    private static bool IsAgentNounShape(string word) =>
        word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
        || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
        || word.EndsWith("man", StringComparison.Ordinal);

    /// <summary>
    /// "sinéad Walsh": a word no dictionary knows, in lower case, right before a capitalized surname, is a
    /// given name that lost its capital. Before a full name ("village sarpanch Dnyaneshwar Patil") it is a title
    /// or an office the dictionaries do not know; before a day or a month ("the cyberattack Monday") it is a noun.
    /// </summary>
    private static bool IsLowerGivenName(string text, IReadOnlyList<Token> tokens, int at)
    {
        var token = tokens[at];
        if (at + 1 >= tokens.Count || token.Tags != WordTags.None || token.Names != NameKinds.None || token.IsCommonWord
            || token.Text.Length < 2 || !token.Text.All(char.IsLetter) || IsAgentNounShape(token.Text))
        {
            return false;
        }

        var next = tokens[at + 1];
        var fullNameAhead = at + 2 < tokens.Count && tokens[at + 2].Casing == Casing.Capitalized && SingleSpaced(text, tokens, at + 1, at + 2);
        return next.Casing == Casing.Capitalized && !next.IsCommonWord && next.Is(WordTags.ProperNoun)
            && (next.Names & (NameKinds.Day | NameKinds.Month | NameKinds.Holiday)) == 0
            && SingleSpaced(text, tokens, at, at + 1) && !fullNameAhead;
    }

    /// <summary>
    /// "After college, jack began writing": a word of the name of a person the story names ("Jack Colman"),
    /// in lower case, standing as the subject of a verb in the past or present tense, after a comma or a
    /// conjunction, where a common noun would need "the" or "a" before it. A modal, a pronoun or any word
    /// that is not a noun ("will", "may") is never read as the name. Whether the story names such a person is
    /// not asked here: the word may be the name.
    /// </summary>
    private static bool MayBeStoryPersonAsSubject(string text, IReadOnlyList<Token> tokens, int at)
    {
        var token = tokens[at];
        if (at == 0 || at + 1 >= tokens.Count || token.Text.Length < 3 || !token.Is(WordTags.Noun)
            || token.Is(WordTags.Modal | WordTags.Auxiliary | WordTags.Pronoun | WordTags.Determiner | WordTags.Preposition | WordTags.Conjunction | WordTags.Number))
        {
            return false;
        }

        var before = text.AsSpan(tokens[at - 1].Span.End, token.Span.Start - tokens[at - 1].Span.End);
        var opensClause = before is ", " || (before is " " && tokens[at - 1].Is(WordTags.Conjunction));
        var next = tokens[at + 1];
        return opensClause && next.Is(WordTags.PastTense | WordTags.ThirdPersonVerb) && !next.Is(WordTags.AnyNoun)
            && SingleSpaced(text, tokens, at, at + 1);
    }

    private static bool IsNameAhead(Token next) =>
        next.Casing == Casing.Capitalized && next.Is(WordTags.ProperNoun) && !next.IsCommonWord;

    /// <summary>The longest lower-case name around token <paramref name="at"/> ("korean war"); null when there is none.</summary>
    private ProperNounFinding? NameAround(string text, IReadOnlyList<Token> tokens, int at)
    {
        for (var length = LongestName; length >= 1; length--)
        {
            for (var first = Math.Max(0, at - length + 1); first <= at && first + length <= tokens.Count; first++)
            {
                var last = first + length - 1;
                if (!AllLower(tokens, first, last) || !SingleSpaced(text, tokens, first, last))
                {
                    continue;
                }

                var phrase = text[tokens[first].Span.Start..tokens[last].Span.End];
                var form = length == 1 || (lexicon.LookupName(phrase) & kinds) != 0 ? lexicon.NameForm(phrase) : null;
                if (form is not null)
                {
                    return new(first, last, form);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A name made of common words only, starting at token <paramref name="first"/> ("national weather
    /// service", "election day"), in full; null when there is none.
    /// </summary>
    private ProperNounFinding? NameOfCommonWordsAt(string text, IReadOnlyList<Token> tokens, int first)
    {
        for (var length = LongestName; length >= 2; length--)
        {
            var last = first + length - 1;
            if (last >= tokens.Count || !AllLower(tokens, first, last) || !SingleSpaced(text, tokens, first, last))
            {
                continue;
            }

            if (Named(text[tokens[first].Span.Start..tokens[last].Span.End], length) is { } form && !IsOrdinaryPair(tokens, first, length))
            {
                return new(first, last, form);
            }
        }

        return null;
    }

    /// <summary>
    /// A word in lower case inside the name of a place or a body, between a capitalized word and one of
    /// <c>institutions</c> ("Waiolena elementary School", "Cane Hollow baptist Church"). Not a small word of the name
    /// ("of", "and", "the"), a word after a possessive or at the start of the sentence, or one that describes the
    /// body rather than names it ("the city's new Council", or one of <c>descriptors</c>: "the county Council").
    /// </summary>
    private bool IsWordInsideInstitutionName(string text, IReadOnlyList<Token> tokens, int at) =>
        institutions.Count > 0 && at >= 2 && at + 1 < tokens.Count
        && tokens[at - 1].Casing == Casing.Capitalized && !tokens[at - 1].Is(WordTags.Possessive) && !tokens[at - 1].Text.Contains('\'')
        && !tokens[at - 1].Text.Contains('’')
        && tokens[at + 1].Casing == Casing.Capitalized && institutions.Contains(tokens[at + 1].Text)
        && tokens[at].IsCommonWord && !Describing.Contains(tokens[at].Lower) && !descriptors.Contains(tokens[at].Lower)
        && !tokens[at].Is(WordTags.Determiner | WordTags.Preposition | WordTags.Conjunction | WordTags.Pronoun)
        && SingleSpaced(text, tokens, at - 1, at + 1);

    /// <summary>
    /// A name of several words whose first word lost its capital while a later one kept it ("new Zealand", "roman
    /// Catholic", "gulf of Maine"): the name in full; null when there is none. One of <c>descriptors</c> is left alone
    /// ("north Wales" is a region in many styles, "the state Department of Health" is AP's), and so is "new" after a
    /// determiner ("a new Jersey branch").
    /// </summary>
    private ProperNounFinding? NameFinishedInCapitalsAt(string text, IReadOnlyList<Token> tokens, int first)
    {
        if (first + 1 >= tokens.Count || (tokens[first + 1].Casing == Casing.Lower && (first + 2 >= tokens.Count || tokens[first + 1].Lower != "of"))
            || descriptors.Contains(tokens[first].Lower)
            || (tokens[first].Lower == "new" && first > 0 && (tokens[first - 1].Is(WordTags.Determiner) || tokens[first - 1].Is(WordTags.Possessive))))
        {
            return null;
        }

        for (var last = Math.Min(tokens.Count - 1, first + LongestName - 1); last > first; last--)
        {
            if (tokens[last].Casing != Casing.Capitalized || !SingleSpaced(text, tokens, first, last))
            {
                continue;
            }

            var phrase = text[tokens[first].Span.Start..tokens[last].Span.End];
            if ((lexicon.LookupName(phrase) & kinds) != NameKinds.None && lexicon.NameForm(phrase) is { } form && form != phrase)
            {
                return new(first, last, form);
            }
        }

        return null;
    }

    /// <summary>
    /// The name a lower-case phrase stands for. A name of two common words counts only when it is a named
    /// day ("election day"): "white house" and "supreme court" are often meant in their ordinary sense.
    /// </summary>
    private string? Named(string phrase, int words)
    {
        var names = lexicon.LookupName(phrase) & kinds;
        return names != NameKinds.None && (words != 2 || names.HasFlag(NameKinds.Holiday)) ? lexicon.NameForm(phrase) : null;
    }

    /// <summary>
    /// "the new year", "the diner's last day": two common words after a determiner or a possessive are the ordinary
    /// phrase, not the holiday the lexicon also knows by them ("on election day" is still the day).
    /// </summary>
    private static bool IsOrdinaryPair(IReadOnlyList<Token> tokens, int first, int length) =>
        length == 2 && first > 0 && (tokens[first - 1].Is(WordTags.Determiner) || tokens[first - 1].Is(WordTags.Possessive));

    private static bool AllLower(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Casing != Casing.Lower)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SingleSpaced(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (tokens[k + 1].Span.Start - tokens[k].Span.End != 1 || text[tokens[k].Span.End] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private void Report(SentenceContext context, TextSpan span, string written, string form)
    {
        var message = MessageFormat.Format(rule.Message, written, form);
        context.Report(span, message, new Fix($"Replace with '{form}'", [new TextEdit(span, form)]));
    }
}

#!/usr/bin/env python3
"""Builds Lint's English lexicon (src/Lint.Core/Language/Data/lexicon.tsv.gz) from Debian's data.

Sources, both installed with `apt-get install wordnet-base hunspell-en-us`:
  - WordNet 3.0 (/usr/share/wordnet): lemmas with their parts of speech, the case a lemma is written
    in, irregular forms (*.exc), the lexicographer file of each sense (noun.person marks role nouns such
    as "aide" or "supervisor"; instance nouns in noun.location, noun.time, noun.person, noun.group mark
    places, days and holidays, people and organisations). Licence: /usr/share/doc/wordnet-base/copyright
    (WordNet 3.0 licence: use, copy, modify and distribute with the copyright notice kept; see
    src/Lint.Core/Language/Data/LICENSE-wordnet).
  - Hunspell en_US (/usr/share/hunspell/en_US.dic): which words are written in lower case at all, and
    capitalized-only entries (given names, places) that WordNet lacks. Licence: see
    /usr/share/doc/hunspell-en-us/copyright (SCOWL: free use with the notice kept).

Output, one line per key, tab-separated: key, parts of speech (n v a r), flags, lemma.
  key      the word as written in the source data: lower case for common words; capitalized for a
           proper noun (Monday, Vietnam, O'Keeffe); multiword names joined by spaces (Korean War)
  pos      letters n v a r for the parts of speech WordNet gives the lemma (empty for names)
  flags    c = written in lower case somewhere (a common word); p = a role noun (noun.person);
           s = an irregular plural noun that is no noun of its own (children, geese, lives);
           D day, M month, H holiday or named time, P person, L place, O organisation or group,
           N nationality or proper adjective, G language, E event, X other proper noun
  lemma    for an irregular form, its lemma(s) separated by '|' (went -> go)
Days and months are closed classes and are also written in src/Lint.Core/Language/ClosedClasses.cs.
"""
import collections
import gzip
import os
import sys

WN = "/usr/share/wordnet"
DIC = "/usr/share/hunspell/en_US.dic"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Lint.Core", "Language", "Data", "lexicon.tsv.gz")

JOINERS = {"and", "of", "the", "de", "la", "du", "von", "van", "der", "y", "for", "on", "in"}
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
LEX_KIND = {"15": "L", "17": "L", "18": "P", "14": "O", "28": "H", "10": "G", "04": "E", "11": "E"}

pos = collections.defaultdict(set)      # lower-case lemma -> parts of speech
flags = collections.defaultdict(set)    # key -> flags
lemmas = collections.defaultdict(set)   # irregular form -> lemmas


def words_of(line):
    parts = line.split(" ")
    count = int(parts[3], 16)
    return parts[1], parts[2], [parts[4 + 2 * i] for i in range(count)], parts


def clean(word):
    word = word.replace("_", " ")
    if word.endswith(")") and "(" in word:   # adjective markers such as "(a)" and "(p)"
        word = word[: word.index("(")]
    return word


for p, name in POS_FILES.items():
    with open(os.path.join(WN, "data." + name), encoding="utf-8") as data:
        for line in data:
            if line.startswith("  "):
                continue
            lexfile, _, words, parts = words_of(line)
            instance = " @i " in line
            for raw in words:
                word = clean(raw)
                if not word or any(c.isdigit() for c in word):
                    continue
                if word[0].isupper():
                    if " " in word and not all(w[0].isupper() or w in JOINERS for w in word.split(" ")):
                        continue    # "French bean": a common noun with a proper adjective, not a name
                    if word.isupper() and len(word) > 1:
                        continue    # acronyms: not a name a writer lowers by mistake
                    if p == "n":
                        if lexfile not in LEX_KIND:
                            continue    # a genus, a drug, a brand of car: not names a writer lowers by mistake
                        kind = LEX_KIND[lexfile]
                        if lexfile == "18" and not instance:
                            kind = "N"      # a Mexican, a Republican: a member of a nation or party
                        flags[word].add(kind)
                    elif p == "a":
                        flags[word].add("N")
                    continue
                if " " in word:
                    continue
                pos[word].add(p)
                flags[word].add("c")
                if p == "n" and lexfile == "18":
                    flags[word].add("p")

for p, name in POS_FILES.items():
    with open(os.path.join(WN, name + ".exc"), encoding="utf-8") as exc:
        for line in exc:
            form, *bases = line.split()
            if "_" in form:
                continue
            for base in bases:
                if base == form:
                    continue
                lemmas[form].add(base.replace("_", " "))
            flags[form].add("c")
            if p == "n" and "n" not in pos[form] and any(base != form for base in bases):
                # "children", "geese", "lives": a plural, not a noun of its own ("data" and "media" are both).
                flags[form].add("s")
                continue
            pos[form].add(p)

with open(DIC, encoding="utf-8") as dic:
    next(dic)
    for line in dic:
        word = line.strip().split("/")[0]
        if not word or not word.isalpha() and "'" not in word:
            continue
        if word[0].isupper():
            if not word.isupper() and word not in flags:
                flags[word].add("X")
        else:
            flags[word].add("c")

keys = sorted(set(pos) | set(flags))
with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
    for key in keys:
        f = "".join(sorted(flags.get(key, ())))
        out.write(f"{key}\t{''.join(sorted(pos.get(key, ())))}\t{f}\t{'|'.join(sorted(lemmas.get(key, ())))}\n")
print(f"{len(keys)} entries -> {os.path.normpath(OUT)}", file=sys.stderr)

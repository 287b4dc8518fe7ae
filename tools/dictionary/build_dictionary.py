#!/usr/bin/env python3
"""Builds the English (US) Hunspell dictionary that ships with Lint, the default of a `spelling` rule.

Source, installed with `apt-get install hunspell-en-us`: /usr/share/hunspell/en_US.aff and en_US.dic (SCOWL
word lists by Kevin Atkinson and others). Licence: /usr/share/doc/hunspell-en-us/copyright (free use, copy,
modification and distribution with the copyright notice kept), copied beside the data as
src/Lint.Core/Language/Data/LICENSE-hunspell-en-us; the script stops if that notice changes.

Output, embedded in Lint.Core (src/Lint.Core/Lint.Core.csproj):
  en_US.aff      the affix file, as Debian ships it
  en_US.dic.gz   the word list, gzip-compressed (the same bytes once decompressed)
"""
import gzip
import os
import shutil
import sys

SOURCE = "/usr/share/hunspell"
LICENCE = "/usr/share/doc/hunspell-en-us/copyright"
DATA = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Lint.Core", "Language", "Data")


def main():
    with open(LICENCE, encoding="utf-8") as notice:
        text = notice.read()
    if "Kevin Atkinson" not in text or "Permission to use, copy, modify, distribute and sell" not in text:
        sys.exit(f"{LICENCE} no longer reads as the SCOWL licence: read it before shipping the dictionary.")
    shutil.copyfile(LICENCE, os.path.join(DATA, "LICENSE-hunspell-en-us"))

    shutil.copyfile(os.path.join(SOURCE, "en_US.aff"), os.path.join(DATA, "en_US.aff"))
    with open(os.path.join(SOURCE, "en_US.dic"), "rb") as dic:
        words = dic.read()
    # mtime=0 keeps the output byte-identical from one run to the next.
    with open(os.path.join(DATA, "en_US.dic.gz"), "wb") as out, gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0, filename="") as packed:
        packed.write(words)
    lines = words.count(b"\n")
    packed_size = os.path.getsize(os.path.join(DATA, "en_US.dic.gz"))
    print(f"en_US: {lines} lines, {len(words)} bytes -> {packed_size} bytes compressed")


if __name__ == "__main__":
    main()

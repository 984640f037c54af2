#!/usr/bin/env python3
"""Writes the French and Spanish names of the States in resources/reference/states.tsv, from
Debian's iso-codes package (iso_3166-1.json and the iso_3166-1 gettext catalogues), as a TSV
(iso2, fr, es) that the build embeds as :/reference/states_i18n.tsv.

For each State the English key is the iso-codes field that states.tsv itself uses (official
name, common name or short name), so that "United Republic of Tanzania" becomes "République unie
de Tanzanie"; where states.tsv uses neither (UN style, "Bolivia (Plurinational State of)"), the
official name, else the common name, else the short name. A few iso-codes keys translate to an
inverted or lowercase form; states_i18n_overrides.tsv (hand-written) names those.

Fails (exit 1, with the reason) when iso-codes is missing or a State would have no name.
Usage: state-names-i18n.py STATES_TSV OVERRIDES_TSV ISO_CODES_DIR LOCALE_DIR OUTPUT_TSV
"""
import json
import os
import struct
import sys

LANGUAGES = ("fr", "es")


def fail(message):
    sys.stderr.write("state-names-i18n: " + message + "\n")
    sys.exit(1)


def read_mo(path):
    """A GNU gettext catalogue: msgid -> msgstr (singular, context-free entries only)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        fail("cannot read %s (%s): install Debian's iso-codes package (apt install iso-codes)" % (path, error))
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else None
    if order is None:
        fail("%s is not a gettext catalogue" % path)
    count, originals, translations = struct.unpack(order + "III", data[8:20])
    out = {}
    for i in range(count):
        length, offset = struct.unpack(order + "II", data[originals + 8 * i : originals + 8 * i + 8])
        original = data[offset : offset + length]
        length, offset = struct.unpack(order + "II", data[translations + 8 * i : translations + 8 * i + 8])
        translation = data[offset : offset + length]
        if not original or not translation or b"\0" in original or b"\x04" in original:
            continue
        out[original.decode("utf-8")] = translation.decode("utf-8")
    return out


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def main():
    if len(sys.argv) != 6:
        fail("usage: state-names-i18n.py STATES_TSV OVERRIDES_TSV ISO_CODES_DIR LOCALE_DIR OUTPUT_TSV")
    states_tsv, overrides_tsv, iso_dir, locale_dir, output = sys.argv[1:]
    codes_path = os.path.join(iso_dir, "json", "iso_3166-1.json")
    try:
        with open(codes_path, encoding="utf-8") as f:
            codes = {entry["alpha_2"]: entry for entry in json.load(f)["3166-1"]}
    except OSError as error:
        fail("cannot read %s (%s): install Debian's iso-codes package (apt install iso-codes)" % (codes_path, error))
    catalogues = {
        language: read_mo(os.path.join(locale_dir, language, "LC_MESSAGES", "iso_3166-1.mo")) for language in LANGUAGES
    }
    overrides = {row["iso2"]: row for row in read_tsv(overrides_tsv)}

    rows = []
    problems = []
    for state in read_tsv(states_tsv):
        iso2 = state["iso2"]
        if iso2 in overrides:
            rows.append((iso2,) + tuple(overrides[iso2][language] for language in LANGUAGES))
            continue
        entry = codes.get(iso2)
        if entry is None:
            fail("%s (%s) is not in %s" % (iso2, state["name"], codes_path))
        fields = ("official_name", "common_name", "name")
        same = [field for field in fields if entry.get(field) == state["name"]]
        key = entry.get(same[0]) if same else next(entry[field] for field in fields if entry.get(field))
        names = []
        for language in LANGUAGES:
            name = catalogues[language].get(key)
            if not name:
                problems.append("no %s name for %s (%r) in iso-codes" % (language, iso2, key))
            elif ", " in name and ", " not in state["name"] or name[0].islower():
                problems.append("the %s name of %s reads %r (inverted or lowercase)" % (language, iso2, name))
            names.append(name or "")
        rows.append((iso2,) + tuple(names))
    if problems:
        fail("\n  ".join(["name these States in %s:" % overrides_tsv] + problems))

    text = "iso2\t" + "\t".join(LANGUAGES) + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
    # Only rewrite a changed file, so that the resource is not rebuilt for nothing.
    try:
        with open(output, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

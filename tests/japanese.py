#!/usr/bin/env python3
"""japanese.py: under --lang ja, the program's own words are Japanese.

Runs every kind of answer in Japanese -- text, and the labels of charts as
DOT -- and looks for the English words of the schema's labels (those whose
Japanese differs).  Ids, URLs, file positions, attribute names and text the
map has only in English (marked as such) may stay; nothing else may.
Prints "ok NAME" or "not ok NAME: line" per command (run by tests/run.sh).
Environment: CYBERMAP (the program), DATA (the map directory).
"""
import os
import re
import subprocess
import sys

import yaml

PROGRAM = os.environ.get("CYBERMAP", "./cybermap")
DATA = os.environ.get("DATA", "graphs")
SCHEMA = os.path.join(DATA, "schema.yaml")

COMMANDS = [
    "notify us.sector.energy",
    "notify jp.sector.electricity --sources",
    "notify jp.sector.finance --incident ransomware",
    "counterpart us.cisa",
    "counterpart jp.nco --all",
    "function fn.incident-response",
    "function fn.law-enforcement",
    "path us.cisa jp.nco",
    "jurisdiction jp.sector.electricity",
    "history jp.nco",
    "history us.cybercom",
    "diff 2022-07-20 2025-06-30",
    "gaps",
    "show jp.nco",
    "show us.sector.energy",
    "list --type agency",
    "search NISC",
    "reach jp.nco",
    "stats",
    "sources",
    "check --strict",
    "notify jp.sector.electricity -f dot",
    "function fn.incident-response -f dot",
    "history jp.nco -f dot",
    "diff 2022-07-20 2025-06-30 -f dot",
    "gaps -f dot",
    "counterpart us.cisa -f dot",
]

# where the map itself has only English, the answer says so
ENGLISH_ONLY = ("［英文のみ］", "（英語）", "英文名称")
# tokens that are data, not words: ids, urls, positions, attribute names,
# dates, durations written as data
DATA_TOKEN = re.compile(
    r"https?://\S+|[\w.-]+\.yaml:\d+(:\d+)?|\b[a-z]+\.[\w.-]+\b|\b\w+_\w+\b|"
    r"\b\d{4}(-\d\d){0,2}\b|\"[^\"]*\"\s*\[|\b(graph|digraph|node|edge|subgraph|"
    r"label|shape|style|color|fillcolor|fontname|fontsize|rankdir|cluster\w*|"
    r"penwidth|arrowhead|dir|tooltip|href|URL|margin|width|height|rank|same|"
    r"filled|rounded|dashed|dotted|bold|solid|box|ellipse|note|plaintext|none|"
    r"both|back|forward|true|false|LR|TB)\b")


def english_words():
    with open(SCHEMA, encoding="utf-8") as f:
        schema = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    words = set()
    for key, value in (schema.get("labels") or {}).items():
        # the web site's words (site.*) are the site's, not the commands':
        # tests/suites/site.sh checks the site's Japanese pages
        if key.startswith("site.") or not isinstance(value, dict) or \
                str(value.get("en")) == str(value.get("ja")):
            continue
        for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", str(value["en"]).replace("%s", "")):
            words.add(w.lower())
    return words


def japanese_data_words():
    """Words of the Latin script that the map's Japanese text itself uses
    (FIRST(Forum of Incident Response ...), Form 8-K), and short names,
    which charts show as they are: data, not program."""
    words = set()
    for name in os.listdir(DATA):
        if not name.endswith(".yaml") or name == "schema.yaml":
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        for element in (doc.get("nodes") or []) + (doc.get("edges") or []):
            for key, value in element.items():
                if key.endswith("_ja") or key == "short":
                    text = " ".join(value) if isinstance(value, list) else str(value)
                    words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text))
    return words


def leaks(text, words, dot):
    found = []
    for number, line in enumerate(text.splitlines()):
        if any(mark in line for mark in ENGLISH_ONLY):
            continue
        if dot:
            # only what a reader sees: label="..." and tooltip="..."
            shown = " ".join(re.findall(r'(?:label|tooltip|xlabel)="((?:[^"\\]|\\.)*)"', line))
        elif number == 0:
            shown = line[line.find("（"):] if "（" in line else ""  # the command line itself
        else:
            shown = line
        shown = DATA_TOKEN.sub(" ", shown)
        for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", shown):
            if w.lower() in words:
                found.append((w, line.strip()[:160]))
                break
    return found


def main():
    words = english_words() - japanese_data_words()
    failed = 0
    for command in COMMANDS:
        args = [PROGRAM, "--no-cache", "-d", DATA, "--lang", "ja", "--as-of", "2026-11-25"]
        args += command.split()
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"not ok {command}: exit {run.returncode}: {run.stderr.strip()[:200]}")
            failed += 1
            continue
        found = leaks(run.stdout, words, "-f dot" in command)
        if found:
            failed += 1
            for w, line in found[:5]:
                print(f"not ok {command}: '{w}' in: {line}")
        else:
            print(f"ok {command}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

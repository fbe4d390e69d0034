#!/usr/bin/env python3
"""check_export.py: reads cybermap's exports back with other tools' readers.

    check_export.py STATS.tsv GRAPHML JGF CSVDIR   counts and types agree with `stats`
    check_export.py cypher-name FILE NAME           the Cypher string for NAME reads back as NAME
"""
import csv
import json
import re
import sys
from collections import Counter

import networkx as nx


def expected(stats_path):
    """(node count, edge count, nodes by type) from `stats -f tsv`: in force plus pending."""
    nodes, edges, by_type = 0, 0, Counter()
    with open(stats_path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            count = int(row["total"]) + int(row["not_yet_in_force"])
            if row["type"] == "(all)":
                if row["element"] == "node":
                    nodes = count
                else:
                    edges = count
            elif row["element"] == "node":
                by_type[row["type"]] = count
    return nodes, edges, +by_type


def check_counts(stats_path, graphml, jgf, csvdir):
    nodes, edges, by_type = expected(stats_path)
    g = nx.read_graphml(graphml, force_multigraph=True)
    assert g.number_of_nodes() == nodes, ("graphml nodes", g.number_of_nodes(), nodes)
    assert g.number_of_edges() == edges, ("graphml edges", g.number_of_edges(), edges)
    types = Counter(data["type"] for _, data in g.nodes(data=True))
    assert types == by_type, ("graphml types", types, by_type)
    cisa = g.nodes["us.cisa"]
    assert cisa["short"] == "CISA" and cisa["country"] == "us", cisa
    doc = json.load(open(jgf, encoding="utf-8"))["graph"]
    assert len(doc["nodes"]) == nodes and len(doc["edges"]) == edges, "jgf counts"
    assert doc["nodes"]["us.cisa"]["metadata"]["type"] == "agency"
    with open(csvdir + "/nodes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == nodes, ("csv nodes", len(rows), nodes)
    assert rows[0]["id:ID"] and rows[0][":LABEL"].startswith("Cybermap;")
    with open(csvdir + "/relationships.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == edges, "csv relationships"


def cypher_strings(text):
    """Every single-quoted Cypher string literal in text, unescaped."""
    out = []
    for m in re.finditer(r"'((?:[^'\\]|\\.)*)'", text):
        s = m.group(1)
        s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda u: chr(int(u.group(1), 16)), s)
        s = re.sub(r"\\(.)", lambda e: {"n": "\n"}.get(e.group(1), e.group(1)), s)
        out.append(s)
    return out


def main():
    if sys.argv[1] == "cypher-name":
        text = open(sys.argv[2], encoding="utf-8").read()
        assert sys.argv[3] in cypher_strings(text), "name does not read back"
    else:
        check_counts(*sys.argv[1:5])


if __name__ == "__main__":
    main()

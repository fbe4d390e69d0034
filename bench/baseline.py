#!/usr/bin/env python3
"""baseline.py: what an analyst would write instead of cybermap, for the
benchmark: PyYAML's C loader, then networkx or python-igraph.

    baseline.py networkx|igraph JOB MAPDIR [ARGS...]

JOB is count, path FROM TO (ignoring direction), or reach FROM TYPE (along
one edge type, forward).  Inline edges (a key named after an edge type) and
the edges list are both read, as cybermap reads them.
"""
import os
import sys

import yaml


def load(mapdir):
    schema = yaml.load(open(os.path.join(mapdir, "schema.yaml")), Loader=yaml.CSafeLoader)
    edge_types = set(schema["edge_types"])
    nodes, edges = [], []
    for name in sorted(os.listdir(mapdir)):
        if not name.endswith(".yaml") or name == "schema.yaml":
            continue
        doc = yaml.load(open(os.path.join(mapdir, name)), Loader=yaml.CSafeLoader) or {}
        for n in doc.get("nodes") or []:
            nodes.append(n)
            for key, value in n.items():
                if key in edge_types:
                    for to in value if isinstance(value, list) else [value]:
                        edges.append((n["id"], str(to), key))
        for e in doc.get("edges") or []:
            edges.append((e["from"], e["to"], e["type"]))
    return nodes, edges


def with_networkx(job, nodes, edges, args):
    import networkx as nx
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n["id"], type=n["type"])
    for a, b, t in edges:
        g.add_edge(a, b, type=t)
    if job == "count":
        print(g.number_of_nodes(), g.number_of_edges())
    elif job == "path":
        print(len(nx.shortest_path(g.to_undirected(as_view=True), args[0], args[1])) - 1)
    elif job == "reach":
        sub = nx.DiGraph((a, b) for a, b, t in edges if t == args[1])
        print(len(nx.descendants(sub, args[0])) if args[0] in sub else 0)


def with_igraph(job, nodes, edges, args):
    import igraph as ig
    index = {n["id"]: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _ in edges], directed=True)
    g.es["type"] = [t for _, _, t in edges]
    if job == "count":
        print(g.vcount(), g.ecount())
    elif job == "path":
        path = g.get_shortest_paths(index[args[0]], index[args[1]], mode="all")[0]
        print(len(path) - 1)
    elif job == "reach":
        sub = g.subgraph_edges(g.es.select(type_eq=args[1]), delete_vertices=False)
        print(len(sub.subcomponent(index[args[0]], mode="out")) - 1)


def main():
    tool, job, mapdir, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    nodes, edges = load(mapdir)
    (with_networkx if tool == "networkx" else with_igraph)(job, nodes, edges, args)


if __name__ == "__main__":
    main()

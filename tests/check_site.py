#!/usr/bin/env python3
"""check_site.py: checks a site cybermap wrote.

    check_site.py DIR NODES [JGF SCHEMA]
        every internal link and asset resolves (a #fragment to an id of its
        page), the page count matches the map, pages parse, the only scripts
        are the site's own (and its words, as JSON data), every page links to
        the ask page and the index pages, each ask page is as its scripts
        expect, every table cell is labelled with its column's heading (the
        phone's stacked rows), every chart has its legend and its SVG.

        Given the map's view (cybermap export -f jgf, on the site's date) and
        the schema: each index lists every node of its types in the view
        with the type in the page's words; the organisation chart and every
        body's page nest bodies exactly as part_of does; each notification
        table passes a report on from the body that received it (the row one
        level up), with the duty and stage in the schema's words.
"""
import json
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse


ASK_SCRIPTS = ["map.js", "engine.js", "viz.js", "ask.js"]
INDEXES = ["functions.html", "sectors.html", "bodies.html", "laws.html", "channels.html"]
# the real map's types behind each index (the site derives them from the schema)
INDEX_TYPES = {"functions.html": {"function"}, "sectors.html": {"sector"},
               "bodies.html": {"agency", "office", "council", "organization"},
               "laws.html": {"law"}, "channels.html": {"mechanism"}}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Elem:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def elems(self):
        return [c for c in self.children if isinstance(c, Elem)]

    def walk(self):
        for c in self.elems():
            yield c
            yield from c.walk()

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def up(self, tag):
        e = self.parent
        while e is not None and e.tag != tag:
            e = e.parent
        return e


class Tree(HTMLParser):
    """The page as elements (enough of HTML for pages the site writes)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Elem("#root", [], None)
        self.at = self.root

    def handle_starttag(self, tag, attrs):
        e = Elem(tag, attrs, self.at)
        self.at.children.append(e)
        if tag not in VOID:
            self.at = e

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Elem(tag, attrs, self.at))

    def handle_endtag(self, tag):
        e = self.at
        while e is not None and e.tag != tag:
            e = e.parent
        if e is not None and e.parent is not None:
            self.at = e.parent

    def handle_data(self, data):
        self.at.children.append(data)


def words(text):
    return " ".join(text.split())


def node_of(a):
    """The node id a link to a node page names, or None."""
    href = a.attrs.get("href", "") if a is not None else ""
    name = os.path.basename(urlparse(href).path)
    return name[:-5] if "/node/" in "/" + href and name.endswith(".html") else None


def check_tables(path, tree):
    """Every cell of a table with a head is labelled with its column's
    heading, so that a phone can show each row as labelled blocks."""
    for table in (e for e in tree.root.walk() if e.tag == "table"):
        head = [e for e in table.elems() if e.tag == "thead"]
        if not head:
            continue
        headings = [words(c.text()) for c in head[0].elems()[0].elems()]
        for body in (e for e in table.elems() if e.tag == "tbody"):
            for row in body.elems():
                cells = row.elems()
                if any(c.attrs.get("colspan") for c in cells):
                    continue
                assert len(cells) == len(headings), (path, "row of", len(cells), "cells under", headings)
                for heading, c in zip(headings, cells):
                    if c.tag == "td":
                        assert c.attrs.get("data-label") == heading, (path, c.attrs.get("data-label"), heading)


def check_charts(path, tree):
    for fig in (e for e in tree.root.walk() if e.tag == "figure" and "chart" in e.classes()):
        legend = [e for e in fig.walk() if "legend" in e.classes()]
        assert legend and words(legend[0].text()), (path, "a chart without its legend")
        full = [e for e in fig.walk() if e.tag == "a" and "full" in e.classes()]
        assert full and full[0].attrs["href"].endswith(".svg"), (path, "a chart without a link to its SVG")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.scripts, self.data = [], [], {}
        self.main, self.nav, self.styles = None, [], []
        self.open, self.in_noscript, self.noscript_links = None, False, []
        self.missing = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src", "xlink:href"):
            if a.get(key):
                self.links.append(a[key])
        if tag == "script" and a.get("type") == "application/json":
            self.open, self.data[a.get("id")] = a.get("id"), ""
        elif tag == "script":
            self.scripts.append(a.get("src"))
        if tag == "main":
            self.main = a
        if tag == "link" and a.get("rel") == "stylesheet":
            self.styles.append(a.get("href"))
        if tag == "noscript":
            self.in_noscript = True
        if tag == "a" and self.in_noscript:
            self.noscript_links.append(a.get("href"))
        if tag == "p" and a.get("class") == "missing":
            self.missing = True
        if tag == "nav":
            self.nav = []
        elif tag == "a" and self.nav is not None and a.get("href"):
            self.nav.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "script":
            self.open = None
        if tag == "noscript":
            self.in_noscript = False
        if tag == "nav":
            self.nav_done, self.nav = self.nav, None

    def handle_data(self, data):
        if self.open is not None:
            self.data[self.open] += data


class View:
    """The map on the site's date: its nodes, part_of edges and words."""
    def __init__(self, jgf, schema):
        import yaml  # only for the checks that read the schema
        graph = json.load(open(jgf, encoding="utf-8"))["graph"]
        self.nodes = graph["nodes"]
        self.parents = {}
        for e in graph["edges"]:
            if e["relation"] == "part_of":
                self.parents.setdefault(e["source"], set()).add(e["target"])
        self.labels = yaml.safe_load(open(schema, encoding="utf-8"))["labels"]

    def type(self, node):
        return self.nodes[node]["metadata"]["type"]

    def word(self, key, lang):
        label = self.labels.get(key) or {}
        return label.get(lang) or label.get("en")

    def values(self, attr, lang):
        prefix = "value.%s." % attr
        return {self.word(k, lang) for k in self.labels if k.startswith(prefix)}


def entries(tree):
    """Each list item of an index that stands for a node: the item, and
    the node its own link (or, for the page's own, its name) names."""
    for li in (e for e in tree.root.walk() if e.tag == "li"):
        first = li.elems()[0] if li.elems() else None
        if first is not None and first.tag == "a" and node_of(first):
            yield li, node_of(first)


def check_entry(path, lang, view, li, node):
    types = [e for e in li.elems() if e.tag == "span" and "type" in e.classes()]
    if node not in view.nodes:  # not in force on the site's day: listed apart
        assert types and li.up("details") is not None, (path, node, "not in force, not apart")
        return
    assert types and words(types[0].text()) == view.word("type." + view.type(node), lang), \
        (path, node, "type not in words")


def check_index(path, lang, name, tree, view):
    listed = set()
    for li, node in entries(tree):
        listed.add(node)
        check_entry(path, lang, view, li, node)
    wanted = {n for n in view.nodes if view.type(n) in INDEX_TYPES[name]}
    assert wanted <= listed, (path, "not listed", sorted(wanted - listed)[:5])
    if name != "bodies.html":
        return
    # each body under the body it is part of; those part of a country at the
    # top of its tree, those part of none too
    seen = set()
    for li, node in entries(tree):
        if node not in view.nodes:
            continue
        above = li.up("li")
        parent = above is not None and node_of(above.elems()[0])
        if parent:
            assert parent in view.parents.get(node, ()), (path, node, "is not part of", parent)
            seen.add((node, parent))
        else:
            assert all(view.type(p) == "country" for p in view.parents.get(node, ())), (path, node, "at the top")
            seen.update((node, p) for p in view.parents.get(node, ()))
    edges = {(c, p) for c, ps in view.parents.items() for p in ps}
    assert edges <= seen, (path, "part_of not shown", sorted(edges - seen)[:5])


def check_place(path, node, tree, view):
    """A body's page: the chain up to a body or country that is part of
    none, and below it exactly what is part of it."""
    here = [e for e in tree.root.walk() if e.tag == "li" and "here" in e.classes()]
    if not view.parents.get(node) and not any(node in ps for ps in view.parents.values()):
        assert not here, (path, "a place in the tree for a body part of nothing")
        return
    assert here, (path, "no place in the organisation tree")
    for li in here:
        child, above = node, li.up("li")
        while above is not None:
            parent = node_of(above.elems()[0])
            assert parent in view.parents.get(child, ()), (path, child, "is not part of", parent)
            child, above = parent, above.up("li")
        assert not view.parents.get(child), (path, "the chain stops at", child)
        below = {node_of(e.elems()[0]) for e in li.walk() if e.tag == "li"}
        parts = {c for c, ps in view.parents.items() if node in ps}
        assert below == parts, (path, "parts", sorted(below), sorted(parts))


def check_notify(path, lang, tree, view):
    """Each report passed on (depth above 1) comes from the body told one
    level up, and duty and stage are in the schema's words."""
    for table in (e for e in tree.root.walk() if e.tag == "table" and "notify" in e.classes()):
        head = [words(c.text()) for c in table.elems()[0].elems()[0].elems()]
        col = {k: head.index(view.word("site." + k, lang)) for k in ("step", "who", "from", "duty", "stage")}
        duties = view.values("duty", lang) | {view.word("notify.no_duty", lang)}
        stages = view.values("stage", lang) | {""}
        told = {}
        rows = [r for body in table.elems() if body.tag == "tbody" for r in body.elems()]
        assert rows, (path, "an empty notification table")
        for row in rows:
            if "section" in row.classes():
                told = {}
                continue
            cells = row.elems()
            depth = int(words(cells[col["step"]].text()))
            who = node_of([e for e in cells[col["who"]].walk() if e.tag == "a"][0])
            sender = node_of([e for e in cells[col["from"]].walk() if e.tag == "a"][0])
            if depth > 1:
                assert told.get(depth - 1) == sender, (path, who, "passed on by", sender, "not", told.get(depth - 1))
            told = {d: n for d, n in told.items() if d < depth}
            told[depth] = who
            assert words(cells[col["duty"]].text()) in duties, (path, cells[col["duty"]].text())
            assert words(cells[col["stage"]].text()) in stages, (path, cells[col["stage"]].text())


def check_ask(path, lang, page):
    """LANG/ask.html: the main element its scripts look for, the way to the
    static pages without JavaScript, the words, and the scripts in order
    when the interactive part was included (or a note that it was not)."""
    assert page.main and page.main.get("id") == "ask" and page.main.get("data-lang") == lang, (path, page.main)
    assert "index.html" in page.noscript_links, (path, "noscript has no way to the static pages")
    words = json.loads(page.data.get("cybermap-words", "null"))
    assert isinstance(words, dict) and words.get("site.title") and all(k.startswith("site.") for k in words), path
    ask = [os.path.basename(src) for src in page.scripts if os.path.basename(src) in ASK_SCRIPTS]
    if ask:
        assert ask == ASK_SCRIPTS, (path, "scripts out of order", ask)
        assert "../assets/ask.css" in page.styles and not page.missing, path
    else:
        assert page.missing and "../assets/ask.css" not in page.styles, (path, "no note that the interactive part is missing")


def main():
    root, nodes = sys.argv[1], int(sys.argv[2])
    view = View(sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else None
    pages = 0
    for lang in ("en", "ja"):
        names = [n for n in os.listdir(os.path.join(root, lang, "node")) if n.endswith(".html")]
        assert len(names) == nodes, (lang, len(names), nodes)
    ids, links = {}, []
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".html"):
                continue
            pages += 1
            path = os.path.join(dirpath, name)
            html = open(path, encoding="utf-8").read()
            page = Page()
            page.feed(html)
            tree = Tree()
            tree.feed(html)
            ids[os.path.normpath(path)] = {e.attrs["id"] for e in tree.root.walk() if e.attrs.get("id")}
            for script in page.scripts:
                assert script and script.endswith(".js") and "/assets/" in "/" + script.lstrip("./"), (path, script)
            for name, data in page.data.items():
                assert name == "cybermap-words" and "</" not in data, (path, name)
                json.loads(data)
            rel = os.path.relpath(path, root)
            lang = rel.split(os.sep)[0]
            if lang in ("en", "ja"):
                nav = [os.path.basename(href) for href in getattr(page, "nav_done", [])]
                assert "ask.html" in nav, (path, "no link to the ask page")
                assert all(i in nav for i in INDEXES), (path, "no link to an index page", nav)
                if rel == os.path.join(lang, "ask.html"):
                    check_ask(path, lang, page)
                check_tables(path, tree)
                check_charts(path, tree)
                base = os.path.basename(rel)
                if view and rel == os.path.join(lang, base) and base in INDEXES:
                    check_index(path, lang, base, tree, view)
                node = base[:-5]
                if view and rel == os.path.join(lang, "node", base) and node in view.nodes:
                    if view.type(node) in INDEX_TYPES["bodies.html"]:
                        check_place(path, node, tree, view)
                    if view.type(node) == "sector":
                        check_notify(path, lang, tree, view)
            links.extend((path, dirpath, link) for link in page.links)
    for path, dirpath, link in links:
        url = urlparse(link)
        if url.scheme in ("http", "https"):
            continue
        assert not url.scheme, (path, link)
        target = os.path.normpath(os.path.join(dirpath, unquote(url.path))) if url.path else os.path.normpath(path)
        assert target.startswith(os.path.normpath(root)), (path, link)
        assert os.path.exists(target), (path, "broken link", link)
        if url.fragment and target.endswith(".html"):
            assert url.fragment in ids.get(target, ()), (path, "no such place", link)
    # root index, and per language: home, about, ask, the indexes and a page per node
    assert pages == 1 + 2 * (3 + len(INDEXES) + nodes), (pages, nodes)


if __name__ == "__main__":
    main()

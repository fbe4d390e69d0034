#!/usr/bin/env python3
"""check_site.py: checks a site cybermap wrote.

    check_site.py DIR NODES    every internal link and asset resolves, the page
                               count matches the map, pages parse, the only
                               scripts are the site's own (and its words, as
                               JSON data), every page links to the ask page,
                               and each ask page is as its scripts expect
"""
import json
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse


ASK_SCRIPTS = ["map.js", "engine.js", "viz.js", "ask.js"]


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
    pages = 0
    for lang in ("en", "ja"):
        names = os.listdir(os.path.join(root, lang, "node"))
        assert len(names) == nodes, (lang, len(names), nodes)
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".html"):
                continue
            pages += 1
            path = os.path.join(dirpath, name)
            page = Page()
            page.feed(open(path, encoding="utf-8").read())
            for script in page.scripts:
                assert script and script.endswith(".js") and "/assets/" in "/" + script.lstrip("./"), (path, script)
            for name, data in page.data.items():
                assert name == "cybermap-words" and "</" not in data, (path, name)
                json.loads(data)
            lang = os.path.relpath(path, root).split(os.sep)[0]
            if lang in ("en", "ja"):
                assert any(os.path.basename(href) == "ask.html" for href in getattr(page, "nav_done", [])), \
                    (path, "no link to the ask page")
                if os.path.relpath(path, root) == os.path.join(lang, "ask.html"):
                    check_ask(path, lang, page)
            for link in page.links:
                url = urlparse(link)
                if url.scheme in ("http", "https"):
                    continue
                assert not url.scheme, (path, link)
                if not url.path:
                    continue
                target = os.path.normpath(os.path.join(dirpath, unquote(url.path)))
                assert target.startswith(os.path.normpath(root)), (path, link)
                assert os.path.exists(target), (path, "broken link", link)
    # root index, and per language: home, about, ask and a page per node
    assert pages == 1 + 2 * (3 + nodes), (pages, nodes)


if __name__ == "__main__":
    main()

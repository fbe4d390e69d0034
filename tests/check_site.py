#!/usr/bin/env python3
"""check_site.py: checks a site cybermap wrote.

    check_site.py DIR NODES    every internal link and asset resolves, the page
                               count matches the map, pages parse, and the only
                               scripts are the site's own
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src", "xlink:href"):
            if a.get(key):
                self.links.append(a[key])
        if tag == "script":
            self.scripts.append(a.get("src"))


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
    # root index, and per language: home, about and a page per node
    assert pages == 1 + 2 * (2 + nodes), (pages, nodes)


if __name__ == "__main__":
    main()

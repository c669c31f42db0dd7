"""Markdown to the HTML a text view shows: raw HTML escaped, outside links made plain text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class _PlainLinks(Treeprocessor):
    """Turn each link into plain text: a kiosk opens nothing outside itself."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in parent:
                if child.tag == "a":
                    child.tag = "span"
                    href = child.attrib.pop("href", "")
                    child.attrib.clear()
                    text = "".join(child.itertext())
                    if href and href not in text:
                        child.tail = f" ({href})" + (child.tail or "")


class _Safe(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_PlainLinks(md), "plain_links", 0)


def to_html(text: str) -> str:
    """Render Markdown safely: raw HTML shows as the text it is, never as markup."""
    return str(markdown.markdown(text, extensions=[_Safe()], output_format="html"))

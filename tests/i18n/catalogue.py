"""Read our translation catalogues (locale/<language>/LC_MESSAGES/django.po) without polib.

Also: the English interface texts a page must not show once it is translated, and the visible text
of a rendered page, with the attributes people read or hear (title, aria-label, placeholder, alt…).
"""

import ast
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

# Python-format placeholders and HTML tags: what a msgid's literal pieces are split at.
PLACEHOLDER_OR_TAG = re.compile(r"%\([^)]+\)[sdr]|<[^>]+>|\n")


def catalogue_path(language):
    return Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.po")


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list = field(default_factory=list)  # one form, or one per plural form
    flags: set = field(default_factory=set)


def entries(path):
    """Every entry of a .po file, the header (msgid "") first."""
    found = []
    for block in re.split(r"\n\s*\n", Path(path).read_text(encoding="utf-8").strip()):
        entry, key, parts = Entry(msgid=""), None, {}
        for line in block.splitlines():
            if line.startswith("#,"):
                entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif match := re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (\".*\")$", line):
                key = match[1]
                parts[key] = [match[2]]
            elif line.startswith('"'):
                parts[key].append(line)
        text = {key: "".join(ast.literal_eval(piece) for piece in pieces) for key, pieces in parts.items()}
        entry.msgid = text["msgid"]
        entry.msgctxt = text.get("msgctxt")
        entry.msgid_plural = text.get("msgid_plural")
        entry.msgstr = [text[key] for key in sorted(text) if key.startswith("msgstr")]
        found.append(entry)
    return found


def english_pieces(path):
    """The English texts a translated page must not show: each msgid's literal pieces between its
    placeholders and tags, longer than 3 characters, that its translation does not keep."""
    pieces = set()
    for entry in entries(path)[1:]:
        for english in filter(None, [entry.msgid, entry.msgid_plural]):
            pieces.update(
                piece.strip()
                for piece in PLACEHOLDER_OR_TAG.split(english)
                # A piece the translation keeps is not English left behind ("Email", "IP", "[y/N]").
                if len(piece.strip()) > 3 and not any(piece.strip() in form for form in entry.msgstr)
            )
    return pieces


def found_in(text, pieces):
    """The pieces that occur in `text` as whole words (so "Live" is not found in "Lively"), outside the
    addresses it mentions (/comments/…, /admin/…)."""
    text = re.sub(r"https?://\S+", "", text)
    return sorted(piece for piece in pieces if re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text))


class ReadableText(HTMLParser):
    """What a person reads or hears of a page: its text and the attributes shown or announced."""

    SPOKEN_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-title", "data-title-reply"}
    SHOWN_META = {"description", "og:title", "og:description", "twitter:title", "twitter:description"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "style"}:
            self.skipping += 1
        # The script puts the commenter's name in place of "{name}" (static/js/comments.js).
        self.parts += [
            value.replace("{name}", "…")
            for name, value in attrs.items()
            if name in self.SPOKEN_ATTRIBUTES and value
        ]
        if tag == "input" and attrs.get("type") in {"submit", "button"} and attrs.get("value"):
            self.parts.append(attrs["value"])
        if tag == "meta" and (attrs.get("name") or attrs.get("property")) in self.SHOWN_META:
            self.parts.append(attrs.get("content") or "")

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def readable_text(html):
    parser = ReadableText()
    parser.feed(html)
    return "\n".join(" ".join(part.split()) for part in parser.parts if part.strip())

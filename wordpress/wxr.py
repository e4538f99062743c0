"""A streaming reader for WordPress eXtended RSS (WXR 1.0–1.2) that never holds the whole file.

Each top-level record of the channel (author, category, tag, term, item) is turned into plain
dicts and then dropped from the tree, so memory stays flat however large the export is. The parser
is defusedxml's: entity declarations (billion laughs, external entities) are refused outright.
"""

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext

# The wp: and excerpt: namespace URIs carry the WXR version and vary in scheme, so match by pattern.
NAMESPACE_PREFIXES = [
    (re.compile(r"^https?://wordpress\.org/export/[\d.]+/excerpt/$"), "excerpt"),
    (re.compile(r"^https?://wordpress\.org/export/[\d.]+/$"), "wp"),
    (re.compile(r"^http://purl\.org/rss/1\.0/modules/content/$"), "content"),
    (re.compile(r"^http://purl\.org/dc/elements/1\.1/$"), "dc"),
]
RECORD_TAGS = {"wp:author", "wp:category", "wp:tag", "wp:term", "item"}


class WXRError(Exception):
    """The file is not a WordPress export we can read; the message says why."""


@dataclass
class Item:
    """One <item>: its simple fields by prefixed name, plus its terms, meta and comments."""

    fields: dict
    terms: list = field(default_factory=list)  # (domain, nicename, name)
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)

    def get(self, name, default=""):
        return self.fields.get(name, default)


def short_name(tag, cache={}):  # noqa: B006 - a deliberate per-process cache
    """`{http://wordpress.org/export/1.2/}post_id` → `wp:post_id`."""
    if tag in cache:
        return cache[tag]
    name = tag
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        prefix = next((prefix for pattern, prefix in NAMESPACE_PREFIXES if pattern.match(uri)), "ns")
        name = f"{prefix}:{local}"
    cache[tag] = name
    return name


def text_fields(element):
    """The text of each child element, by prefixed name (stripped, empty string when missing)."""
    return {short_name(child.tag): (child.text or "").strip() for child in element}


def meta_pairs(elements):
    pairs = {}
    for element in elements:
        values = text_fields(element)
        pairs[values.get("wp:meta_key", "")] = values.get("wp:meta_value", "")
    return pairs


def read_item(element):
    item = Item(fields={})
    for child in element:
        name = short_name(child.tag)
        if name == "category":
            # WXR 1.0 repeats each category once without a domain; only the full form counts.
            if child.get("domain"):
                item.terms.append(
                    (child.get("domain"), child.get("nicename", ""), (child.text or "").strip())
                )
        elif name == "wp:postmeta":
            item.meta.update(meta_pairs([child]))
        elif name == "wp:comment":
            comment = {short_name(part.tag): (part.text or "").strip() for part in child}
            comment["meta"] = meta_pairs(part for part in child if short_name(part.tag) == "wp:commentmeta")
            item.comments.append(comment)
        else:
            # Content keeps its own whitespace (blank lines are paragraphs).
            text = child.text or ""
            item.fields[name] = text if name in {"content:encoded", "excerpt:encoded"} else text.strip()
    return item


def read(source):
    """Yield ("channel", fields), then ("wp:author" | "wp:category" | "wp:tag" | "wp:term", fields)
    and ("item", Item) records in file order, from a path or a file opened in binary. Raises WXRError
    for anything that is not WXR."""
    depth, channel, channel_fields, version = 0, None, {}, ""
    try:
        for event, element in iterparse(
            source if hasattr(source, "read") else str(source), events=("start", "end")
        ):
            if event == "start":
                depth += 1
                if depth == 1 and element.tag != "rss":
                    raise WXRError(
                        gettext("the root element is <%(name)s>, not <rss>")
                        % {"name": short_name(element.tag)}
                    )
                if depth == 2 and element.tag == "channel":
                    channel = element
                continue
            depth -= 1
            if depth != 2 or channel is None:
                continue
            name = short_name(element.tag)
            if name in RECORD_TAGS:
                if not version:
                    raise WXRError(gettext("it has no <wp:wxr_version> before its first record"))
                if channel_fields is not None:
                    yield "channel", channel_fields | {"wp:wxr_version": version}
                    channel_fields = None
                yield name, (read_item(element) if name == "item" else text_fields(element))
            elif name == "wp:wxr_version":
                version = (element.text or "").strip()
            elif channel_fields is not None:
                channel_fields[name] = (element.text or "").strip()
            element.clear()
            channel.remove(element)
    except DefusedXmlException as error:
        raise WXRError(
            gettext("it declares XML entities or a DTD, which are refused for safety (%(error)s)")
            % {"error": error}
        ) from error
    except ParseError as error:
        raise WXRError(gettext("it is not well-formed XML (%(error)s)") % {"error": error}) from error
    if not version:
        raise WXRError(gettext("it has no <wp:wxr_version>: this is not a WordPress export"))
    if channel_fields is not None:
        yield "channel", channel_fields | {"wp:wxr_version": version}

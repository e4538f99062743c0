"""Read an article saved as plain text, in the shape news sites' pages copy out as.

Headline on the first line

PLACE, Month DD – SOURCE. First paragraph…

More paragraphs, separated by blank lines.

Author: NAME

Leave a Reply
Your email address will not be published. Required fields are marked *
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext

# The months a dateline may name: English ("February 25") and Russian, in the genitive that follows
# the day ("25 февраля").
MONTHS = {
    name: number
    for names in (
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"],
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
         "октября", "ноября", "декабря"],
    )
    for number, name in enumerate(names, start=1)
}  # fmt: skip
MONTH = "|".join(MONTHS)
DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,\n]{0,60}?),\s+"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{MONTH}))"
    r"\s*[–—-]\s*(?P<source>[^.]+?)\.\s+(?P<rest>.+)$",
    re.DOTALL | re.IGNORECASE,
)
AUTHOR_LINE = re.compile(r"^(?:Author|By):\s*(?P<name>.+)$", re.IGNORECASE)
# The comment form a page copy drags along; it starts the trailing boilerplate.
BOILERPLATE = re.compile(
    r"^(leave a reply|leave a comment|your email address will not be published|"
    r"required fields are marked|post comment|save my name, email)",
    re.IGNORECASE,
)
# The form's field labels, each dropped once the boilerplate has begun ("Comment *", "Website").
FORM_LABEL = re.compile(r"^(comment|name|e-?mail|website)\s*\*?$", re.IGNORECASE)
MAX_HEADLINE = 300


class PlainTextError(ValueError):
    """The file cannot be read as an article; the message says why, for the person importing."""


@dataclass
class PlainTextArticle:
    headline: str
    paragraphs: list[str]
    dateline_place: str = ""
    source_credit: str = ""
    month: int | None = None
    day: int | None = None
    author_name: str = ""
    dropped: list[str] = field(default_factory=list)


def decode(data):
    if not data.strip():
        raise PlainTextError(gettext("The file is empty."))
    if b"\x00" in data:
        raise PlainTextError(gettext("This looks like a binary file, not plain text."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlainTextError(gettext("The file is not UTF-8 text.")) from error


def blocks(text):
    """Blank-line separated blocks, each folded to one line of text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            yield lines


def parse(data):
    """Parse the bytes of a plain-text article into its parts, or raise PlainTextError."""
    all_blocks = list(blocks(decode(data)))
    if not all_blocks:
        raise PlainTextError(gettext("The file is empty."))
    headline, *first_block_rest = all_blocks[0]
    if len(headline) > MAX_HEADLINE:
        raise PlainTextError(
            gettext(
                "The first line must be the headline (at most %(limit)d characters); this one has %(length)d."
            )
            % {"limit": MAX_HEADLINE, "length": len(headline)}
        )
    article = PlainTextArticle(headline=headline, paragraphs=[])
    remaining = ([first_block_rest] if first_block_rest else []) + all_blocks[1:]
    in_comment_form = False
    for lines in remaining:
        in_comment_form = in_comment_form or bool(BOILERPLATE.match(lines[0]))
        if BOILERPLATE.match(lines[0]) or (in_comment_form and all(map(FORM_LABEL.match, lines))):
            article.dropped.extend(lines)
            continue
        body_lines = []
        for line in lines:
            author = AUTHOR_LINE.match(line)
            if author:
                article.author_name = author["name"].strip()
            elif BOILERPLATE.match(line):
                article.dropped.append(line)
            else:
                body_lines.append(line)
        if body_lines:
            article.paragraphs.append(" ".join(body_lines))
    if not article.paragraphs:
        raise PlainTextError(gettext("The file has a headline but no body paragraphs."))
    take_dateline(article)
    return article


def take_dateline(article):
    """Move a leading "PLACE, Month DD – SOURCE." ("МИНСК, 25 февраля – …") from the first paragraph
    into its own fields."""
    match = DATELINE.match(article.paragraphs[0])
    if not match or not match["place"].isupper():  # the place is in capitals, in any script
        return
    article.dateline_place = match["place"].strip()
    article.source_credit = match["source"].strip()
    article.month = MONTHS[(match["month"] or match["month_after"]).lower()]
    article.day = int(match["day"] or match["day_first"])
    article.paragraphs[0] = match["rest"].strip()

"""WordPress post content to the HTML our sanitizer keeps: paragraphs, figures, no shortcodes."""

import html
import re

import nh3

# WordPress's own list (wp-includes/formatting.php, wpautop): never wrapped in <p>.
BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area"
    r"|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header"
    r"|footer|nav|figure|figcaption|details|menu|summary)"
)
OPEN_BLOCK = re.compile(rf"(<{BLOCKS}[\s/>])", re.IGNORECASE)
CLOSE_BLOCK = re.compile(rf"(</{BLOCKS}>)", re.IGNORECASE)
ANY_BLOCK_TAG = rf"</?{BLOCKS}[^>]*>"
PRE = re.compile(r"<pre[\s>].*?</pre>", re.IGNORECASE | re.DOTALL)

CAPTION = re.compile(r"\[(?:wp_)?caption([^\]]*)\](.*?)\[/(?:wp_)?caption\]", re.IGNORECASE | re.DOTALL)
CAPTION_ATTRIBUTE = re.compile(r'caption=(?:"([^"]*)"|\'([^\']*)\')', re.IGNORECASE)
IMAGE_PART = re.compile(r"^\s*((?:<a [^>]*>\s*)?<img [^>]*>(?:\s*</a>)?)(.*)$", re.IGNORECASE | re.DOTALL)
ESCAPED_SHORTCODE = re.compile(r"\[\[([^\[\]]*)\]\]")
ENCLOSING_SHORTCODE = re.compile(r"\[([a-zA-Z][\w-]*)(?:\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL)
# A lone [name …] is a shortcode when it has attributes or is one WordPress ships; "[sic]" stays.
SELF_CLOSING_SHORTCODE = re.compile(
    r"\[(?:(?:gallery|audio|video|playlist|embed|wp_caption|caption)\b[^\]]*"
    r"|[a-zA-Z][\w-]*\s+[^\]]*=[^\]]*)/?\]"
)


def caption_to_figure(match):
    """[caption …]<img> Text[/caption] (or caption="Text") → <figure><img><figcaption>."""
    attributes, inner = match.group(1), match.group(2)
    parts = IMAGE_PART.match(inner)
    if parts is None:
        return inner
    image, text = parts.group(1), parts.group(2).strip()
    if not text:
        quoted = CAPTION_ATTRIBUTE.search(attributes)
        text = html.escape(html.unescape((quoted.group(1) or quoted.group(2)) if quoted else ""))
    caption = f"<figcaption>{text}</figcaption>" if text else ""
    return f"<figure>{image}{caption}</figure>"


def strip_shortcodes(text):
    """Every other shortcode removed, the text it wraps kept; [[escaped]] ones stay literal."""
    escaped = []

    def keep(match):
        escaped.append(match.group(1))
        return f"\x00{len(escaped) - 1}\x00"

    text = ESCAPED_SHORTCODE.sub(keep, text)
    previous = None
    while previous != text:  # nested shortcodes unwrap from the outside in
        previous = text
        text = ENCLOSING_SHORTCODE.sub(r"\2", text)
    text = SELF_CLOSING_SHORTCODE.sub("", text)
    return re.sub(r"\x00(\d+)\x00", lambda match: f"[{escaped[int(match.group(1))]}]", text)


def wpautop(text):
    """A port of WordPress's wpautop(): blank lines make paragraphs, single newlines make <br>."""
    if not text.strip():
        return ""
    kept = []

    def keep_pre(match):
        kept.append(match.group(0))
        return f"<pre wp-pre-{len(kept) - 1}></pre>"

    text = PRE.sub(keep_pre, text.replace("\r\n", "\n").replace("\r", "\n") + "\n")
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = OPEN_BLOCK.sub(r"\n\n\1", text)
    text = CLOSE_BLOCK.sub(r"\1\n\n", text)
    text = re.sub(r"(<hr\s*?/?>)", r"\1\n\n", text)
    text = re.sub(r"\n\n+", "\n\n", text)
    chunks = [chunk.strip("\n") for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
    text = "".join(f"<p>{chunk}</p>\n" for chunk in chunks)
    text = re.sub(r"<p>\s*</p>", "", text)
    text = re.sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = re.sub(rf"<p>\s*({ANY_BLOCK_TAG})\s*</p>", r"\1", text)
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.IGNORECASE)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(rf"<p>\s*({ANY_BLOCK_TAG})", r"\1", text)
    text = re.sub(rf"({ANY_BLOCK_TAG})\s*</p>", r"\1", text)
    # Newlines inside a tag's attributes are not line breaks.
    text = re.sub(r"<[^>]*>", lambda match: match.group(0).replace("\n", " "), text)
    text = re.sub(r"(?<!<br />)\s*\n", "<br />\n", text)
    text = re.sub(rf"({ANY_BLOCK_TAG})\s*<br />", r"\1", text)
    text = re.sub(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    return re.sub(r"<pre wp-pre-(\d+)></pre>", lambda match: kept[int(match.group(1))], text).strip()


def post_html(content):
    """A post's content as body HTML (the article's own sanitizer still runs when it is saved)."""
    figures = []

    def set_aside(match):
        # WordPress expands shortcodes after wpautop; a placeholder keeps <p> out of the figure.
        figures.append(caption_to_figure(match))
        return f"\n\n<figure wp-figure-{len(figures) - 1}></figure>\n\n"

    text = wpautop(strip_shortcodes(CAPTION.sub(set_aside, content or "")))
    return re.sub(r"<figure wp-figure-(\d+)></figure>", lambda match: figures[int(match.group(1))], text)


def plain_text(fragment):
    """HTML (an excerpt, a comment) as plain text: tags dropped, breaks and paragraphs kept as newlines."""
    text = re.sub(r"<br\s*/?>", "\n", fragment or "", flags=re.IGNORECASE)
    text = re.sub(r"</p>\s*", "\n\n", text, flags=re.IGNORECASE)
    text = html.unescape(nh3.clean(strip_shortcodes(text), tags=set()))
    return re.sub(r"\n{3,}", "\n\n", text).strip()

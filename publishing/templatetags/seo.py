"""Head tags for sharing and search engines: canonical URL, feeds, Open Graph, Twitter and JSON-LD."""

import json
from dataclasses import asdict

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from publishing.meta import page_meta

register = template.Library()

# What json_script escapes, so no headline can close the <script> element or open a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """The page's `page_meta` as head tags; the site's defaults for a page that has none."""
    meta = context.get("page_meta")
    if meta is None:
        request = context.get("request")
        if request is None:
            return ""
        meta = page_meta(request)
    fields = asdict(meta)
    json_ld = "".join(json_ld_script(data) for data in fields.pop("json_ld"))
    html = render_to_string("includes/_seo_meta.html", fields | {"site_name": settings.SITE_NAME})
    # Both parts are escaped already: the template by autoescaping, the JSON-LD by json_ld_script.
    return mark_safe(html + json_ld)


def json_ld_script(data):
    """`data` as a JSON-LD script element, escaped the way Django's `json_script` escapes."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>\n', mark_safe(payload))


@register.simple_tag
def news_language():
    """The site's language as Google News names a publication's: the ISO 639 code alone ("en", "ru")."""
    return get_language().split("-")[0]

"""The schema.org data a page carries, as search engines read it from its JSON-LD scripts."""

import json
import re

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    """Every JSON-LD object of the page, in order."""
    return [json.loads(data) for data in JSON_LD.findall(html)]


def story_data(html):
    """The story's own object (its NewsArticle of whatever type), not the breadcrumbs."""
    return next(data for data in json_ld(html) if "headline" in data)

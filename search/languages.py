"""Which stemmer reads the words of a language, for the languages search understands.

A story is indexed with the stemmer of its own language (`content_language`), so a Russian story
on an English site is stemmed as Russian. A reader's query has no language: it is read with the
stemmer of each language in settings.SEARCH_LANGUAGES, and a story matches if one reading does. A
story in any other language, or in one without a stemmer, is indexed word for word: it is found by
its words as written, so no query reads them in a way its index never does.

The names are Snowball's: both the `snowballstemmer` algorithms and PostgreSQL's built-in
text-search configurations, whose dictionaries are the same Snowball stemmers.
"""

from functools import lru_cache

import snowballstemmer
from django.conf import settings

# Base language code (Django's, "en" for "en-gb") to the stemmer: every language for which both
# snowballstemmer and PostgreSQL (14 or later) ship one.
STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}


def base_code(language):
    """The language without its region: "en-gb" → "en"."""
    return language.lower().partition("-")[0]


def stemmed_languages():
    """{base language code: stemmer} for the languages whose stories are stemmed."""
    stemmers = set(search_stemmers())
    return {code: stemmer for code, stemmer in STEMMERS.items() if stemmer in stemmers}


def search_stemmers():
    """The stemmers a reader's query is read with: those of SEARCH_LANGUAGES, each once, in order."""
    codes = map(base_code, settings.SEARCH_LANGUAGES)
    return list(dict.fromkeys(STEMMERS[code] for code in codes if code in STEMMERS))


def stemmer_for(language):
    """The stemmer a story in `language` (a code such as "ru" or "en-gb") is indexed with, or None."""
    return stemmed_languages().get(base_code(language))


def stem_words(words, stemmer):
    """Each of `words` (lower-case) as `stemmer` reads it."""
    return [_stem(stemmer, word) for word in words]


@lru_cache(maxsize=100_000)
def _stem(stemmer, word):
    # A stemmer object keeps state while it works, so each call gets its own (they cost nothing to
    # make); the cache spares the pure-Python stemming of the words a site uses again and again.
    return snowballstemmer.stemmer(stemmer).stemWord(word)

"""The site's own date formats in English (Django's date syntax); Django's en_GB module supplies the rest.

Templates and code ask for them by name, `{{ value|date:"CARD_DATE_FORMAT" }}`, so each language words
its dates its own way. Every language in settings.LANGUAGES needs a module with all of these names.
"""

CARD_DATE_FORMAT = "j M Y"  # 25 Feb 2021, on article cards and search results
ARTICLE_DATETIME_FORMAT = "j F Y, H:i"  # 25 February 2021, 14:30: published, updated, corrections
COMMENT_DATETIME_FORMAT = r"j F Y \a\t H:i"  # 25 February 2021 at 14:30
LONG_DATE_FORMAT = "j F Y"  # 25 February 2021: day archives, mentions, "comments closed on"
ARCHIVE_MONTH_FORMAT = "F Y"  # February 2021
DATELINE_DATE_FORMAT = "F j"  # MINSK, February 25 – RIA Novosti.

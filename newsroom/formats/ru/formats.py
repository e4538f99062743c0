"""The site's own date formats in Russian (see newsroom/formats/en/formats.py for what each is for).

`E` is the month in the genitive, as a date needs it ("25 февраля"); `F` the nominative, for a month alone.
"""

CARD_DATE_FORMAT = "j E Y"  # 25 февраля 2021
ARTICLE_DATETIME_FORMAT = "j E Y, H:i"  # 25 февраля 2021, 14:30
COMMENT_DATETIME_FORMAT = "j E Y в H:i"  # 25 февраля 2021 в 14:30
LONG_DATE_FORMAT = "j E Y"  # 25 февраля 2021
ARCHIVE_MONTH_FORMAT = "F Y"  # Февраль 2021
DATELINE_DATE_FORMAT = "j E"  # МИНСК, 25 февраля – РИА Новости.

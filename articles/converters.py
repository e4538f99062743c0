"""Path converters for WordPress-style dates: /2021/02/25/ (zero-padded, always valid). Slugs in any
script have theirs in publishing/slugs.py."""

from django.urls import register_converter


class FixedWidthNumber:
    width = 2
    low, high = 1, 12

    def __init__(self):
        self.regex = f"[0-9]{{{self.width}}}"

    def to_python(self, value):
        number = int(value)
        if not self.low <= number <= self.high:
            raise ValueError(value)
        return number

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class YearConverter(FixedWidthNumber):
    width = 4
    low, high = 1, 9999


class MonthConverter(FixedWidthNumber):
    low, high = 1, 12


class DayConverter(FixedWidthNumber):
    low, high = 1, 31


# Registered on import, so every app's URLs (the comments feed under an article's address too) can use them.
register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")
register_converter(DayConverter, "dd")

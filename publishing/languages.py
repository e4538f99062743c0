"""The language a story or a static page is written in: its own, or else the site's.

A site in Russian may carry a story in English (or the reverse, or one in Arabic), so the choice is
any language Django knows, not only the ones the interface is translated into.
"""

from django.conf import global_settings, settings
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

CONTENT_LANGUAGES = [(code, _(name)) for code, name in global_settings.LANGUAGES]


class WrittenIn(models.Model):
    language = models.CharField(
        _("language"),
        max_length=15,
        blank=True,
        choices=CONTENT_LANGUAGES,
        help_text=_("The language it is written in. Empty: the site's language."),
    )

    class Meta:
        abstract = True

    @property
    def content_language(self):
        return self.language or settings.LANGUAGE_CODE

    @property
    def text_direction(self):
        return "rtl" if get_language_info(self.content_language)["bidi"] else "ltr"

"""The Russian catalogue is complete, compiled from its current text, and up to date with the code."""

import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from tests.i18n.catalogue import catalogue_path, entries
from tests.processes import manage

BASE_DIR = Path(settings.BASE_DIR)
RUSSIAN = catalogue_path("ru")
# Russian has three plural forms: 1, 21…; 2–4, 22–24…; 0, 5–20, 25–30…
RUSSIAN_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


def test_every_message_is_translated():
    untranslated = [entry.msgid for entry in entries(RUSSIAN)[1:] if not all(entry.msgstr)]
    assert not untranslated


def test_no_translation_is_fuzzy():
    assert not [entry.msgid for entry in entries(RUSSIAN) if "fuzzy" in entry.flags]


def test_plurals_have_the_three_russian_forms():
    header = entries(RUSSIAN)[0].msgstr[0]
    assert f"Plural-Forms: {RUSSIAN_PLURALS}" in header
    assert "Language: ru" in header
    plurals = [entry for entry in entries(RUSSIAN) if entry.msgid_plural]
    assert plurals
    assert all(len(entry.msgstr) == 3 for entry in plurals)


def test_placeholders_are_kept():
    """A translation uses the placeholders of its English, no more and no fewer."""
    placeholder = re.compile(r"%\((\w+)\)[sdr]")
    wrong = [
        entry.msgid
        for entry in entries(RUSSIAN)[1:]
        for form in entry.msgstr
        if set(placeholder.findall(form)) != set(placeholder.findall(entry.msgid))
    ]
    assert not wrong


def test_compiled_catalogue_matches_the_text():
    """django.mo is committed (so `make run` needs no gettext tools): it must be compiled from django.po."""
    with open(RUSSIAN.with_suffix(".mo"), "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = []
    for entry in entries(RUSSIAN)[1:]:
        msgid = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if entry.msgid_plural:
            shown = [catalogue.ngettext(msgid, entry.msgid_plural, n) for n in (1, 2, 5)]
        else:
            shown = [catalogue.gettext(msgid)]
        if shown != entry.msgstr:
            stale.append(entry.msgid)
    assert not stale, "Run `make messages` to compile locale/ru/LC_MESSAGES/django.mo again."


def messages_ignore():
    """The --ignore options of `make messages` (the Makefile's MESSAGES_IGNORE), so both extract the same."""
    makefile = (BASE_DIR / "Makefile").read_text()
    definition = re.search(r"^MESSAGES_IGNORE :=((?:.*\\\n)*.*)$", makefile, flags=re.MULTILINE)
    return re.findall(r"--ignore=\S+", definition[1])


def test_catalogue_has_every_message_in_the_code(tmp_path):
    """`make messages` run on a copy of the project finds no message that the committed catalogue lacks."""
    if not shutil.which("xgettext"):
        pytest.skip("Checking the catalogue needs GNU gettext's xgettext (apt-get install gettext).")
    ignored = shutil.ignore_patterns(
        ".git",
        ".venv",
        "test-artifacts",
        "media",
        "staticfiles",
        ".page-stamps",
        "db.sqlite3*",
        "__pycache__",
    )
    copy = tmp_path / "project"
    shutil.copytree(BASE_DIR, copy, ignore=ignored)
    command = ["makemessages", "-l", "ru", "--no-obsolete", "--add-location=file", *messages_ignore()]
    env = {"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "1", "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    manage(*command, env=env, timeout=300, cwd=copy)

    def messages(path):
        return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in entries(path)[1:]}

    extracted, committed = messages(copy / RUSSIAN.relative_to(BASE_DIR)), messages(RUSSIAN)
    assert extracted - committed == set(), "New messages: run `make messages` and translate them."
    assert committed - extracted == set(), "Messages no longer in the code: run `make messages`."

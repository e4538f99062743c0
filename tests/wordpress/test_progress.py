import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import OutputWrapper

from tests.factories import make_article
from tests.wordpress.conftest import wxr_path
from wordpress.importer import Importer
from wordpress.progress import Progress, duration

pytestmark = pytest.mark.django_db


class Terminal(StringIO):
    def isatty(self):
        return True


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def percents(text):
    return [int(value) for value in re.findall(r"(\d+)%", text)]


def test_on_a_terminal_one_line_is_redrawn_in_place():
    screen, clock = Terminal(), Clock()
    progress = Progress(OutputWrapper(screen), clock=clock)
    progress.update(10, 100, 5)  # too soon after the start: nothing drawn
    assert screen.getvalue() == ""
    clock.now = 2.0
    progress.update(25, 100, 50)
    assert screen.getvalue() == "\r[######..................]  25%  50 items  25/s  0:06 left"
    clock.now = 4.0
    progress.finish(90)
    lines = screen.getvalue().split("\r")
    assert lines[-1] == "[########################] 100%  90 items  22/s  done in 0:04\n"
    assert "\n" not in "".join(lines[:-1])


def test_elsewhere_plain_lines_are_written_now_and_then():
    log, clock = StringIO(), Clock()
    progress = Progress(OutputWrapper(log), clock=clock)
    clock.now = 1.0
    progress.update(1, 4, 10)  # a log gets a line every ten seconds, not every second
    clock.now = 11.0
    progress.update(2, 4, 20)
    progress.update(3, 4, 30)
    progress.finish(40)
    assert "\r" not in log.getvalue()
    assert log.getvalue().splitlines() == [
        "[############............]  50%  20 items  2/s  0:11 left",
        "[########################] 100%  40 items  4/s  done in 0:11",
    ]


def test_progress_on_a_terminal_is_not_styled_as_an_error():
    """A command's stderr colours what it writes as an error; progress is not one."""
    screen, clock = Terminal(), Clock()
    stderr = OutputWrapper(screen)
    stderr.style_func = lambda text: f"<error>{text}</error>"  # as BaseCommand sets it on a terminal
    progress = Progress(stderr, clock=clock)
    clock.now = 1.0
    progress.update(1, 2, 1)
    progress.finish(2)
    assert "100%" in screen.getvalue()
    assert "<error>" not in screen.getvalue()


def test_durations_read_as_clock_times():
    assert [duration(7), duration(750), duration(3723)] == ["0:07", "12:30", "1:02:03"]


def test_import_progress_follows_the_bytes_read_of_the_file():
    log = StringIO()
    Importer(progress=Progress(OutputWrapper(log), every=0)).run(wxr_path("gazette-1.2.xml"))
    seen = percents(log.getvalue())
    assert seen == sorted(seen)
    assert seen[-1] == 100
    assert any(0 < percent < 100 for percent in seen)


def test_import_command_ends_the_progress_and_still_prints_the_summary(import_wxr):
    out, err = StringIO(), StringIO()
    call_command("import_wordpress", str(wxr_path("island-news-1.1.xml")), stdout=out, stderr=err)
    assert "100%" in err.getvalue() and "done in" in err.getvalue()
    assert out.getvalue().splitlines()[0].split() == ["kind", "created", "updated", "unchanged", "skipped"]


def test_quiet_import_and_export_write_nothing_to_stderr(tmp_path):
    err = StringIO()
    out = StringIO()
    call_command("import_wordpress", str(wxr_path("island-news-1.1.xml")), "--quiet", stdout=out, stderr=err)
    call_command("export_wordpress", str(tmp_path / "site.xml"), "--quiet", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""
    assert "kind" in out.getvalue()


def test_export_command_shows_progress_by_items(tmp_path):
    make_article()
    make_article()
    err = StringIO()
    call_command("export_wordpress", str(tmp_path / "site.xml"), stdout=StringIO(), stderr=err)
    # Two articles, their two authors and one section each.
    assert "100%  6 items" in err.getvalue()

"""How far a long import or export has got, on stderr: percent done, items a second, time left.

On a terminal one line is redrawn in place (a few times a second); anywhere else (a log, a pipe, cron)
a plain line is written now and then, so the log stays readable.
"""

import time

from django.utils.formats import number_format
from django.utils.translation import gettext

BAR_WIDTH = 24
# Seconds between two lines: a terminal redraws often; a log gets a line now and then.
TERMINAL_EVERY = 0.25
LOG_EVERY = 10.0


def plain(text):
    return text


def duration(seconds):
    """0:07, 12:30, 1:02:03."""
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class Progress:
    """Call `update(done, total, items)` as often as you like; it draws only every so often.
    `done`/`total` give the percentage (bytes of the file, or items), `items` the rate."""

    def __init__(self, stream, clock=time.monotonic, every=None):
        self.stream = stream  # a management command's OutputWrapper (self.stderr)
        self.clock = clock
        self.is_terminal = stream.isatty()
        self.every = every if every is not None else (TERMINAL_EVERY if self.is_terminal else LOG_EVERY)
        self.started = self.shown_at = clock()
        self.width = 0  # of the line last drawn, to blank what a shorter one leaves

    def update(self, done, total, items):
        now = self.clock()
        if now - self.shown_at >= self.every:
            self.shown_at = now
            self.draw(self.line(done, total, items, now - self.started))

    def finish(self, items):
        """The last line, at 100%, then a new line so what follows starts clean."""
        seconds = self.clock() - self.started
        self.draw(self.line(1, 1, items, seconds, finished=True))
        if self.is_terminal:
            self.stream.write("\n", style_func=plain, ending="")

    def line(self, done, total, items, seconds, finished=False):
        fraction = min(done / total, 1.0) if total else 1.0
        filled = int(fraction * BAR_WIDTH)
        values = {
            "bar": "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "]",
            "percent": int(fraction * 100),
            "count": number_format(items, force_grouping=True),
            "rate": number_format(round(items / seconds) if seconds > 0 else 0, force_grouping=True),
        }
        if finished:
            values["time"] = duration(seconds)
            return gettext("%(bar)s %(percent)3d%%  %(count)s items  %(rate)s/s  done in %(time)s") % values
        values["time"] = duration(seconds * (1 - fraction) / fraction) if fraction > 0 else "?"
        return gettext("%(bar)s %(percent)3d%%  %(count)s items  %(rate)s/s  %(time)s left") % values

    def draw(self, line):
        # In plain text: a command's stderr would otherwise colour every line as an error.
        if self.is_terminal:
            self.stream.write("\r" + line.ljust(self.width), style_func=plain, ending="")
            self.width = len(line)
        else:
            self.stream.write(line, style_func=plain)

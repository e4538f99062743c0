from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES

# Our own exports (tests/fixtures/README.md lists what each holds) and the files their attachments point at.
WXR_DIR = FIXTURES / "wxr"
UPLOADS = WXR_DIR / "uploads"


def wxr_path(name):
    return WXR_DIR / name


def run_import(path, *options):
    """Run import_wordpress and return what it printed."""
    out = StringIO()
    call_command("import_wordpress", str(path), *options, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def import_wxr():
    return lambda name, *options: run_import(wxr_path(name), *options)

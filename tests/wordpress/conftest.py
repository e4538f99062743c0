from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

WXR_DIR = Path(settings.BASE_DIR).parent / "shared" / "wxr"


def wxr_path(name):
    path = WXR_DIR / name
    if not path.exists():
        pytest.fail(f"The shared WXR export is missing: {path}")
    return path


def run_import(path, *options):
    """Run import_wordpress and return what it printed."""
    out = StringIO()
    call_command("import_wordpress", str(path), *options, stdout=out)
    return out.getvalue()


@pytest.fixture
def import_wxr():
    return lambda name, *options: run_import(wxr_path(name), *options)

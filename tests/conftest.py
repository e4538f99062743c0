from pathlib import Path

import pytest
from django.conf import settings

SHARED = Path(settings.BASE_DIR).parent / "shared"


@pytest.fixture
def seed_article_path():
    path = SHARED / "seed" / "wordpress-article.txt"
    if not path.exists():
        pytest.fail(f"The shared seed article is missing: {path}")
    return path

import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL's autovacuum keeps its statistics"),
]


def test_migrate_refreshes_the_planners_statistics_on_sqlite():
    for _ in range(3):
        make_article()
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")
    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT tbl, stat FROM sqlite_stat1 WHERE tbl = 'articles_article'")
        rows = cursor.fetchall()
    assert rows and all(stat.split()[0] == "3" for _table, stat in rows)

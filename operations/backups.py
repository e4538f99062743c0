"""Backups of a running site, and restoring one into an empty database.

A backup is a folder: the database (SQLite's online backup API, or `pg_dump`'s custom format — both
a consistent snapshot while the site keeps writing), then the media files (copied after the
database, so every file the database names is there), and `manifest.json` saying what is where.
"""

import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """Something an operator must fix; its message is the one line they see."""


@dataclass
class Written:
    path: Path
    size: int
    files: int = 1


def folder_size(folder):
    files = [path for path in folder.rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def vendor():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(
            _("Backups support SQLite and PostgreSQL, not %(engine)s.") % {"engine": connection.vendor}
        )
    return connection.vendor


def postgres_command(program, *arguments):
    """A PostgreSQL client command for the site's database, with its connection details in the environment."""
    if not shutil.which(program):
        raise BackupError(
            _("%(program)s not found: install PostgreSQL's client programs (postgresql-client).")
            % {"program": program}
        )
    database = connection.settings_dict
    env = os.environ | {
        "PGHOST": str(database.get("HOST") or ""),
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": str(database.get("USER") or ""),
        "PGPASSWORD": str(database.get("PASSWORD") or ""),
        "PGDATABASE": str(database["NAME"]),
        "PGCONNECT_TIMEOUT": "10",
    }
    return [program, *arguments], {name: value for name, value in env.items() if value}


def run_postgres(program, *arguments):
    command, env = postgres_command(program, *arguments)
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our arguments
    if finished.returncode:
        lines = finished.stderr.strip().splitlines() or [f"exit status {finished.returncode}"]
        raise BackupError(_("%(program)s failed: %(error)s") % {"program": program, "error": lines[0]})


def dump_database(target):
    if vendor() == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    else:
        run_postgres("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}")


def backup(folder):
    """Write a backup into `folder` (new or empty); returns what was written."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupError(
            _("%(folder)s already holds files: back up into a new or empty folder.") % {"folder": folder}
        )
    folder.mkdir(parents=True, exist_ok=True)
    database_file = folder / DATABASE_FILES[vendor()]
    dump_database(database_file)
    written = [Written(database_file, database_file.stat().st_size)]
    media = folder / MEDIA
    if Path(settings.MEDIA_ROOT).is_dir():
        shutil.copytree(settings.MEDIA_ROOT, media)
    else:
        media.mkdir()
    files, size = folder_size(media)
    written.append(Written(media, size, files))
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(timespec="seconds"),
        "database": {"engine": vendor(), "file": database_file.name},
        "media": {"folder": MEDIA, "files": files, "bytes": size},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return written  # the database, then the media


def read_manifest(folder):
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            _("%(folder)s is not a backup: it has no %(manifest)s.")
            % {"folder": folder, "manifest": MANIFEST}
        ) from None
    except (ValueError, OSError) as error:
        raise BackupError(
            _("%(folder)s/%(manifest)s cannot be read: %(error)s.")
            % {"folder": folder, "manifest": MANIFEST, "error": error}
        ) from None
    found = manifest.get("format") if isinstance(manifest, dict) else None
    if found != FORMAT:
        raise BackupError(
            _("%(folder)s was written by another version of Newsroom (format %(format)s).")
            % {"folder": folder, "format": found}
        )
    try:
        manifest["database"]["engine"], manifest["database"]["file"], manifest["media"]["folder"]
    except (KeyError, TypeError):
        raise BackupError(
            _("%(folder)s/%(manifest)s is incomplete: the backup cannot be restored.")
            % {"folder": folder, "manifest": MANIFEST}
        ) from None
    return manifest


def ensure_empty_database():
    if tables := connection.introspection.table_names():
        raise BackupError(
            ngettext(
                "The database already has %(count)d table: restore into an empty database "
                "(create a new one, or drop this one first).",
                "The database already has %(count)d tables: restore into an empty database "
                "(create a new one, or drop this one first).",
                len(tables),
            )
            % {"count": len(tables)}
        )


def load_database(source):
    if vendor() == "sqlite":
        connection.close()
        backup_copy, site = sqlite3.connect(source), sqlite3.connect(connection.settings_dict["NAME"])
        try:
            backup_copy.backup(site)
        finally:
            backup_copy.close()
            site.close()
    else:
        run_postgres("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                     f"--dbname={connection.settings_dict['NAME']}", str(source))  # fmt: skip


def restore(folder):
    """Bring the backup in `folder` back into the (empty) database and the media folder."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    engine = manifest["database"]["engine"]
    if engine != vendor():
        raise BackupError(
            _("This backup holds a %(engine)s database; the site's database is %(site)s.")
            % {"engine": engine, "site": vendor()}
        )
    source = folder / manifest["database"]["file"]
    if not source.is_file():
        raise BackupError(_("%(file)s is missing: the backup is incomplete.") % {"file": source})
    ensure_empty_database()
    load_database(source)
    media = folder / manifest["media"]["folder"]
    shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return folder_size(media)

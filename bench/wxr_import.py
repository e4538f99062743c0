"""Benchmark: import a generated WXR export of 10,000 posts and 100,000 comments.

Writes the export and a fresh SQLite database under /tmp, imports once, and prints the time taken
and the peak memory (resident set size) of the process. Run with `make bench` or
`.venv/bin/python bench/wxr_import.py [--posts N] [--comments-per-post M]`.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = "A paragraph of reporting with <em>some</em> markup and a [caption] that is not a shortcode."


def write_export(path, posts, comments_per_post):
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
            "<channel><title>Bench</title><wp:wxr_version>1.2</wp:wxr_version>\n"
        )
        for number in range(1, 21):
            out.write(
                f"<wp:author><wp:author_id>{number}</wp:author_id><wp:author_login>writer{number}</wp:author_login>"
                f"<wp:author_display_name>Writer {number}</wp:author_display_name></wp:author>\n"
                f"<wp:category><wp:term_id>{number}</wp:term_id><wp:category_nicename>section-{number}"
                f"</wp:category_nicename><wp:cat_name>Section {number}</wp:cat_name></wp:category>\n"
                f"<wp:tag><wp:term_id>{100 + number}</wp:term_id><wp:tag_slug>tag-{number}</wp:tag_slug>"
                f"<wp:tag_name>Tag {number}</wp:tag_name></wp:tag>\n"
            )
        comment_id = 0
        for post in range(1, posts + 1):
            body = escape("\n\n".join([PARAGRAPH] * 6))
            out.write(
                f"<item><title>Story {post}</title><link>http://old.example/?p={post}</link>"
                f"<dc:creator>writer{post % 20 + 1}</dc:creator><content:encoded>{body}</content:encoded>"
                f"<excerpt:encoded>Summary {post}</excerpt:encoded><wp:post_id>{post}</wp:post_id>"
                f"<wp:post_date_gmt>2020-01-{post % 28 + 1:02d} 10:00:00</wp:post_date_gmt>"
                f"<wp:post_name>story-{post}</wp:post_name><wp:status>publish</wp:status>"
                "<wp:post_type>post</wp:post_type><wp:comment_status>open</wp:comment_status>"
                f'<category domain="category" nicename="section-{post % 20 + 1}">S</category>'
                f'<category domain="post_tag" nicename="tag-{post % 20 + 1}">T</category>\n'
            )
            first = comment_id + 1
            for index in range(comments_per_post):
                comment_id += 1
                parent = first if index % 3 == 2 else 0
                out.write(
                    f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
                    f"<wp:comment_author>Reader {comment_id}</wp:comment_author>"
                    f"<wp:comment_author_email>reader{comment_id}@example.com</wp:comment_author_email>"
                    "<wp:comment_author_IP>192.0.2.1</wp:comment_author_IP>"
                    "<wp:comment_date_gmt>2020-02-01 10:00:00</wp:comment_date_gmt>"
                    f"<wp:comment_content>Comment {comment_id}, well argued.</wp:comment_content>"
                    f"<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>{parent}</wp:comment_parent>"
                    "</wp:comment>\n"
                )
            out.write("</item>\n")
        out.write("</channel></rss>\n")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments-per-post", type=int, default=10)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="wxr-bench-"))
    export = workdir / "export.xml"
    write_export(export, args.posts, args.comments_per_post)
    size_mb = export.stat().st_size / 1024 / 1024
    comments = args.posts * args.comments_per_post
    print(f"Generated {export} ({size_mb:.1f} MB): {args.posts:,} posts, {comments:,} comments")

    os.environ.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DJANGO_DEBUG="1",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    before = peak_rss_mb()
    started = time.perf_counter()
    out = StringIO()
    call_command("import_wordpress", str(export), stdout=out)
    seconds = time.perf_counter() - started
    summary = [line for line in out.getvalue().splitlines() if not line.startswith(("…", "note:"))]
    print("\n".join(summary))
    records = args.posts * (1 + args.comments_per_post)
    print(f"Import: {seconds:.1f} s ({records / seconds:,.0f} posts+comments/s)")
    print(f"Peak memory (RSS): {peak_rss_mb():.0f} MB (after Django setup and migrate: {before:.0f} MB)")


if __name__ == "__main__":
    main()

"""Posting a comment: judge and save it in one transaction, one post per address at a time.

Flood control is only as good as its atomicity: two posts from one address a few milliseconds
apart must not both see "no recent comment" and both be accepted. SQLite takes its write lock at
BEGIN (transaction_mode IMMEDIATE, see settings), so the whole transaction runs alone; PostgreSQL
takes a transaction-scoped advisory lock keyed by the address.
"""

from django.db import connection, transaction

from comments import moderation


def submit(form):
    """Judge the form's comment and keep it if the verdict says so: (comment, verdict)."""
    comment = form.unsaved_comment()
    rules = moderation.Rules.current()
    with transaction.atomic():
        serialise_posts_from(comment.ip_address)
        verdict = moderation.judge(moderation.gather(comment, rules, **form.facts()), rules)
        if verdict.status is not None:
            moderation.apply(comment, verdict)
            comment.save()
    return comment, verdict


def serialise_posts_from(ip_address):
    """Make other posts from this address wait until this transaction ends."""
    if ip_address and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"comments.post:{ip_address}"])

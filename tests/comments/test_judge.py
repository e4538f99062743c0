"""comments.moderation.judge: the whole policy as one pure function, table by table (no database)."""

import pytest

from comments.models import Comment
from comments.moderation import Facts, Rules, judge

SPAM, PENDING, APPROVED = Comment.Status.SPAM, Comment.Status.PENDING, Comment.Status.APPROVED
R = Comment.Reason


@pytest.mark.parametrize(
    ("facts", "rules", "status", "reason"),
    [
        (Facts(known_commenter=True), Rules(), APPROVED, R.NONE),
        (Facts(), Rules(mode="known"), PENDING, R.FIRST_TIME),
        (Facts(known_commenter=True), Rules(mode="all"), PENDING, R.HOLD_ALL),
        (Facts(), Rules(mode="none"), APPROVED, R.NONE),
        (Facts(links=2), Rules(mode="none"), PENDING, R.LINKS),
        (Facts(links=2), Rules(mode="none", hold_links=3), APPROVED, R.NONE),
        (Facts(moderation_word="casino"), Rules(mode="none"), PENDING, R.MODERATION_WORD),
        (Facts(blocked_word="casino", links=5), Rules(mode="none"), SPAM, R.BLOCKED_WORD),
        (Facts(honeypot_filled=True, known_commenter=True), Rules(), SPAM, R.HONEYPOT),
        (Facts(token_age=None, known_commenter=True), Rules(), SPAM, R.BAD_TOKEN),
        (Facts(token_age=1.5, known_commenter=True), Rules(min_form_seconds=3), SPAM, R.TOO_FAST),
        (Facts(token_age=1.5, known_commenter=True), Rules(min_form_seconds=1), APPROVED, R.NONE),
        (Facts(flooding=True, honeypot_filled=True), Rules(), SPAM, R.FLOOD),
        # A moderator signed in: no clock, no flood control, no queue; but never a duplicate.
        (Facts(trusted=True, flooding=True, token_age=0.1, links=9), Rules(mode="all"), APPROVED, R.NONE),
        (Facts(trusted=True, duplicate=True), Rules(), None, R.NONE),
        (Facts(duplicate=True, known_commenter=True), Rules(mode="none"), None, R.NONE),
    ],
)
def test_verdict(facts, rules, status, reason):
    verdict = judge(facts, rules)
    assert (verdict.status, verdict.reason) == (status, reason)


def test_refusals_tell_the_commenter_why():
    assert "already said that" in judge(Facts(duplicate=True), Rules()).message
    assert "too quickly" in judge(Facts(flooding=True), Rules()).message
    assert judge(Facts(), Rules()).message == ""

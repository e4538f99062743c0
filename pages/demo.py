"""The demo newsroom's organisation and its standards: original text, as a small newsroom would write
them (loaded by `manage.py seed_demo`)."""

from datetime import date

from django.utils import timezone

from pages.models import Organisation, Page
from publishing.slugs import slug_for

ORGANISATION = {
    "name": "The Newsroom Cooperative",
    "founded": date(2016, 9, 1),
    "newsroom_email": "desk@newsroom.example",
    "corrections_email": "corrections@newsroom.example",
    "tips_email": "tips@newsroom.example",
}

POLICIES = [
    (
        Page.Policy.ETHICS,
        "Our ethics",
        [
            "We report what we can verify, say how we know it, and separate news from opinion. Reporters do "
            "not cover organisations they belong to, advise or invest in, and declare any gift worth more "
            "than a cup of coffee to the editor on duty.",
            "We do not pay sources. We name the people we quote unless naming them would put them at risk "
            "(see how we use unnamed sources).",
        ],
    ),
    (
        Page.Policy.CORRECTIONS,
        "How we correct mistakes",
        [
            "When we get something wrong we fix it and say so on the story, with the date: a correction for "
            "a fact we got wrong, a clarification for something we put in a misleading way, an update when "
            "a story moves on. Serious corrections go at the top of the story. Every note is also listed on "
            "our corrections page.",
            "We retract a story only when its central claim does not stand. Its address then explains why, "
            "rather than disappearing. Tell us about an error at corrections@newsroom.example.",
        ],
    ),
    (
        Page.Policy.VERIFICATION,
        "How we check facts",
        [
            "Every figure in a story is checked against its source by a second person before publication. "
            "Documents shared with us are confirmed with their author or a second, independent source "
            "before we report on them.",
        ],
    ),
    (
        Page.Policy.UNNAMED_SOURCES,
        "When we use unnamed sources",
        [
            "We grant anonymity only when a source would face real harm for speaking and the information "
            "matters to the public. At least one editor knows who the source is, and the story says why the "
            "source was not named.",
        ],
    ),
    (
        Page.Policy.OWNERSHIP,
        "Who owns and funds us",
        [
            "The Newsroom is a cooperative owned by its 1,900 reader-members and its staff. About two thirds "
            "of our income comes from membership fees, the rest from sponsored content, which is always "
            "labelled, and from event tickets. No member holds more than one vote.",
        ],
    ),
    (
        Page.Policy.MASTHEAD,
        "Who we are",
        [
            "Editor: Daniel Okoye (business). Europe: Marta Lindqvist. Science and environment: Priya Raman. "
            "Culture: Tomás Herrera. Write to the desk at desk@newsroom.example.",
        ],
    ),
]


# Pages under the masthead, so the demo shows a page tree (/page/who-we-are/working-here/).
MASTHEAD_CHILDREN = [
    (
        "Working here",
        [
            "We hire two trainee reporters every September. Trainees spend their first month on the night "
            "desk, then rotate through Europe, science and culture, each with an editor who reads every "
            "line they file. Applications open in May; write to the desk with three stories you would "
            "have pitched us last week.",
        ],
    ),
    (
        "Our newsroom in numbers",
        [
            "Fourteen reporters, five editors, two photographers and one data journalist, in one open room "
            "above the old tram depot. Last year we published 2,310 stories and corrected 31 of them.",
        ],
    ),
]


def create():
    """The organisation's details and one page per policy (kept as they are if already there)."""
    Organisation.objects.update_or_create(pk=1, defaults=ORGANISATION)
    for policy, title, paragraphs in POLICIES:
        Page.objects.get_or_create(
            policy=policy,
            defaults={
                "title": title,
                "slug": slug_for(title),
                "body": "".join(f"<p>{text}</p>" for text in paragraphs),
                "is_live": True,
                "published_at": timezone.now(),
            },
        )
    masthead = Page.objects.filter(policy=Page.Policy.MASTHEAD).first()
    for title, paragraphs in MASTHEAD_CHILDREN:
        Page.objects.get_or_create(
            slug=slug_for(title),
            defaults={
                "title": title,
                "parent": masthead,
                "body": "".join(f"<p>{text}</p>" for text in paragraphs),
                "is_live": True,
                "published_at": timezone.now(),
            },
        )

"""Made-up but plausible news, fast: sections, authors, tags, published stories and threaded comments.

Everything is written with bulk inserts, a batch per transaction, so 100,000 stories and a million
comments fill a database in minutes. bulk_create() skips save() and the signals, so what they do is
done here, in bulk: each story's publication day (`Article.clean()`) and cleaned body, its search
document (`search.index.index_articles`), and each comment's thread fields and avatar key; and
the database's planner statistics are refreshed at the end (ANALYZE).
Headlines and names come from word lists, with accented and non-Latin text, never lorem ipsum.
"""

import random
from collections import Counter
from datetime import timedelta
from itertools import accumulate

from django.db import connection, transaction
from django.utils import timezone

from articles.models import Article, ArticleAuthor, Author, Section, Tag
from comments.models import Comment, avatar_key
from publishing.html import clean_html
from publishing.slugs import slug_for
from search.index import index_articles

ARTICLE_BATCH = 1000
COMMENT_BATCH = 20_000
# About one story every quarter of an hour, going back from now: 100,000 of them span three years.
SPACING = timedelta(minutes=15)
# Threads nest this deep (the Discussion settings' default); fewer comments at each level.
THREAD_DEPTH = 5

SECTIONS = ["World", "Politics", "Business", "Science", "Climate", "Culture", "Sport", "Technology"]
PLACES = [
    "Zürich", "São Paulo", "Kraków", "Reykjavík", "Malmö", "Düsseldorf", "Montréal", "Bogotá", "Nairobi",
    "Lagos", "Osaka", "Hanoi", "Tbilisi", "Porto", "Galway", "Tromsø", "Łódź", "Córdoba", "Marseille",
    "Ghent", "Aarhus", "Valparaíso", "İzmir", "Cluj-Napoca", "Thessaloniki", "Kyiv", "Chennai", "Quito",
]  # fmt: skip
SUBJECTS = [
    "City council", "Regional government", "Transport authority", "University researchers", "Port workers",
    "Hospital staff", "Teachers' union", "Local farmers", "Central bank", "Energy regulator",
    "Football club", "Film festival", "Water board", "Housing co-operative", "Start-up founders",
    "Fishing fleet", "City museum", "Youth orchestra", "Rail operator", "Tenants' association",
]  # fmt: skip
VERBS = [
    "approves", "rejects", "delays", "unveils", "questions", "expands", "cuts", "defends", "launches",
    "reviews", "doubles", "pauses", "backs", "scraps",
]  # fmt: skip
OBJECTS = [
    "new tram line", "budget for next year", "plan for cheaper housing", "night-train link",
    "flood defences", "offshore wind farm", "free school meals", "cycle lanes", "port expansion",
    "rent cap", "longer library hours", "heat-pump grants", "youth academy", "ticket prices",
    "harbour clean-up", "data-centre project", "river swimming spots", "four-day week trial",
]  # fmt: skip
TAGS = [
    "Elections", "Energy", "Housing", "Transport", "Health", "Education", "Climate change", "Trade",
    "Football", "Cinema", "Music", "Space", "Artificial intelligence", "Agriculture", "Water", "Tourism",
    "Labour", "Courts", "Migration", "Budget", "Cycling", "Rail", "Oceans", "Heritage", "Wildlife",
    "Science policy", "Public finance", "Urban planning", "Universities", "Food",
]  # fmt: skip
FIRST_NAMES = [
    "Ana", "Björn", "Chloé", "Dmitri", "Eun-ji", "Farah", "Giulia", "Hamid", "Inês", "José", "Kaito",
    "Leila", "Małgorzata", "Niamh", "Oluwaseun", "Pál", "Quỳnh", "Renée", "Søren", "Tomás", "Ulla",
    "Vikram", "Wiebke", "Xóchitl", "Yusuf", "Zoë",
]  # fmt: skip
LAST_NAMES = [
    "Almeida", "Bergström", "Çelik", "Dubois", "Eriksen", "Fernández", "García", "Horváth", "Ivanova",
    "Jovanović", "Kowalski", "Larsen", "Müller", "Nakamura", "O'Brien", "Petrović", "Quispe", "Rossi",
    "Schäfer", "Tanaka", "Usman", "Virtanen", "Wójcik", "Yılmaz", "Zhang",
]  # fmt: skip
TITLES = ["Reporter", "Correspondent", "Data editor", "Science writer", "Sports writer", "Culture critic"]
SENTENCES = [
    "{subject} in {place} said the decision on the {object} would be final by the end of the month.",
    "Critics argue the {object} has been promised for years and is still short of money.",
    "Residents of {place} packed a public meeting on Tuesday evening to hear the details.",
    "Officials expect the first results within a year, although the timetable has slipped before.",
    "A spokesperson declined to say how much the {object} would cost in the end.",
    "Similar schemes elsewhere have had mixed results, according to figures seen by this newspaper.",
    "Supporters say the change is overdue; opponents want an independent review first.",
    "The vote in {place} was closer than expected, with several members abstaining.",
]
COMMENTS = [
    "This affects everyone who commutes through {place}.",
    "Good reporting, thank you for the detail.",
    "Does anyone know when the consultation closes?",
    "I was at the meeting and it was far more heated than this suggests.",
    "The {object} was promised years ago. I will believe it when I see it.",
    "My neighbours in {place} say the opposite, for what it is worth.",
    "Finally some numbers instead of slogans.",
    "Danke für den ausführlichen Bericht.",
    "Merci pour cet article, très clair.",
    "Gracias por explicarlo tan bien.",
    "Спасибо за статью, очень полезно.",
    "ありがとうございます、参考になりました。",
    "Who is paying for this in the end?",
    "Agreed, and the same happened in {place} ten years ago.",
]


def build(articles=0, comments=0, *, seed=1, progress=None):
    """Add `articles` published stories, then `comments` approved comments across the published stories.

    `progress(n)` is called after each batch with how many items it wrote. Returns what was added:
    {"articles", "comments", "sections", "authors", "tags"}.
    """
    rng = random.Random(seed)
    tick = progress or (lambda done: None)
    added = {"articles": 0, "comments": 0, "sections": 0, "authors": 0, "tags": 0}
    if articles:
        people = max(12, min(300, articles // 400))
        sections, authors, tags = (
            named_rows(Section, SECTIONS),
            named_rows(Author, names(rng, people)),
            named_rows(Tag, TAGS),
        )
        added |= {"sections": len(sections), "authors": len(authors), "tags": len(tags)}
        added["articles"] = add_articles(rng, articles, sections, authors, tags, tick)
    if comments:
        added["comments"] = add_comments(rng, comments, tick)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as a long-running site would have
    return added


def named_rows(model, names):
    """The rows of `model` with these names (matched by slug), created where missing."""
    wanted = {slug_for(name): name for name in names}
    model.objects.bulk_create(
        [model(name=name, slug=slug) for slug, name in wanted.items()], ignore_conflicts=True
    )
    return list(model.objects.filter(slug__in=wanted))


def names(rng, count):
    pairs = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    return rng.sample(pairs, min(count, len(pairs)))


def words(rng):
    return {"place": rng.choice(PLACES), "subject": rng.choice(SUBJECTS), "object": rng.choice(OBJECTS)}


def add_articles(rng, count, sections, authors, tags, tick):
    # New stories go before the oldest already there, so a site that has some keeps its front page.
    start = oldest_published(timezone.now())
    taken = set(Article.objects.exclude(published_on=None).values_list("published_on", "slug"))
    for first in range(0, count, ARTICLE_BATCH):
        with transaction.atomic():
            batch = [
                story(rng, start - SPACING * number, sections, taken)
                for number in range(first, min(first + ARTICLE_BATCH, count))
            ]
            Article.objects.bulk_create(batch)
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article=article, author=author, position=position)
                for article in batch
                for position, author in enumerate(rng.sample(authors, 1 + (rng.random() < 0.2)))
            )
            Article.tags.through.objects.bulk_create(
                Article.tags.through(article=article, tag=tag)
                for article in batch
                for tag in rng.sample(tags, rng.randint(1, 3))
            )
            index_articles([article.pk for article in batch])
        tick(len(batch))
    return count


def oldest_published(now):
    oldest = Article.objects.exclude(published_at=None).order_by("published_at").first()
    return min(now, oldest.published_at if oldest else now) - SPACING


def story(rng, around, sections, taken):
    """One published story, a little before `around`, with an address no other story that day has."""
    said = words(rng)
    headline = f"{said['place']}: {said['subject'].lower()} {rng.choice(VERBS)} {said['object']}"
    paragraphs = [
        " ".join(rng.choice(SENTENCES).format(**words(rng) | said) for _ in range(2)) for _ in range(4)
    ]
    article = Article(
        headline=headline[0].upper() + headline[1:],
        standfirst=rng.choice(SENTENCES).format(**said),
        body=clean_html("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)),
        section=rng.choice(sections),
        status=Article.Status.PUBLISHED,
        published_at=around - timedelta(seconds=rng.randrange(600)),
        is_featured=rng.random() < 0.02,
    )
    article.clean()  # the publication day, as save() would set it
    base = slug_for(headline)[:240]
    slug, suffix = base, 2
    while (article.published_on, slug) in taken:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    taken.add((article.published_on, slug))
    article.slug = slug
    return article


def add_comments(rng, count, tick):
    """`count` approved comments, most stories getting a few and some a great many, in threads."""
    stories = list(Article.objects.published().values_list("pk", "published_at"))
    if not stories:
        raise ValueError("There are no published stories to comment on.")
    weights = list(accumulate(rng.paretovariate(1.2) for _ in stories))
    per_story = Counter(rng.choices(range(len(stories)), cum_weights=weights, k=count))
    readers = commenters(rng, min(5000, max(50, count // 50)))
    now = timezone.now()
    pending = iter(per_story.items())
    while chunk := take_comments(pending, COMMENT_BATCH):
        with transaction.atomic():
            written = add_threads(rng, [(stories[index], total) for index, total in chunk], readers, now)
        tick(written)
    return count


def take_comments(pending, size):
    """Stories from `pending` until their comments add up to about `size`."""
    taken, total = [], 0
    for item in pending:
        taken.append(item)
        total += item[1]
        if total >= size:
            break
    return taken


def commenters(rng, count):
    """Readers who comment, each with a name, an email (stored, never shown) and its avatar key."""
    people = []
    for number in range(count):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)[0]}."
        email = f"reader{number}@example.org"
        website = f"https://blog{number}.example.net/" if number % 7 == 0 else ""
        people.append((name, email, website, avatar_key(email)))
    return people


def thread_shape(total):
    """How many of `total` comments sit at each depth: nearly half start threads, fewer at each level."""
    levels = [max(1, round(total * 0.45))]
    left = total - levels[0]
    while left > 0:
        here = left if len(levels) == THREAD_DEPTH - 1 else max(1, round(left * 0.6))
        levels.append(here)
        left -= here
    return levels


def add_threads(rng, stories, readers, now):
    """The comments of these stories, a depth at a time, so each reply's parent already has its id."""
    shapes = [((pk, published_at), thread_shape(total)) for (pk, published_at), total in stories]
    above = {pk: [] for (pk, _), _ in shapes}
    written = 0
    for depth in range(1, THREAD_DEPTH + 1):
        level = []
        for (pk, published_at), shape in shapes:
            for _ in range(shape[depth - 1] if depth <= len(shape) else 0):
                parent = rng.choice(above[pk]) if depth > 1 else None
                level.append(comment(rng, pk, parent, published_at, readers, now))
        if not level:
            break
        Comment.objects.bulk_create(level)
        written += len(level)
        above = {pk: [] for pk in above}
        for made in level:
            above[made.article_id].append(made)
    return written


def comment(rng, article_id, parent, published_at, readers, now):
    name, email, website, key = rng.choice(readers)
    if parent is None:
        created_at = min(now, published_at + timedelta(minutes=rng.uniform(2, 3 * 24 * 60)))
    else:
        created_at = min(now, parent.created_at + timedelta(minutes=rng.uniform(1, 12 * 60)))
    text = " ".join(rng.choice(COMMENTS) for _ in range(rng.randint(1, 3)))
    return Comment(
        article_id=article_id,
        parent_id=parent and parent.pk,
        root_id=parent and (parent.root_id or parent.pk),
        depth=parent.depth + 1 if parent else 1,
        body=text.format(**words(rng)),
        name=name,
        email=email,
        website=website,
        avatar_key=key,
        status=Comment.Status.APPROVED,
        created_at=created_at,
        notified_at=created_at,  # nobody is told about made-up comments
    )

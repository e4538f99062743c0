"""Demo live coverage for `seed_demo`: the updates of the demo's live story (articles/demo/typed_stories.py),
posted between its publication and now."""

from django.utils import timezone

from articles.models import Author, WorkType
from articles.rendering import paragraphs_to_html
from live.models import Banner, Coverage, Entry

# (title, paragraphs, authors' slugs, key event, pinned), oldest first.
LIVE_ENTRIES = [
    (
        "Storm warning raised to red",
        [
            "The national weather service has raised its warning for the central Adriatic coast to red, "
            "its highest level, from 14:00 today. It expects gusts of up to 130 km/h on exposed headlands "
            "and waves of six metres outside the harbours.",
        ],
        ["priya-raman"],
        False,
        False,
    ),
    (
        "",
        [
            "Coastal ferry operators have begun cancelling afternoon crossings. The last ferry "
            "from Split to the islands of Brač and Šolta left at 11:15; later sailings are suspended "
            "until further notice.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "Schools on the islands close early",
        [
            "Island schools are sending pupils home at midday so that families are not caught out by the "
            "suspended ferries. Teachers who live on the mainland will stay in a hostel in Supetar tonight, "
            "the county education office said.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "",
        [
            "A reader in Makarska sent us a description of the seafront: café owners are stacking chairs "
            "and tying down awnings, and the promenade is already wet with spray well back from the "
            "water’s edge.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "Harbour authority closes Split port to all traffic",
        [
            "The harbour authority has closed the port of Split to all arrivals and departures, including "
            "cargo ships and fishing boats, from 13:30. Vessels already at sea have been told to shelter "
            "in the nearest protected bay.",
            "“We would rather be criticised for closing an hour too early than explain an accident,” the "
            "harbour master told reporters on the quay.",
        ],
        ["marta-lindqvist", "priya-raman"],
        True,
        False,
    ),
    (
        "",
        [
            "Why this storm is unusual: it is forming over water that is still more than two degrees warmer "
            "than the late-autumn average, which gives it more energy and more rain. Forecasters say the "
            "heaviest bands will come ashore after dark.",
        ],
        ["priya-raman"],
        False,
        False,
    ),
    (
        "Power cuts in three villages",
        [
            "The grid operator reports about 1,900 households without electricity in three hill villages "
            "above Omiš, where a falling pine brought down a line. Repair crews are waiting for the wind to "
            "drop below the level at which they may climb.",
        ],
        ["priya-raman"],
        False,
        False,
    ),
    (
        "",
        [
            "The coastal road between Split and Omiš is closed in both directions at the Stobreč bend, "
            "where waves are breaking over the barrier. Police are diverting traffic inland.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "Tram service keeps running, at walking pace on the seafront",
        [
            "Split’s new tram line is still running, but trams slow to walking pace on the exposed stretch "
            "along the western seafront. The operator says it will stop the line if gusts pass 100 km/h.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "",
        [
            "Emergency shelters are open in the sports halls in Split, Kaštela and Makarska for anyone "
            "whose home is flooded or without heating. The county asks people to bring their medicines and "
            "a phone charger.",
        ],
        ["marta-lindqvist"],
        False,
        False,
    ),
    (
        "",
        [
            "The airport says flights are landing but with delays of up to an hour, and two evening arrivals "
            "have been diverted to Zagreb. Travellers should check with their airline before leaving home.",
        ],
        ["priya-raman"],
        False,
        False,
    ),
    (
        "What we know so far",
        [
            "A red storm warning is in force on the central Adriatic coast until tomorrow morning. The port "
            "of Split is closed, island ferries are suspended, the coastal road is shut at Stobreč and about "
            "1,900 households are without power. Shelters are open in Split, Kaštela and Makarska.",
        ],
        ["marta-lindqvist", "priya-raman"],
        False,
        True,
    ),
]


def add_demo_entries(sender, article, story, **kwargs):
    """Receiver of `articles.signals.demo_story_created`: a live story's updates, spaced out until now,
    and a breaking-news banner across the site leading to it."""
    if story.get("work_type") != WorkType.Kind.LIVE:
        return
    coverage, _created = Coverage.objects.get_or_create(article=article)
    now = timezone.now()
    step = (now - article.published_at) / (len(LIVE_ENTRIES) + 1)
    authors = Author.objects.in_bulk(field_name="slug")
    for number, (title, paragraphs, slugs, key_event, pinned) in enumerate(LIVE_ENTRIES, start=1):
        entry = Entry.objects.create(
            coverage=coverage,
            title=title,
            body=paragraphs_to_html(paragraphs),
            is_key_event=key_event,
            is_pinned=pinned,
            published_at=article.published_at + step * number,
        )
        entry.authors.set(authors[slug] for slug in slugs if slug in authors)
    if not Banner.objects.exists():
        Banner.objects.create(
            text="Storm closes the port of Split and halts island ferries: follow our live coverage",
            link=article.get_absolute_url(),
        )

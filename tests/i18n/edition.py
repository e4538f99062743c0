"""The Russian edition the i18n tests read: sections, authors, stories and comments typed in Russian."""

from datetime import datetime, timedelta

from django.utils import timezone

from articles.models import Correction
from tests.factories import make_article, make_author, make_comment, make_section, make_tag


def russian_article(site, **fields):
    """One more story of the Russian edition, in its city section, by its first author."""
    defaults = {
        "standfirst": "Коротко о главном.",
        "body": "<p>Подробности позже.</p>",
        "section": site["city"],
        "authors": [site["author"]],
    }
    return make_article(**defaults | fields)


def build_edition():
    """An edition written in Russian: what editors and readers typed is Russian, so only the interface
    could still be English. The lead story is a wire story filed from Minsk on 25 February 2021."""
    city = make_section(name="Город", slug="gorod", description="Новости нашего города.")
    culture = make_section(name="Культура", slug="kultura", description="")
    tram = make_tag(name="Транспорт", slug="transport")
    anna = make_author(name="Анна Петрова", slug="anna-petrova", title="корреспондент", bio="Пишет о городе.")
    ivan = make_author(name="Иван Смирнов", slug="ivan-smirnov", bio="Пишет о культуре.")
    published_at = timezone.make_aware(datetime(2021, 2, 25, 14, 30))
    lead = make_article(
        headline="Трамвайная линия откроется весной",
        slug="tramvai",
        standfirst="Город достроил новую линию через центр.",
        body="<p>Строители закончили укладку путей.</p><p>Пуск намечен на апрель.</p>",
        dateline_place="МИНСК",
        source_credit="РИА Новости",
        section=city,
        authors=[anna, ivan],
        tags=[tram],
        published_at=published_at,
    )
    Correction.objects.create(
        article=lead,
        note="Исправлена дата пуска линии.",
        created_at=published_at + timedelta(hours=2),
    )
    first = make_comment(lead, name="Ольга", email="olga@example.org", body="Наконец-то!")
    make_comment(lead, parent=first, name="Пётр", email="petr@example.org", body="Давно пора.")
    make_comment(
        lead, name="Сайт-сосед", body="Ссылка на материал", kind="pingback", website="https://example.net/"
    )
    for number in range(3):
        make_article(
            headline=f"Выставка в музее, часть {number + 1}",
            slug=f"vystavka-{number}",
            standfirst="Музей открыл новую выставку.",
            body="<p>Выставка продлится месяц.</p>",
            section=culture,
            authors=[ivan],
            tags=[tram],
            published_at=published_at - timedelta(days=number + 1),
        )
    return {"lead": lead, "city": city, "tag": tram, "author": anna, "comment": first}

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Author
from tests.factories import make_section, make_user


def make_staff(role, **overrides):
    """A staff user in one of the newsroom's groups, with an author profile for bylines."""
    user = make_user(is_staff=True, **overrides)
    user.groups.add(Group.objects.get(name=role))
    Author.objects.create(name=f"{role} {user.username}", slug=f"profile-{user.username}", user=user)
    return user


@pytest.fixture
def section():
    return make_section()


def article_form_data(section, **overrides):
    """What the admin's article form posts, with empty byline and correction inlines."""
    data = {
        "headline": "Council approves the new bridge",
        "slug": "council-approves-the-new-bridge",
        "standfirst": "A vote after two years of debate.",
        "body": "<p>The council voted on Tuesday.</p>",
        "dateline_place": "",
        "source_credit": "",
        "section": section.pk,
        "status": "draft",
        "comments_open": "on",
        "published_at_0": "",
        "published_at_1": "",
    }
    for prefix in ["bylines", "corrections"]:
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return data | overrides


def article_edit_data(article, **changes):
    """What the admin's form posts for a published `article` as it is stored, with `changes`."""
    published = timezone.localtime(article.published_at)
    data = article_form_data(
        article.section,
        headline=article.headline,
        slug=article.slug,
        standfirst=article.standfirst,
        body=article.body,
        status=article.status,
        published_at_0=f"{published:%Y-%m-%d}",
        published_at_1=f"{published:%H:%M:%S}",
    )
    return data | changes


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own, so tests can see every file they leave."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path

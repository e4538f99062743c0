"""The best comments rise: moderators pick comments, shown above the thread and linked to their place in
it, and the story's own authors and the newsroom's staff carry a badge nobody can fake (issue #16)."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from articles.models import Author
from comments.models import Comment
from tests.factories import make_article, make_author, make_comment, make_user

pytestmark = pytest.mark.django_db


def picks_of(html):
    """The editors' picks section of an article page ("" without one)."""
    if 'class="comment-picks"' not in html:
        return ""
    return html.split('class="comment-picks"')[1].split("</section>")[0]


def threads_of(html):
    """The threads, up to the form."""
    return html.split('class="comments__threads"')[1].split('id="respond"')[0]


def moderate(action, comments):
    moderator = Client()
    moderator.force_login(make_user(is_staff=True, is_superuser=True))
    data = {"action": action, ACTION_CHECKBOX_NAME: [comment.pk for comment in comments]}
    return moderator.post(reverse("admin:comments_comment_changelist"), data, follow=True)


def test_a_pick_shows_above_the_thread_and_links_to_its_place(client):
    article = make_article()
    make_comment(article, body="First thoughts.")
    pick = make_comment(article, body="The ferry timetable changed in May, not June.", is_featured=True)
    html = client.get(article.get_absolute_url()).content.decode()
    picks = picks_of(html)
    assert "The ferry timetable changed in May" in picks and "First thoughts." not in picks
    assert f'href="{pick.get_absolute_url()}"' in picks
    assert html.index('class="comment-picks"') < html.index('class="comments__threads"')
    card = threads_of(html).split(f'id="comment-{pick.pk}"')[1]
    assert "Editor’s pick" in card.split("</article>")[0]


def test_a_pick_from_an_earlier_page_is_listed_but_not_repeated_in_this_pages_threads(client, discussion):
    discussion(per_page=2, newest_first=False)
    article = make_article()
    early_pick = make_comment(article, body="An early, careful answer.", is_featured=True)
    for number in range(3):
        make_comment(article, body=f"Later comment {number}.")
    html = client.get(article.get_absolute_url() + "?cpage=2").content.decode()
    assert "An early, careful answer." in picks_of(html)
    assert f'id="comment-{early_pick.pk}"' not in threads_of(html)
    assert client.get(early_pick.get_absolute_url()).url.endswith(f"#comment-{early_pick.pk}")


def test_only_approved_comments_become_picks_and_the_page_follows_at_once(settings):
    settings.PAGE_CACHE = True
    article = make_article()
    approved = make_comment(article, body="A useful correction from a reader.")
    held = make_comment(article, body="Waiting for a moderator.", status=Comment.Status.PENDING)
    reader = Client()
    assert picks_of(reader.get(article.get_absolute_url()).content.decode()) == ""
    response = moderate("feature", [approved, held])
    messages = [str(message) for message in response.context["messages"]]
    assert "1 comment is now an editor’s pick." in messages
    assert "1 comment was left out: only approved comments can be picks." in messages
    assert "A useful correction from a reader." in picks_of(
        reader.get(article.get_absolute_url()).content.decode()
    )
    moderate("unfeature", [approved])
    assert picks_of(reader.get(article.get_absolute_url()).content.decode()) == ""


def test_the_storys_author_and_the_staff_carry_badges_that_cannot_be_typed(client):
    writer = make_user(is_staff=True, first_name="Ana", last_name="Ruiz")
    author = make_author(name="Ana Ruiz", user=writer)
    article = make_article(authors=[author])
    colleague = make_user(is_staff=True, first_name="Tom", last_name="Berg")
    by_author = make_comment(article, name="Ana Ruiz", email=writer.email, user=writer, body="Thanks, fixed.")
    by_staff = make_comment(article, name="Tom Berg", user=colleague, body="Our desk is looking into it.")
    # A reader who types the author's name and email gets no badge.
    impostor = make_comment(article, name="Ana Ruiz", email=writer.email, body="I am the author, trust me.")
    threads = threads_of(client.get(article.get_absolute_url()).content.decode())

    def card(comment):
        return threads.split(f'id="comment-{comment.pk}"')[1].split("</article>")[0]

    assert '<span class="comment__badge">Author</span>' in card(by_author)
    assert '<span class="comment__badge">Staff</span>' in card(by_staff)
    assert "comment__badge" not in card(impostor)
    assert Author.objects.filter(user=writer).count() == 1

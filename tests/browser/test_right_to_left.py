"""A story in a right-to-left language reads right to left on a phone and on a desktop: nothing
spills sideways, and the byline and dateline start on the right."""

import pytest

from tests.factories import make_article, make_author, make_comment

pytestmark = pytest.mark.browser


@pytest.fixture
def arabic_story(transactional_db):
    article = make_article(
        headline="عودة العبّارة إلى الجزيرة بعد شتاءين من الإصلاحات",
        standfirst="الرصيف الجديد يستقبل سفينتين في آن واحد.",
        body="<p>ستعود العبّارة بين الميناء والجزيرة إلى نقل الركاب مطلع أيار، بحسب مجلس الميناء.</p>" * 4,
        dateline_place="الميناء الشمالي",
        source_credit="وكالة أنباء الساحل",
        authors=[make_author(name="سلمى حداد")],
        language="ar",
    )
    question = make_comment(article, name="قارئ", body="هل ستعمل العبّارة في الشتاء أيضًا؟")
    make_comment(article, parent=question, name="مراسلة", body="نعم، برحلتين في اليوم.")
    return article


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", [320, 1280])
def test_an_arabic_story_runs_right_to_left_without_overflow(
    new_page, live_server, arabic_story, width, screenshot
):
    page = new_page(width)
    page.goto(live_server.url + arabic_story.get_absolute_url())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # Each starts at the right edge of the block it is in: the story's header, the body's first paragraph.
    for part, block in [
        (".byline", ".story__meta"),
        (".story__headline", ".story__header"),
        (".dateline", ".story__body p"),
    ]:
        shown, around = box(page, part), box(page, block)
        assert shown["x"] + shown["width"] == pytest.approx(around["x"] + around["width"], abs=2), part
        assert shown["x"] >= around["x"] - 1, part
    assert page.locator("article.story").evaluate("element => getComputedStyle(element).direction") == "rtl"
    # A reply is indented from the right, where its thread starts.
    thread, replies = box(page, ".comment-list"), box(page, ".comment-list--children")
    assert replies["x"] + replies["width"] < thread["x"] + thread["width"] - 8
    assert replies["x"] == pytest.approx(thread["x"], abs=24)
    screenshot(page, f"arabic-story-{width}")
    assert not page.errors

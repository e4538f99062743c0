"""The quick "add an entry" form on a live article's admin page (templates/admin/articles/article/
change_form.html loads it; nothing in `articles` imports the live app)."""

from django import template
from django.urls import reverse

from live.admin import may_add_entries
from live.forms import QuickEntryForm
from live.models import Coverage, is_live

register = template.Library()


@register.inclusion_tag("admin/live/_entry_panel.html", takes_context=True)
def live_entry_panel(context, article):
    request = context["request"]
    if article is None or article.pk is None or not is_live(article):
        return {"shown": False}
    if not may_add_entries(request.user, article):
        return {"shown": False}
    profile = getattr(request.user, "author_profile", None)
    coverage = Coverage.objects.filter(article=article).first()
    return {
        "shown": True,
        "form": QuickEntryForm(initial={"authors": [profile.pk] if profile else []}),
        "action": reverse("admin:live_coverage_add_entry", args=[article.pk]),
        "coverage_url": coverage and reverse("admin:live_coverage_change", args=[coverage.pk]),
        "csrf_token": context.get("csrf_token"),
    }

"""The "Leave a Reply" form as an anonymous reader first gets it: rendered once per story, then reused.

Until a reader types into it, the form is the same for everyone on a story (or under the comment
they reply to) but for its form token, which says when the page was served. So this process keeps
its HTML with a slot where the token goes, and each page fills the slot: laying out a dozen
fields through crispy-forms' templates was a sixth of the cost of an article page. A bound form
(with what a reader typed and its errors) or a signed-in editor's is rendered every time.
"""

from collections import OrderedDict

from crispy_forms.utils import render_crispy_form
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# Letters and hyphens only, so HTML escaping leaves it as it is.
TOKEN_SLOT = "form-token-slot-3f9a1c"  # noqa: S105 - a placeholder, not a secret
# Forms kept by this process, the least recently used dropped first (a few kilobytes each).
KEPT = 2000
_kept = OrderedDict()


def form_html(form):
    """The form's HTML: the kept blank one with this page's token, or rendered afresh."""
    if form.is_bound or form.user:
        return render_crispy_form(form)
    # Everything a blank form shows: its story's address to post to, the comment it replies to.
    key = (form.article.pk, form.initial.get("reply_to"), get_language())
    html = _kept.get(key)
    if html is None:
        html = _kept[key] = blank_html(form)
        if len(_kept) > KEPT:
            _kept.popitem(last=False)
    else:
        _kept.move_to_end(key)
    return mark_safe(html.replace(TOKEN_SLOT, form.fields["form_token"].initial))


def blank_html(form):
    token_field = form.fields["form_token"]
    token, token_field.initial = token_field.initial, TOKEN_SLOT
    try:
        return str(render_crispy_form(form))
    finally:
        token_field.initial = token

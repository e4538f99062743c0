import logging
from urllib.parse import parse_qsl

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError
from django.http import RawPostDataException
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from articles.models import Article
from articles.views import ArticleDetailView
from comments import notifications, posting, reports, threads
from comments.forms import CommentForm, ReportForm, too_long
from comments.models import Comment, NotificationOptOut, Subscription
from comments.preview import remember_preview
from comments.signals import comment_was_posted
from newsroom.links import posted_from_this_site
from newsroom.proxies import client_ip

logger = logging.getLogger(__name__)

NOT_FROM_THIS_SITE = _(
    "Sorry, your comment could not be posted: it did not come from a page of this site. "
    "Your text is below; please post it again from here."
)
NOT_SAVED = _(
    "Sorry, your comment could not be saved just now. Nothing was lost: "
    "your text is below. Please try again in a minute."
)
UNREADABLE = _("Sorry, your comment could not be read: the form arrived damaged. Please post it again.")
TOO_BIG = too_long(_("Your comment is far too long to post (at most %(limit)s characters)."), 65525)


@csrf_exempt  # the form is on cached pages, shared by every reader: checked by its origin instead
@require_POST
@never_cache
def post_comment(request, article_id):
    """A valid comment redirects to itself; an invalid one re-renders the article page with its errors."""
    article = Article.objects.for_article_page().filter(pk=article_id).first()
    if article is None:
        reason = gettext("Sorry, that story could not be found, so your comment was not posted.")
        return refused(request, reason, request.POST.get("body", ""), status=404)
    form = CommentForm(request.POST, article=article, user=request.user, ip_address=client_ip(request))
    if not posted_from_this_site(request):
        form.is_valid()
        form.add_error(None, NOT_FROM_THIS_SITE)
        return article_page(request, article, form, status=403)
    if not form.is_valid():
        return article_page(request, article, form)
    try:
        comment, verdict = posting.submit(form)
    except DatabaseError:
        logger.exception("A comment on article %s could not be saved", article.pk)
        form.add_error(None, NOT_SAVED)
        return article_page(request, article, form, status=503)
    if verdict.message:
        form.add_error(None, verdict.message)
        return article_page(request, article, form)
    comment_was_posted.send(
        sender=Comment, comment=comment, request=request, wants_follow_ups=form.cleaned_data["notify"]
    )
    return redirect_to_comment(request, comment, form)


def redirect_to_comment(request, comment, form):
    if form.cleaned_data["notify"] and comment.status != Comment.Status.SPAM:
        messages.info(
            request, gettext("Check your email: we sent a link to confirm follow-up notifications.")
        )
    if comment.status == Comment.Status.APPROVED:
        messages.success(request, gettext("Thank you, your comment has been published."))
        page = threads.page_number_of(comment)
        return redirect(threads.page_url(comment.article, page, f"comment-{comment.pk}"))
    parent = form.cleaned_data["reply_to"]
    page = threads.page_number_of(parent) if parent else threads.newest_page_number(comment.article)
    response = redirect(threads.page_url(comment.article, page, f"comment-{comment.pk}"))
    return remember_preview(request, response, comment)


def article_page(request, article, form, status=400):
    """The article page again, its form bound: every error beside its field, nothing typed lost."""
    view = ArticleDetailView(request=request, kwargs=article.address_kwargs(), object=article)
    try:
        return view.render_to_response(
            view.get_context_data(object=article, comment_form=form), status=status
        ).render()
    except DatabaseError:
        logger.exception("The article page could not be rendered for a comment post")
        return not_saved(request, form.data.get("body", ""))


def not_saved(request, text):
    """The database cannot be reached: a page that needs none, with the commenter's text."""
    response = render(request, "comments/not_saved.html", {"reason": NOT_SAVED, "text": text}, status=503)
    response["Retry-After"] = "60"
    return response


def comment_not_read(request, article_id, error):
    """A post whose body could not be parsed (malformed, or over the size limits): what could be read."""
    reason = TOO_BIG if isinstance(error, RequestDataTooBig) else UNREADABLE
    text = salvaged_fields(request)
    article = Article.objects.for_article_page().filter(pk=article_id).first()
    if article is None:
        return refused(request, reason, text.get("body", ""))
    form = CommentForm(text, article=article, user=request.user)
    form.is_valid()
    form.add_error(None, reason)
    return article_page(request, article, form)


def salvaged_fields(request):
    """The form's text fields from a url-encoded body that is readable but broke a limit (too many fields)."""
    if request.content_type != "application/x-www-form-urlencoded":
        return {}
    try:
        body = request.body.decode("utf-8", errors="replace")
    except (RequestDataTooBig, RawPostDataException, OSError):
        return {}
    wanted = {"body", "name", "email", "website", "reply_to"}
    return {name: value for name, value in parse_qsl(body, max_num_fields=None) if name in wanted}


def refused(request, reason, text="", status=400):
    """The page for a post we cannot take at all (no such article, far too big): why, and their text."""
    return render(request, "comments/refused.html", {"reason": reason, "text": text}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def report(request, pk):
    """A reader reports an approved comment (a page of its own, so it needs no JavaScript)."""
    comment = get_object_or_404(
        Comment.objects.approved().filter(article__in=Article.objects.published()).select_related("article"),
        pk=pk,
    )
    form = ReportForm(request.POST if request.method == "POST" else None)
    context = {"comment": comment, "article": comment.article, "form": form}
    if not form.is_bound:
        return render(request, "comments/report.html", context)
    if not form.is_valid():
        return render(request, "comments/report.html", context, status=400)
    key = reports.reporter_key(client_ip(request))
    if reports.over_the_limit(key):
        form.add_error(None, gettext("You have sent many reports in the last hour. Please try again later."))
        return render(request, "comments/report.html", context, status=429)
    outcome = reports.record(comment, form.cleaned_data["reason"], form.cleaned_data["note"], key)
    context["already_reported"] = outcome == reports.ALREADY_REPORTED
    return render(request, "comments/report_sent.html", context)


def permalink(request, pk):
    """A comment's permanent address: the article page it is on, scrolled to it."""
    comment = get_object_or_404(
        Comment.objects.public().select_related("article"), pk=pk, article__in=Article.objects.published()
    )
    # Mentions (pingbacks and trackbacks) are listed on every comment page.
    page = threads.page_number_of(comment) if comment.kind == Comment.Kind.COMMENT else 1
    return redirect(threads.page_url(comment.article, page, f"comment-{pk}"))


@never_cache
def confirm(request, token):
    """The double opt-in link: from now on this reader gets follow-up emails."""
    subscription_id = notifications.read_token(
        token, notifications.CONFIRM_SALT, notifications.CONFIRM_MAX_AGE
    )
    subscription = Subscription.objects.select_related("article").filter(pk=subscription_id).first()
    if subscription is None:
        return render(request, "comments/subscription.html", {"outcome": "invalid"}, status=400)
    if not subscription.is_confirmed():
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return render(
        request, "comments/subscription.html", {"outcome": "confirmed", "subscription": subscription}
    )


@csrf_exempt  # the signed token is the proof; mail clients POST here for one-click unsubscribe (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click and the reader gets no more follow-up emails for that article."""
    subscription_id = notifications.read_token(token, notifications.UNSUBSCRIBE_SALT)
    if subscription_id is None:
        return render(request, "comments/subscription.html", {"outcome": "invalid"}, status=400)
    subscription = Subscription.objects.select_related("article").filter(pk=subscription_id).first()
    if subscription is not None:
        subscription.delete()
    return render(
        request, "comments/subscription.html", {"outcome": "unsubscribed", "subscription": subscription}
    )


@csrf_exempt  # as above: the signed token is the proof
@never_cache
@require_http_methods(["GET", "POST"])
def staff_unsubscribe(request, token):
    """One click and a moderator or author gets no more comment emails."""
    user_id = notifications.read_token(token, notifications.STAFF_UNSUBSCRIBE_SALT)
    if user_id is None:
        return render(request, "comments/subscription.html", {"outcome": "invalid"}, status=400)
    if get_user_model().objects.filter(pk=user_id).exists():
        NotificationOptOut.objects.get_or_create(user_id=user_id)
    return render(request, "comments/subscription.html", {"outcome": "staff_unsubscribed"})

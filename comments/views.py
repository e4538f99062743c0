import ipaddress

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from articles.models import Article
from articles.views import ArticleDetailView
from comments import notifications, threads
from comments.forms import CommentForm
from comments.models import Comment, NotificationOptOut, Subscription
from comments.preview import remember_preview


def client_ip(request):
    """The commenter's address: REMOTE_ADDR, or the address our own proxy appended when behind one."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.COMMENTS_TRUST_FORWARDED_FOR and request.META.get("HTTP_X_FORWARDED_FOR"):
        address = request.META["HTTP_X_FORWARDED_FOR"].split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def csrf_refused(request):
    """Django's CSRF check, run here so a failure keeps the reader's text instead of a bare 403 page."""
    return CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {}) is not None


def refused(request, reason, text="", status=400):
    """The page for a post we cannot take at all (no such article, far too big): why, and their text."""
    return render(request, "comments/refused.html", {"reason": reason, "text": text}, status=status)


def base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class CommentCreateView(ArticleDetailView):
    """POST only: a valid comment redirects to itself; an invalid one re-renders the article page."""

    http_method_names = ["post"]

    def post(self, request, article_id):
        try:
            data = request.POST
        except (RequestDataTooBig, TooManyFieldsSent):
            return refused(request, "Your comment is far too long to post (at most 65,525 characters).")
        self.object = Article.objects.for_article_page().filter(pk=article_id).first()
        if self.object is None:
            reason = "Sorry, that story could not be found, so your comment was not posted."
            return refused(request, reason, data.get("body", ""), status=404)
        form = CommentForm(data, article=self.object, user=request.user, ip_address=client_ip(request))
        if csrf_refused(request):
            form.add_error(None, "Sorry, this page had been open too long to post from. Please post again.")
        elif form.is_valid():
            return self.accepted(form)
        elif form.is_flood:
            form.save_flood()
        # The article page again, its form bound: every error beside its field, nothing typed lost.
        return self.render_to_response(
            self.get_context_data(object=self.object, comment_form=form), status=400
        )

    def accepted(self, form):
        comment = form.save()
        follow_ups = form.cleaned_data["notify"]
        notifications.after_posting(comment, wants_follow_ups=follow_ups, base_url=base_url(self.request))
        if follow_ups and comment.status != Comment.Status.SPAM:
            messages.info(
                self.request, "Check your email: we sent a link to confirm follow-up notifications."
            )
        if comment.status == Comment.Status.APPROVED:
            messages.success(self.request, "Thank you, your comment has been published.")
            return redirect(
                threads.page_url(self.object, threads.page_number_of(comment), f"comment-{comment.pk}")
            )
        page = threads.page_number_of(form.parent) if form.parent else threads.newest_page_number(self.object)
        response = redirect(threads.page_url(self.object, page, f"comment-{comment.pk}"))
        return remember_preview(self.request, response, comment)


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

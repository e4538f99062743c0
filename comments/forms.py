import time

from crispy_forms.bootstrap import StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.core import signing
from django.core.validators import URLValidator
from django.forms.boundfield import BoundField
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from comments import discussion, moderation
from comments.models import Comment, CommentReport

FORM_TOKEN_SALT = "comments.form"  # noqa: S105 - a signing namespace, not a secret
EMAIL_NOTE_ID = "email-notes"

BAD_WEBSITE = _("Please enter a valid website address, starting with http:// or https://.")


def too_long(message, limit):
    """A "too long" message, its %(limit)s written as the site's language writes numbers when shown."""
    return lazy(lambda: message % {"limit": number_format(limit, force_grouping=True)}, str)()


def form_token(article, served_at=None):
    """A signed note of which article's form this is and when it was served (the anti-spam clock)."""
    return signing.dumps({"article": article.pk, "served_at": served_at or time.time()}, salt=FORM_TOKEN_SALT)


def parse_id(value):
    """A database id typed into a form or a query string, or None for anything else."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


class EmailBoundField(BoundField):
    """The email input is also described by the "will not be published" note above the fields."""

    @property
    def aria_describedby(self):
        return " ".join(filter(None, [EMAIL_NOTE_ID, super().aria_describedby]))


class FormTokenBoundField(BoundField):
    """An expired form comes back with a fresh token, so posting again works."""

    def value(self):
        if self.errors:
            return form_token(self.form.article)
        return super().value()


class WebAddressField(forms.URLField):
    """A website address: http and https only (no javascript:, data: or ftp: links on our pages)."""

    default_validators = [URLValidator(schemes=["http", "https"], message=BAD_WEBSITE)]


class CommentForm(forms.ModelForm):
    website = WebAddressField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={
            "invalid": BAD_WEBSITE,
            "max_length": too_long(
                _("Your website address is too long (at most %(limit)s characters)."), 200
            ),
        },
    )
    # The honeypot: hidden from people (and from assistive technology), irresistible to form-filling bots.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)
    reply_to = forms.CharField(widget=forms.HiddenInput, required=False)
    remember = forms.BooleanField(
        label=_("Save my name, email, and website in this browser for the next time I comment."),
        required=False,
    )
    notify = forms.BooleanField(label=_("Notify me of follow-up comments by email."), required=False)

    class Meta:
        model = Comment
        fields = ["body", "name", "email", "website"]
        labels = {"body": pgettext_lazy("form field", "Comment"), "name": _("Name"), "email": _("Email")}
        help_texts = {"body": "", "email": ""}
        widgets = {
            "body": forms.Textarea(attrs={"rows": 8, "cols": 45}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "body": {
                "required": _("Please type your comment text."),
                "max_length": too_long(_("Your comment is too long (at most %(limit)s characters)."), 65525),
            },
            "name": {
                "required": _("Please enter your name."),
                "max_length": too_long(_("Your name is too long (at most %(limit)s characters)."), 245),
            },
            "email": {
                "required": _("Please enter your email address."),
                "invalid": _("Please enter a valid email address."),
                "max_length": too_long(
                    _("Your email address is too long (at most %(limit)s characters)."), 100
                ),
            },
        }

    def __init__(self, *args, article, user=None, ip_address=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.user = user if user is not None and user.is_authenticated and user.is_staff else None
        self.ip_address = ip_address
        self.fields["email"].required = True
        self.fields["email"].bound_field_class = EmailBoundField
        self.fields["form_token"].bound_field_class = FormTokenBoundField
        if self.user:
            for name in ["name", "email", "website", "remember"]:
                del self.fields[name]
        for field in self.fields.values():
            if field.required:
                field.widget.attrs["aria-required"] = "true"
        self.fields["form_token"].initial = form_token(article)
        self.helper = self.build_helper()

    def build_helper(self):
        helper = FormHelper(self)
        helper.form_id = "commentform"
        helper.form_class = "comment-form"
        helper.form_action = reverse(
            "comments:create", kwargs={"article_id": self.article.pk}, fragment="respond"
        )
        # The server validates everything and answers with clear messages; the browser's own
        # bubbles would hide them (and the error summary) behind its generic wording.
        helper.attrs = {"novalidate": ""}
        helper.template = "comments/_crispy_form.html"
        personal = [] if self.user else ["name", "email", "website"]
        helper.layout = Layout(
            "body",
            *personal,
            Div(
                Field("homepage", autocomplete="off", tabindex="-1"),
                css_class="comment-form__trap",
                hidden="",
            ),
            "form_token",
            "reply_to",
            *([] if self.user else ["remember"]),
            "notify",
            StrictButton(
                _("Post Comment"), type="submit", css_class="button comment-form__submit", name="submit"
            ),
        )
        return helper

    def clean_reply_to(self):
        """A reply goes under an approved comment on the same article, within the thread depth."""
        value = self.cleaned_data["reply_to"].strip()
        if value in {"", "0"}:
            return None
        parent = Comment.objects.filter(pk=pk).first() if (pk := parse_id(value)) else None
        if parent is None:
            raise forms.ValidationError(_("Sorry, the comment you are replying to could not be found."))
        if parent.article_id != self.article.pk:
            raise forms.ValidationError(_("Sorry, you can only reply to comments on this story."))
        if parent.status != Comment.Status.APPROVED:
            raise forms.ValidationError(_("Sorry, replies to unapproved comments are not allowed."))
        if parent.kind != Comment.Kind.COMMENT:
            raise forms.ValidationError(_("Sorry, pingbacks and trackbacks cannot be replied to."))
        if parent.depth >= discussion.current().thread_depth:
            raise forms.ValidationError(
                _(
                    "Sorry, that conversation is nested as deeply as it can go; "
                    "please reply to an earlier comment."
                )
            )
        return parent

    def clean_form_token(self):
        """A form served longer ago than the Discussion settings allow has expired; otherwise: seconds since
        it was served, or None when the token is missing, forged or for another article (a fact for the
        moderation rules)."""
        values = discussion.current()
        try:
            token = signing.loads(
                self.cleaned_data["form_token"], salt=FORM_TOKEN_SALT, max_age=values.form_max_age
            )
        except signing.SignatureExpired:
            hours = values.form_expiry_hours
            message = ngettext(
                "This form was open for more than %(count)d hour, so it has expired. "
                "Please post your comment again.",
                "This form was open for more than %(count)d hours, so it has expired. "
                "Please post your comment again.",
                hours,
            )
            raise forms.ValidationError(message % {"count": hours}) from None
        except signing.BadSignature:
            return None
        if not isinstance(token, dict) or token.get("article") != self.article.pk:
            return None
        served_at = token.get("served_at")
        return time.time() - served_at if isinstance(served_at, float | int) else None

    def clean(self):
        """Comments must be open on the story."""
        cleaned_data = super().clean()
        if not moderation.comments_open(self.article):
            raise forms.ValidationError(_("Sorry, comments are closed on this story."))
        return cleaned_data

    def facts(self):
        """What the form saw, for the moderation rules (comments.moderation.gather)."""
        return {
            "trusted": self.is_trusted(),
            "honeypot_filled": bool(self.cleaned_data.get("homepage")),
            "token_age": self.cleaned_data.get("form_token"),
        }

    def is_trusted(self):
        """Moderators' own comments skip the moderation queue and the anti-spam clock."""
        return self.user is not None and self.user.has_perm("comments.change_comment")

    def unsaved_comment(self):
        """The comment as typed, on its article and under its parent, not yet judged or saved."""
        comment = super().save(commit=False)
        comment.article = self.article
        comment.parent = self.cleaned_data.get("reply_to")
        comment.ip_address = self.ip_address
        if self.user:
            comment.user = self.user
            comment.name = self.user.get_full_name() or self.user.get_username()
            comment.email = self.user.email
        return comment

    def save(self, commit=True):
        raise NotImplementedError("Post comments with comments.posting.submit(form): it judges them first.")

    @property
    def error_summary(self):
        """(message, id of the field to jump to or "") for every error, in the order of the form."""
        items = [(error, "") for error in self.non_field_errors()]
        for name in ["body", "name", "email", "website", "reply_to", "form_token"]:
            if name in self.fields and name in self.errors:
                target = "" if self.fields[name].widget.is_hidden else self[name].id_for_label
                items.extend((error, target) for error in self.errors[name])
        return items

    @property
    def reply_to_comment(self):
        """The comment being replied to, once the form has been validated."""
        return getattr(self, "cleaned_data", {}).get("reply_to")


class ReportForm(forms.Form):
    """A reader's report on a comment: what is wrong with it, and a note for the moderators."""

    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong with the comment.")},
    )
    note = forms.CharField(
        label=_("Anything a moderator should know (optional)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        error_messages={"max_length": _("Keep the note to 300 characters (it has %(show_value)d).")},
    )

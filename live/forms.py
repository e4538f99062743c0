import re

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.models import Author, Image
from articles.rendering import paragraphs_to_html
from live.models import Entry
from publishing.html import clean_html, html_to_text

BLANK_LINES = re.compile(r"\n\s*\n")
TAG = re.compile(r"<[a-zA-Z/][^>]*>")


class QuickEntryForm(forms.ModelForm):
    """The short "add an entry" form on a live article's admin page."""

    image_file = forms.ImageField(label=_("image"), required=False)
    image_alt = forms.CharField(
        label=_("image alt text"),
        max_length=300,
        required=False,
        help_text=_("What the image shows, for readers who cannot see it. Needed with an image."),
    )

    class Meta:
        model = Entry
        fields = ["title", "body", "authors", "is_key_event", "is_pinned"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "body": _("Plain text (a blank line starts a new paragraph) or HTML. Unsafe HTML is removed."),
        }

    def __init__(self, *args, **kwargs):
        # Prefixed: on the article's admin page, its field ids must not be the article form's (id_body).
        super().__init__(*args, prefix="live", **kwargs)
        self.fields["authors"].queryset = Author.objects.order_by("name")
        for field in self.fields.values():
            field.label = capfirst(field.label)

    def clean_body(self):
        """Plain text becomes paragraphs; an update with no words in it is refused."""
        text = self.cleaned_data["body"].strip()
        if not TAG.search(text):
            text = paragraphs_to_html(part.strip() for part in BLANK_LINES.split(text) if part.strip())
        html = clean_html(text)
        if not html_to_text(html).strip():
            raise forms.ValidationError(_("Write the update."))
        return html

    def clean_image_alt(self):
        """An image needs words for readers who cannot see it."""
        alt = self.cleaned_data["image_alt"].strip()
        if self.cleaned_data.get("image_file") and not alt:
            raise forms.ValidationError(_("Say what the image shows."))
        return alt

    def save_for(self, coverage):
        entry = self.save(commit=False)
        entry.coverage = coverage
        if upload := self.cleaned_data.get("image_file"):
            image = Image(file=upload, alt_text=self.cleaned_data["image_alt"])
            image.save()
            entry.image = image
        entry.save()
        self.save_m2m()
        return entry

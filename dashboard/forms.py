"""The dashboard's Quick Draft box: a headline and a few lines become a draft with the writer's byline."""

import re

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from articles.models import Article, ArticleAuthor, Author, Section
from articles.rendering import paragraphs_to_html

BLANK_LINE = re.compile(r"\n\s*\n")


class QuickDraftForm(forms.Form):
    headline = forms.CharField(
        label=_("Headline"),
        max_length=Article._meta.get_field("headline").max_length,
        error_messages={"required": _("Give the draft a headline.")},
    )
    section = forms.ModelChoiceField(
        label=_("Section"),
        queryset=Section.objects.only("name"),
        error_messages={
            "required": _("Choose the section the story belongs in."),
            "invalid_choice": _("Choose one of the sections in the list."),
        },
    )
    notes = forms.CharField(
        label=_("A few lines"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the story will say; a blank line starts a new paragraph."),
        error_messages={"required": _("Write a line or two to start the story with.")},
    )

    def save(self, user):
        """The new draft, with `user`'s author profile (made if they have none) as its byline."""
        text = self.cleaned_data["notes"].replace("\r\n", "\n")
        paragraphs = [" ".join(part.split()) for part in BLANK_LINE.split(text) if part.strip()]
        with transaction.atomic():
            article = Article.objects.create(
                headline=self.cleaned_data["headline"],
                section=self.cleaned_data["section"],
                body=paragraphs_to_html(paragraphs),
                status=Article.Status.DRAFT,
            )
            ArticleAuthor.objects.create(article=article, author=Author.profile_of(user), position=0)
        return article

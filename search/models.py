from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """The searchable text of one article, whatever its status; visibility is decided at query time.

    Each engine indexes these rows its own way (see `search.backends`); `vector` is used only on
    PostgreSQL, `stems` only on SQLite. `language` decides how the words are stemmed (see
    `search.languages`).
    """

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    headline = models.TextField()
    standfirst = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="The body as plain text.")
    names = models.TextField(blank=True, help_text="Section, tags and authors, space separated.")
    language = models.CharField(
        max_length=15, blank=True, help_text="The article's language, such as ru or en-gb."
    )
    stems = models.TextField(
        blank=True, editable=False, help_text="Every word above as its language's stemmer reads it (SQLite)."
    )
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["article"]

    def __str__(self):
        return self.headline

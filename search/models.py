from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """The searchable text of one article, whatever its status; visibility is decided at query time.

    On SQLite the FTS5 table `search_fts` mirrors these rows through triggers (see the first
    migration); on PostgreSQL `vector` holds the weighted tsvector, with a GIN index.
    """

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    headline = models.TextField()
    standfirst = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="The body as plain text.")
    names = models.TextField(blank=True, help_text="Section, tags and authors, space separated.")
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["article"]

    def __str__(self):
        return self.headline

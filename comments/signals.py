"""What the comments app tells the rest of the site (the django-contrib-comments shape)."""

from django.dispatch import Signal

# Sent after a new comment is saved, whatever its status: comment, request, wants_follow_ups.
comment_was_posted = Signal()

# Sent after comments change in bulk, without their own save() or delete() (moderation actions,
# erasing a commenter's data, an import): article_ids, the articles whose comments changed.
comments_changed = Signal()

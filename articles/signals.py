from django.dispatch import Signal

# Sent by `seed_demo` for each new demo story, with `article` and `story` (its data from
# articles/demo/stories.py), so other apps can add their demo content (comments, …)
# without `articles` importing them.
demo_story_created = Signal()

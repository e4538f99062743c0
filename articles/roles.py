"""The newsroom's roles: which permissions each staff group holds, and the rules the admin applies."""

AUTHOR = "Author"
EDITOR = "Editor"

# The statuses an author's article may have while they still change it (and the only ones they may set).
# Plain values: articles.models imports this module, so it cannot import the model's Status here.
AUTHOR_STATUSES = ("draft", "pending")

# Role → (app_label, codename) pairs. Other apps add their own models' permissions (and roles) with
# add_role_permissions() from their AppConfig.ready(), as comments.roles does. A permission that does not
# exist yet is skipped and granted once its app has been migrated.
ROLE_PERMISSIONS = {
    AUTHOR: [
        ("articles", "add_article"),
        ("articles", "change_article"),
        ("articles", "view_article"),
        ("articles", "add_articleauthor"),
        ("articles", "change_articleauthor"),
        ("articles", "delete_articleauthor"),
        ("articles", "view_articleauthor"),
        ("articles", "add_image"),
        ("articles", "change_image"),
        ("articles", "view_image"),
        ("articles", "view_author"),
        ("articles", "view_section"),
        ("articles", "view_tag"),
    ],
    EDITOR: [
        *[
            ("articles", f"{action}_{model}")
            for model in ["article", "articleauthor", "author", "section", "tag", "image", "correction"]
            for action in ["add", "change", "delete", "view"]
        ],
        ("articles", "publish_article"),
        ("articles", "retract_article"),
        ("articles", "correct_article"),
        ("articles", "view_historicalarticle"),
        ("redirects", "add_redirect"),
        ("redirects", "change_redirect"),
        ("redirects", "delete_redirect"),
        ("redirects", "view_redirect"),
    ],
}


def add_role_permissions(role_permissions):
    """Grant another app's permissions to roles (a role not known yet is created); safe to call again."""
    for role, pairs in role_permissions.items():
        granted = ROLE_PERMISSIONS.setdefault(role, [])
        granted += [pair for pair in pairs if pair not in granted]


def sync_roles(group_model, permission_model):
    """Create the role groups and grant each its permissions (safe to run again)."""
    for role, pairs in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        for app_label, codename in pairs:
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


def sync_roles_after_migrate(sender, **kwargs):
    """post_migrate receiver: grant permissions of apps migrated after the roles were created."""
    from django.contrib.auth.models import Group, Permission

    if Group.objects.using(kwargs.get("using", "default")).exists():
        sync_roles(Group, Permission)


def can_retract(user):
    """Withdrawing a published story is its own right (Editors hold it)."""
    return user.has_perm("articles.retract_article")


def can_correct(user):
    """Telling readers of a change to a published story (a correction, clarification, update or note)."""
    return user.has_perm("articles.correct_article")


def can_publish(user):
    """Editors publish, schedule and unpublish, and so may open and change every article."""
    return user.has_perm("articles.publish_article")


def is_own_article(user, article):
    """The user writes under one of the article's bylines."""
    return article.pk is not None and article.bylines.filter(author__user=user).exists()

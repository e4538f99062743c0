"""The admin's index and sidebar in the newsroom's words: what editors use first, the machinery last.

`grouped_app_list` turns Django's per-app list into the newsroom's groups. A model no group names
(a new app's) is listed under "More", so nothing registered ever disappears; "System" is shown to
superusers only (the addresses still answer anyone with the permission).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Group:
    label: str  # the group's CSS class and id stem, like an app label
    name: str
    models: tuple  # (app_label, model_name), in the order listed
    superusers_only: bool = False


GROUPS = [
    Group(
        "stories",
        _("Stories"),
        (
            ("articles", "article"),
            ("articles", "author"),
            ("articles", "section"),
            ("articles", "tag"),
            ("articles", "image"),
            ("pages", "page"),
            ("live", "coverage"),
            ("live", "entry"),
            ("live", "banner"),
        ),
    ),
    Group(
        "community",
        _("Community"),
        (("comments", "comment"), ("comments", "subscription"), ("comments", "notificationoptout")),
    ),
    Group(
        "settings",
        _("Settings"),
        (("comments", "discussionsettings"), ("pages", "organisation"), ("articles", "worktype")),
    ),
    Group(
        "system",
        _("System"),
        (
            ("axes", "accessattempt"),
            ("axes", "accessfailurelog"),
            ("axes", "accesslog"),
            ("django_tasks_database", "dbtaskresult"),
            ("wordpress", "wordpressobject"),
            ("redirects", "redirect"),
            ("sites", "site"),
            ("auth", "user"),
            ("auth", "group"),
        ),
        superusers_only=True,
    ),
]
# Whatever no other group names; listed before System.
MORE = Group("more", _("More"), ())
GROUPS.insert(-1, MORE)

# Models whose own names are a developer's ("Access attempts", "Task Results"), as people say them.
NAMES = {
    ("axes", "accessattempt"): _("Login lockouts"),
    ("axes", "accessfailurelog"): _("Failed sign-ins"),
    ("axes", "accesslog"): _("Sign-in log"),
    ("django_tasks_database", "dbtaskresult"): _("Background tasks"),
    ("wordpress", "wordpressobject"): _("WordPress import records"),
    ("sites", "site"): _("Site address"),
    ("auth", "user"): _("Staff accounts"),
    ("auth", "group"): _("Roles"),
    ("comments", "subscription"): _("Follow-up subscriptions"),
    ("comments", "notificationoptout"): _("Comment email opt-outs"),
}


def model_key(model_dict):
    meta = model_dict["model"]._meta
    return (meta.app_label, meta.model_name)


def grouped_app_list(app_dict, user):
    """Django's {app_label: app} (AdminSite._build_app_dict) as the newsroom's groups, in the admin's
    app-list shape; a group with nothing the user may open is left out."""
    models = {model_key(model): model for app in app_dict.values() for model in app["models"]}
    for key, name in NAMES.items():
        if key in models:
            models[key]["name"] = name
    placed = {key for group in GROUPS for key in group.models}
    more = sorted((key for key in models if key not in placed), key=lambda key: str(models[key]["name"]))
    app_list = []
    for group in GROUPS:
        if group.superusers_only and not user.is_superuser:
            continue
        listed = [models[key] for key in (more if group is MORE else group.models) if key in models]
        if listed:
            app_list.append(
                {
                    "name": group.name,
                    "app_label": group.label,
                    "app_url": None,  # a group has no page of its own
                    "has_module_perms": True,
                    "models": listed,
                }
            )
    return app_list

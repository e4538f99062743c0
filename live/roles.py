"""What the live app's models let each staff role do; LiveConfig.ready() adds it to articles.roles."""

from articles.roles import AUTHOR, EDITOR

ROLE_PERMISSIONS = {
    AUTHOR: [
        ("live", "add_entry"),
        ("live", "change_entry"),
        ("live", "view_entry"),
        ("live", "view_coverage"),
    ],
    EDITOR: [
        ("live", f"{action}_{model}")
        for model in ["entry", "coverage", "banner"]
        for action in ["add", "change", "delete", "view"]
    ],
}

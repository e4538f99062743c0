"""What the comments app's models let each staff role do; CommentsConfig.ready() adds it to articles.roles."""

from articles.roles import EDITOR

MODERATOR = "Moderator"

ROLE_PERMISSIONS = {
    EDITOR: [
        ("comments", "change_discussionsettings"),
        ("comments", "view_discussionsettings"),
        ("comments", "view_historicaldiscussionsettings"),
    ],
    MODERATOR: [
        ("comments", "add_comment"),
        ("comments", "change_comment"),
        ("comments", "delete_comment"),
        ("comments", "view_comment"),
        ("comments", "view_discussionsettings"),
        ("comments", "view_historicaldiscussionsettings"),
    ],
}

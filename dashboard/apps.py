from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """The admin's front page: what needs someone now, what happened, a quick draft (no models)."""

    name = "dashboard"
    verbose_name = _("Dashboard")

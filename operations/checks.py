from django.conf import settings
from django.core import checks
from django.utils.translation import gettext

from operations.tasks_recovery import stale_after


@checks.register()
def stale_after_outlasts_email_timeout(app_configs, **kwargs):
    """A live worker still waiting on the mail server must not look dead, or its email goes out twice."""
    if stale_after().total_seconds() > settings.EMAIL_TIMEOUT:
        return []
    return [
        checks.Warning(
            gettext(
                "TASKS_STALE_AFTER (%(stale)d s) is not longer than EMAIL_TIMEOUT (%(timeout)d s): "
                "a task still sending an email would be run a second time."
            )
            % {"stale": round(stale_after().total_seconds()), "timeout": settings.EMAIL_TIMEOUT},
            hint=gettext(
                "Set TASKS_STALE_AFTER to several times EMAIL_TIMEOUT (the default is 300 seconds)."
            ),
            id="operations.W001",
        )
    ]

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from pages import organisation
        from pages.models import Organisation, Page

        for signal in (post_save, post_delete):
            for model in (Organisation, Page):
                signal.connect(
                    organisation.changed, sender=model, dispatch_uid=f"organisation_{model.__name__}"
                )

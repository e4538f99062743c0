from django.core.management.commands import shell


class Command(shell.Command):
    """Django's shell, except that `shell -c CODE` (cron jobs, scripts) prints only what CODE prints:
    the interactive shell's "N objects imported automatically" line stays in the interactive shell."""

    def get_namespace(self, **options):
        if options.get("command"):
            options = {**options, "verbosity": 0}
        return super().get_namespace(**options)

from django.db import migrations, models


class Migration(migrations.Migration):
    """`Page.is_published` read like `Article.is_published()`, the visibility rule; the flag is `is_live`."""

    dependencies = [
        ("pages", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="page", old_name="is_published", new_name="is_live"),
        migrations.AlterField(
            model_name="page",
            name="is_live",
            field=models.BooleanField(
                default=False,
                help_text="Off keeps the page hidden, whatever its publish time.",
                verbose_name="published",
            ),
        ),
    ]

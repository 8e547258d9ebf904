"""Everything of the product that is not a widget: store, AR24 protocol, sending, sync."""

APP_NAME = "Recommandés AR24"   # i18n: data — the product's name (a brand), the same in every language
APP_SLUG = "recommandes-ar24"
__version__ = "0.1.0"   # the only place the version is written (pyproject, build and installer read it)

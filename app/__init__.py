"""Everything of the product that is not a widget: store, AR24 protocol, sending, sync."""

APP_NAME = "Recommandés AR24"
APP_SLUG = "recommandes-ar24"
__version__ = "0.1.0"   # the only place the version is written (pyproject, build and installer read it)

"""Everything of the product that is not a widget: store, AR24 protocol, sending, sync."""

APP_NAME = "Recommandés AR24"
APP_SLUG = "recommandes-ar24"

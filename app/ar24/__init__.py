"""AR24 protocol: request signing, the HTTP client, French error messages and a local AR24 service.

Nothing in this package imports Qt: the UI calls it from its background worker.
"""

"""Application services: the only layer windows and ``main.py``'s commands call.

One module of operations per screen area (``accounts``, ``admin``, ``tiers``, ``sending``,
``letters``, ``home``, ``imports``, ``entities``). Each operation takes the ``AppContext``,
owns its database sessions, AR24 clients, keyring access and demo-mode branches, returns
typed frozen dataclasses, and publishes what it changed on ``app.changes``. Sentences for
the user travel as ``app.messages.Message`` (an identifier and its arguments) so that the
window shows them in its language.
"""

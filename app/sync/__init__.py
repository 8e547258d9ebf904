"""Keeping the store in step with AR24: letter statuses and dates, and the proofs archive.

``statuses.sync_letters`` is the one operation; the window runs it in the background
(periodically and on demand) and ``python main.py sync`` runs it headless.
"""

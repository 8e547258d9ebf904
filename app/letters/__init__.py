"""Registered letters after sending: the list's queries, statuses and deadlines, exports, and the
OTP validation of a batch (screens.md §7). Plain Python: the windows are in ui/."""

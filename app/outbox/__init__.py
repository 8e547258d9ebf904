"""The durable outbox: every letter of a batch moves through states committed before each
AR24 call, so that a crash, a kill, a cut connection or a cancel never sends it twice nor
loses it (shared/spec/architecture.md, property 2).

    prepared ─upload─▶ uploaded ─▶ to_valid                (LRE eIDAS: waits for the OTP)
                       uploaded ─▶ posting ─▶ posted       (letters that need no OTP)
    to_valid ─OTP─▶ posting ─▶ posted | uncertain ─reconcile─▶ posted, or back to post again

Modules: ``states`` (claims and transitions), ``letters`` (creating the outbox row of an
event), ``upload``, ``post``, ``reconcile``, ``pipeline`` (the batch, with bounded parallel
connections, backoff, cancel and resume).
"""

"""The agency's AR24 set-up (screen 1 of the spec): the link between a user and an AR24 account,
the connection of this workstation, eIDAS senders with their OTP keys, payment methods per entity.

Plain Python, called by the preference screens through the background worker.
"""

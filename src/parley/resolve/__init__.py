"""The resolve layer: facts across articles become canonical actors, meetings and copies.

Functions here are pure: they take fact records (as the store hands them out) and return
canonical records; they never read article text and never touch the store themselves.
"""

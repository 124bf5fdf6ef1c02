"""Extraction: article text -> incident events (sentences, event types, dates, places, details)."""

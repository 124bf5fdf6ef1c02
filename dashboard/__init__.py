"""Borderwatch: incident events on the Sino-North Korean border, from news reports."""

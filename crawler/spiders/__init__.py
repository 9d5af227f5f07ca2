"""Spiders of tagwire: ``tagarchive`` crawls tag, label and category archives."""

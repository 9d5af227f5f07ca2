"""Distributed crawl over a shared Redis frontier (see ``scheduler``)."""

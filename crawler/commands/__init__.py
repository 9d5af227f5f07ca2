"""Scrapy commands of the tagwire project (``COMMANDS_MODULE`` in crawler/settings.py).

``crawl`` replaces Scrapy's own so that ``scrapy crawl tagarchive`` in a checkout exits
the way ``tagwire crawl`` does (crawler/outcome.py).
"""

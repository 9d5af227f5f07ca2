"""Post records in a database: SQLite (a file, nothing to install) or PostgreSQL.

    from normalizer.sinks.database import DatabaseSink
    with DatabaseSink("sqlite:///tagwire.db") as db:   # or postgresql://user@host/db
        db.write(record)          # raises RecordRejected if it fails the schema
    # committed in batches (batch_size) and on close

Tables (SQLAlchemy Core, so one definition serves both dialects):

- ``posts``    one row a post, keyed by its canonical URL (``url``, unique);
- ``stories``  one row a story, with its post's url, title, date and site beside the
  story's own source, language, date and ``duplicate_of`` -- most queries need no join;
- ``removed``  what the normalizer cut out of each post (``kind``, ``text``);
- ``tags``     the archive tag, the post's tags and categories, one row each;
- ``schema_version``  the table layout applied, one row a migration step.

Writes are idempotent: a post already present (same canonical URL) is updated in place
(``INSERT ... ON CONFLICT DO UPDATE`` through each dialect's insert construct) and its
stories, removed items and tags replaced, so re-crawling or re-loading never duplicates.
A record is validated with :func:`normalizer.contract.schema.record_errors` before it is written;
one that fails never reaches the database.

The layout is versioned: every table, column and index says in ``info["since"]`` which
layout version brought it, and opening a database applies the missing versions in order
(creating what arrived in each), recording each in ``schema_version``. Version 1 is the
layout of record schema 1.0; version 2 added ``duplicate_of`` (record schema 1.1).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from normalizer.io.redis_url import redact_url
from normalizer.sinks import MissingExtra

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.engine import Connection, Engine

logger = logging.getLogger(__name__)

#: (layout version, record schema version, what the step brings), in order. A step
#: creates the tables, columns and indexes whose ``info["since"]`` is its version.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "1.0", "posts, stories, removed and tags"),
    (2, "1.1", "stories.duplicate_of (url, index, distance)"),
)
LAYOUT_VERSION = MIGRATIONS[-1][0]

#: Dialects with an ON CONFLICT upsert in SQLAlchemy; others are refused up front.
SUPPORTED_DIALECTS = ("sqlite", "postgresql")

#: URL schemes given to the psycopg (version 3) driver rather than SQLAlchemy's default.
_POSTGRES_SCHEMES = ("postgresql", "postgres")

DEFAULT_BATCH_SIZE = 200


class DatabaseError(Exception):
    """The database cannot be used: bad URL, unreachable, or a newer layout. One line."""


class RecordRejected(ValueError):
    """A record that fails the schema; ``errors`` are the ``$.path: message`` lines."""

    def __init__(self, url: Any, errors: list[str]) -> None:
        self.url = url
        self.errors = errors
        super().__init__(f"{url}: {'; '.join(errors[:3])}")


def _sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ImportError:
        raise MissingExtra("the database sink", "db", "SQLAlchemy") from None
    return sqlalchemy


# -- the layout ----------------------------------------------------------------------

def _since(version: int) -> dict[str, int]:
    return {"since": version}


def build_metadata() -> Any:
    """The current layout. Each table, column and index carries ``info["since"]``."""
    sa = _sqlalchemy()
    from sqlalchemy.dialects.postgresql import JSONB

    json_type = sa.JSON().with_variant(JSONB(), "postgresql")
    md = sa.MetaData()

    def col(name: str, type_: Any, *args: Any, since: int = 1, **kw: Any) -> Any:
        return sa.Column(name, type_, *args, info=_since(since), **kw)

    text, string, integer = sa.Text, sa.Text, sa.Integer
    sa.Table(
        "schema_version", md,
        col("version", integer, primary_key=True, autoincrement=False),
        col("record_schema", string, nullable=False),
        col("description", text, nullable=False),
        col("applied_at", sa.DateTime(timezone=True), nullable=False),
        info=_since(1))
    posts = sa.Table(
        "posts", md,
        col("id", integer, primary_key=True),
        col("url", string, nullable=False, unique=True),  # canonical permalink
        col("record_url", string, nullable=False),        # as the record spelled it
        col("schema_version", string, nullable=False),
        col("archive_url", string),
        col("site", string),
        col("tag", string),
        col("title", text),
        col("published", string),   # as in the record: a date or an RFC 3339 date-time
        col("day", string),         # its YYYY-MM-DD, for grouping and ranges
        col("author", text),
        col("language", string, nullable=False),
        col("fetched_at", string),
        col("categories", json_type, nullable=False),
        col("tags", json_type, nullable=False),
        col("extra", json_type),
        col("story_count", integer, nullable=False),
        col("removed_count", integer, nullable=False),
        col("loaded_at", sa.DateTime(timezone=True), nullable=False),
        info=_since(1))
    sa.Index("ix_posts_site", posts.c.site, info=_since(1))
    sa.Index("ix_posts_tag", posts.c.tag, info=_since(1))
    sa.Index("ix_posts_day", posts.c.day, info=_since(1))
    sa.Index("ix_posts_language", posts.c.language, info=_since(1))

    fk = lambda: sa.ForeignKey("posts.id", ondelete="CASCADE")  # noqa: E731
    stories = sa.Table(
        "stories", md,
        col("id", integer, primary_key=True),
        col("post_id", integer, fk(), nullable=False),
        col("story_index", integer, nullable=False),
        col("post_url", string, nullable=False),
        col("post_title", text),
        col("post_published", string),
        col("site", string),
        col("headline", text),
        col("source", string),
        col("credits", json_type, nullable=False),
        col("byline", json_type, nullable=False),
        col("dateline", string),
        col("published", string),
        col("day", string),          # the story's date, else its post's (YYYY-MM-DD)
        col("language", string, nullable=False),
        col("text", text, nullable=False),
        col("word_count", integer, nullable=False),
        col("fingerprint", string, nullable=False),
        col("duplicate_of_url", string, since=2),
        col("duplicate_of_index", integer, since=2),
        col("duplicate_distance", integer, since=2),
        col("extra", json_type),
        sa.UniqueConstraint("post_id", "story_index", name="uq_stories_post_story"),
        info=_since(1))
    sa.Index("ix_stories_source", stories.c.source, info=_since(1))
    sa.Index("ix_stories_day", stories.c.day, info=_since(1))
    sa.Index("ix_stories_language", stories.c.language, info=_since(1))
    sa.Index("ix_stories_fingerprint", stories.c.fingerprint, info=_since(1))
    sa.Index("ix_stories_post_url", stories.c.post_url, info=_since(1))
    sa.Index("ix_stories_duplicate_of", stories.c.duplicate_of_url,
             stories.c.duplicate_of_index, info=_since(2))

    removed = sa.Table(
        "removed", md,
        col("id", integer, primary_key=True),
        col("post_id", integer, fk(), nullable=False),
        col("position", integer, nullable=False),
        col("kind", string, nullable=False),
        col("text", text, nullable=False),
        info=_since(1))
    sa.Index("ix_removed_post", removed.c.post_id, info=_since(1))
    sa.Index("ix_removed_kind", removed.c.kind, info=_since(1))

    tags = sa.Table(
        "tags", md,
        col("post_id", integer, fk(), primary_key=True),
        col("kind", string, primary_key=True),   # archive | tag | category
        col("name", string, primary_key=True),
        info=_since(1))
    sa.Index("ix_tags_name", tags.c.name, tags.c.kind, info=_since(1))
    return md


#: What ``tags.kind`` holds for each source of a post's labels.
TAG_KINDS = {"archive": "tag", "tag": "tags", "category": "categories"}


def _tables_at(md: Any, version: int) -> Any:
    """A copy of the layout as it was at ``version`` (columns and indexes it had)."""
    sa = _sqlalchemy()
    old = sa.MetaData()
    for table in md.sorted_tables:
        if table.info.get("since", 1) > version:
            continue
        cols = [c._copy() for c in table.columns if c.info.get("since", 1) <= version]
        names = {c.name for c in cols}
        extra = [sa.UniqueConstraint(*[c.name for c in uc.columns], name=uc.name)
                 for uc in table.constraints
                 if isinstance(uc, sa.UniqueConstraint) and uc.name
                 and {c.name for c in uc.columns} <= names]
        copy = sa.Table(table.name, old, *cols, *extra, info=dict(table.info))
        for index in table.indexes:
            if index.info.get("since", 1) <= version and {c.name for c in index.columns} <= names:
                sa.Index(index.name, *[copy.c[c.name] for c in index.columns],
                         unique=index.unique)
    return old


def _apply_step(conn: Connection, md: Any, version: int) -> None:
    """Create what arrived in ``version``: new tables whole (as of that version), new
    columns of older tables (``ALTER TABLE ... ADD COLUMN``, compiled by the dialect),
    new indexes of older tables."""
    sa = _sqlalchemy()
    from sqlalchemy.schema import CreateColumn

    at_version = _tables_at(md, version)
    preparer = conn.dialect.identifier_preparer
    for table in md.sorted_tables:
        since = table.info.get("since", 1)
        if since == version:
            at_version.tables[table.name].create(conn, checkfirst=True)
            continue
        if since > version:
            continue
        existing = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        for column in table.columns:
            if column.info.get("since", 1) == version and column.name not in existing:
                ddl = CreateColumn(column).compile(dialect=conn.dialect)
                conn.execute(sa.text(
                    f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {ddl}"))
        for index in table.indexes:
            if index.info.get("since", 1) == version:
                index.create(conn, checkfirst=True)


# -- connecting and migrating -------------------------------------------------------

def engine_url(url: str) -> str:
    """``postgresql://...`` (and ``postgres://``) use psycopg 3, not SQLAlchemy's
    default psycopg2; a bare path is taken as an SQLite file."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return f"sqlite:///{url}"
    if scheme in _POSTGRES_SCHEMES:
        return f"postgresql+psycopg://{rest}"
    return url


#: The URL without its password, for messages and logs (one definition, in the library).
redact = redact_url


def create_engine(url: str) -> Engine:
    """An engine for a tagwire database, or :class:`DatabaseError` saying why not."""
    sa = _sqlalchemy()
    try:
        parsed = sa.engine.make_url(engine_url(url))
    except sa.exc.ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() not in SUPPORTED_DIALECTS:
        raise DatabaseError(f"{redact(url)}: unsupported database "
                            f"'{parsed.get_backend_name()}' (use sqlite:/// or postgresql://)")
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": 30}  # wait for another writer, not fail
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except ImportError as exc:  # the driver (psycopg) is missing
        raise MissingExtra(f"{parsed.get_backend_name()} at {redact(url)}", "db",
                           exc.name or "psycopg") from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")   # ON DELETE CASCADE
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the crawl's writes
    cursor.close()


def current_version(conn: Connection) -> int:
    """The layout version a database has (0: no tagwire tables yet)."""
    sa = _sqlalchemy()
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    md = build_metadata()
    value = conn.execute(sa.select(sa.func.max(md.tables["schema_version"].c.version))).scalar()
    return int(value or 0)


def migrate(engine: Engine, *, target: int = LAYOUT_VERSION) -> list[int]:
    """Bring the database to layout ``target``, applying each missing step in order, each
    in its own transaction. Returns the versions applied. A database whose layout is
    newer than this tagwire knows is refused (writing to it could lose columns)."""
    sa = _sqlalchemy()
    md = build_metadata()
    versions = md.tables["schema_version"]
    applied: list[int] = []
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # one migrator at a time
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(0x7461677769726500)))
        have = current_version(conn)
        if have > LAYOUT_VERSION:
            raise DatabaseError(
                f"{redact(str(engine.url))}: the database's table layout is version {have}, "
                f"newer than this tagwire knows ({LAYOUT_VERSION}); upgrade tagwire")
        versions.create(conn, checkfirst=True)
        for version, record_schema, description in MIGRATIONS:
            if have < version <= target:
                _apply_step(conn, md, version)
                conn.execute(versions.insert().values(
                    version=version, record_schema=record_schema, description=description,
                    applied_at=datetime.now(UTC)))
                logger.info("database layout %d applied (%s)", version, description)
                applied.append(version)
    return applied


# -- records to rows -----------------------------------------------------------------

def _day(value: Any) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def canonical_url(url: str) -> str:
    """The key a post is stored under (the crawler's own canonical spelling)."""
    from normalizer.pages.urls import canonical_post_url

    return canonical_post_url(url)


@dataclass
class Rows:
    """The rows of one record, ready to insert (the post's id filled in later)."""

    post: dict[str, Any]
    stories: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    tags: list[dict[str, Any]]


def record_rows(record: dict[str, Any], *, loaded_at: datetime | None = None) -> Rows:
    """Split a valid record into its table rows."""
    url = canonical_url(record["url"])
    stories = record.get("stories") or []
    removed = record.get("removed") or []
    post = {
        "url": url, "record_url": record["url"],
        "schema_version": record.get("schema_version"),
        "archive_url": record.get("archive_url"), "site": record.get("site"),
        "tag": record.get("tag"), "title": record.get("title"),
        "published": record.get("published"), "day": _day(record.get("published")),
        "author": record.get("author"), "language": record.get("language"),
        "fetched_at": record.get("fetched_at"),
        "categories": list(record.get("categories") or []),
        "tags": list(record.get("tags") or []), "extra": record.get("extra"),
        "story_count": len(stories), "removed_count": len(removed),
        "loaded_at": loaded_at or datetime.now(UTC),
    }
    story_rows = []
    for story in stories:
        dup = story.get("duplicate_of") or {}
        story_rows.append({
            "story_index": story["index"], "post_url": url, "post_title": record.get("title"),
            "post_published": record.get("published"), "site": record.get("site"),
            "headline": story.get("headline"), "source": story.get("source"),
            "credits": list(story.get("credits") or []),
            "byline": list(story.get("byline") or []), "dateline": story.get("dateline"),
            "published": story.get("published"),
            "day": _day(story.get("published")) or _day(record.get("published")),
            "language": story.get("language"), "text": story["text"],
            "word_count": story.get("word_count"), "fingerprint": story.get("fingerprint"),
            "duplicate_of_url": dup.get("url"), "duplicate_of_index": dup.get("index"),
            "duplicate_distance": dup.get("distance"), "extra": story.get("extra"),
        })
    removed_rows = [{"position": i, "kind": r["kind"], "text": r["text"]}
                    for i, r in enumerate(removed)]
    labels: dict[tuple[str, str], None] = {}
    for kind, field in TAG_KINDS.items():
        values = record.get(field)
        for name in ([values] if isinstance(values, str) else values or []):
            if name:
                labels[(kind, name)] = None
    tag_rows = [{"kind": k, "name": n} for k, n in labels]
    return Rows(post, story_rows, removed_rows, tag_rows)


# -- the sink -------------------------------------------------------------------------

@dataclass
class WriteCounts:
    posts: int = 0
    stories: int = 0
    rejected: int = 0


class DatabaseSink:
    """Validated records into a database, in batches, idempotently (see module doc).

    ``write`` buffers; a batch is written in one transaction when ``batch_size`` records
    are waiting, on :meth:`flush` and on :meth:`close`."""

    def __init__(self, url: str, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 validate: bool = True) -> None:
        self.url = url
        self.batch_size = max(1, batch_size)
        self.validate = validate
        self.counts = WriteCounts()
        self._pending: list[Rows] = []
        self._engine: Engine | None = None
        self._md: Any = None
        self._insert: Any = None

    # lifecycle
    def open(self) -> DatabaseSink:
        """Connect and migrate the layout forward; :class:`DatabaseError` if impossible."""
        sa = _sqlalchemy()
        engine = create_engine(self.url)
        try:
            migrate(engine)
        except sa.exc.OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseError(f"cannot use the database at {redact(self.url)}: "
                                f"{reason}") from None
        except DatabaseError:
            engine.dispose()
            raise
        self._engine = engine
        self._md = build_metadata()
        from sqlalchemy.dialects import postgresql, sqlite

        # Each dialect's own insert construct has its ON CONFLICT DO UPDATE.
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        return self

    def close(self) -> None:
        if self._engine is not None:
            try:
                self.flush()
            finally:
                self._engine.dispose()
                self._engine = None

    def __enter__(self) -> DatabaseSink:
        return self.open() if self._engine is None else self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is not None:
            self._pending.clear()  # do not write a half-read batch on an error
        self.close()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("DatabaseSink is not open")
        return self._engine

    # writing
    def write(self, record: Any) -> None:
        """Queue one record; :class:`RecordRejected` if it fails the schema."""
        if self.validate:
            from normalizer.contract.schema import format_error, record_errors

            errors = record_errors(record)
            if errors:
                self.counts.rejected += 1
                url = record.get("url") if isinstance(record, dict) else None
                raise RecordRejected(url, [format_error(e) for e in errors])
        self._pending.append(record_rows(record))
        if len(self._pending) >= self.batch_size:
            self.flush()

    def write_many(self, records: Iterable[Any]) -> None:
        for record in records:
            self.write(record)

    def flush(self) -> None:
        """Write the queued records in one transaction."""
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        # The same post twice in one batch: the later copy wins, as it would across batches.
        latest = {rows.post["url"]: rows for rows in batch}
        with self.engine.begin() as conn:
            self._write_batch(conn, list(latest.values()))
        self.counts.posts += len(batch)
        self.counts.stories += sum(len(rows.stories) for rows in batch)

    def _write_batch(self, conn: Connection, batch: list[Rows]) -> None:
        """Upsert the posts in one statement (many rows, RETURNING their ids), then
        replace their children: stories may have been re-split, cruft re-read."""
        t = self._md.tables
        posts = t["posts"]
        stmt = self._insert(posts)
        stmt = stmt.on_conflict_do_update(
            index_elements=[posts.c.url],
            set_={c.name: stmt.excluded[c.name] for c in posts.columns
                  if c.name not in ("id", "url")})
        result = conn.execute(stmt.returning(posts.c.id, posts.c.url),
                              [rows.post for rows in batch])
        ids = {url: post_id for post_id, url in result}
        for rows in batch:
            post_id = ids[rows.post["url"]]
            for child in (rows.stories, rows.removed, rows.tags):
                for row in child:
                    row["post_id"] = post_id
        for name in ("stories", "removed", "tags"):
            table = t[name]
            conn.execute(table.delete().where(table.c.post_id.in_(list(ids.values()))))
            children = [row for rows in batch for row in getattr(rows, name)]
            if children:
                conn.execute(table.insert(), children)

    # reading (for summaries and tests)
    def count(self, table: str) -> int:
        sa = _sqlalchemy()
        with self.engine.connect() as conn:
            return int(conn.execute(
                sa.select(sa.func.count()).select_from(self._md.tables[table])).scalar_one())

    def stories_by_source(self, source: str) -> list[dict[str, Any]]:
        """Every story from ``source``, newest first (uses ``ix_stories_source``)."""
        sa = _sqlalchemy()
        s = self._md.tables["stories"]
        query = (sa.select(s.c.post_url, s.c.story_index, s.c.headline, s.c.day, s.c.language,
                           s.c.duplicate_of_url)
                 .where(s.c.source == source)
                 .order_by(s.c.day.desc(), s.c.post_url, s.c.story_index))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def iter_table(url: str, table: str) -> Iterator[dict[str, Any]]:
    """Every row of one tagwire table (for exports and checks), in key order."""
    sa = _sqlalchemy()
    md = build_metadata()
    engine = create_engine(url)
    try:
        t = md.tables[table]
        with engine.connect() as conn:
            for row in conn.execute(sa.select(t).order_by(*t.primary_key.columns)):
                yield dict(row._mapping)
    finally:
        engine.dispose()

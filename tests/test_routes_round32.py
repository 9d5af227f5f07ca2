"""Round 32: a post read from its body alone (an archive listing's, a feed's, the REST
API's) gets the source its title credits exactly as the post's own page gives it: an
editor's title "Outlet: first words…" over the story's own headline."""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page

_STORY = "Council votes to rebuild the old harbour wall after storms"
_BODY = ("<p>The town council voted on Tuesday to rebuild the old harbour wall, which was "
         "badly damaged by the winter storms, at a cost of two million pounds.</p>"
         "<p>Work will begin in the spring, the council said, and the harbour will stay open "
         "to fishing boats while it goes on.</p>")
_CONTENT = f"<h2><strong>{_STORY}</strong></h2>{_BODY}"


def _by_body(title: str) -> list:
    record = normalize_content(_CONTENT, PostMeta(url="https://blog.example/p/7", title=title))
    return [s["source"] for s in record["stories"]]


def _by_page(title: str) -> list:
    page = (f"<html><head><title>{title} | Harbour Blog</title></head><body>"
            f'<h1 class="title page-title">{title}</h1><article><div class="node__content">'
            f"{_CONTENT}</div></article></body></html>")
    return [s["source"] for s in normalize_page(page, "https://blog.example/node/7")[0]["stories"]]


def test_a_retitled_posts_body_names_the_outlet_its_page_names() -> None:
    title = "Harbour Gazette: Council votes to rebuild the old…"
    assert _by_body(title) == _by_page(title) == ["Harbour Gazette"]


def test_a_title_of_its_own_names_no_outlet_by_either_path() -> None:
    title = "Storm damage: what the town does next"
    assert _by_body(title) == _by_page(title) == [None]

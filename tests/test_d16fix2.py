"""Pasted Usenet/e-mail dumps: header blocks dropped as furniture, their date kept (issue 10)."""
from __future__ import annotations

from normalizer.text.wrapped import drop_headers, read_pasted


def test_a_header_block_with_a_date_leaves_its_date_as_a_line() -> None:
    lines = ["NEWS", "", "Sender: A Reader <a@b.example>", "Subject: TOWN VOTES",
             "Date: Thursday April 15, 1993", "", "HILLTOWN (UPI) -- The town voted."]
    assert drop_headers(lines) == ["NEWS", "", "Thursday April 15, 1993", "",
                                   "HILLTOWN (UPI) -- The town voted."]


def test_a_header_block_whose_date_field_is_no_date_goes_whole() -> None:
    lines = ["From: a@b.example", "Date: sometime", "", "Body line."]
    assert drop_headers(lines) == ["Body line."]


def test_read_pasted_drops_the_envelope() -> None:
    lines = ["From: a@b.example", "Subject: hello", "", "Body line."]
    assert read_pasted(lines) == ["Body line."]

"""A line under a pasted story's last paragraph: a sign-off credits the story, a
picture's credit that names its photographer before the agency's bar does not."""
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

PROSE = ("<h2>Court drops its case</h2>" + "<p>The agency no longer needs the company's help"
         " to open the phone used by a man in the city, ending another standoff this year.</p>" * 3)


def _source(tail: str) -> str | None:
    rec = normalize_content(PROSE + tail, PostMeta(url="http://blog.example/a/",
                                                   title="Court drops its case"))
    return rec["stories"][0]["source"]


def test_photographer_named_before_the_agency_is_no_source() -> None:
    assert _source("<p>Jane Holloway / AP</p>") is None


def test_editor_initials_before_the_agency_still_sign_the_story_off() -> None:
    assert _source("<p>(jw/dpa)</p>") == "dpa"

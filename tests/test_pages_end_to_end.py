"""Real pages checked end to end as a new user would, each case a wrong report found that way.

The pages' quotations, marks and layout are kept exactly; the prose around them is reworded.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def checker(shipped_checker):
    return shipped_checker


def test_a_poem_page_labelled_poem_is_not_a_claim_by_someone_called_poem(checker, tmp_path):
    # catholiclane.com prints Dickinson's poem under the line 'Poem: "'Hope' is the Thing with
    # Feathers--"' and her name under it: the label was read as a speaker ("misattributed: the corpus
    # has no works by Poem"), and the one word "Hope", quoted inside the poem, was checked on its own
    page = tmp_path / "hope-poem.txt"
    page.write_text(
        "Poem: \"'Hope' is the Thing with Feathers--\"\n\n"
        '"Hope" is the thing with feathers--\nThat perches in the soul--\n'
        "And sings the tune without the words--\nAnd never stops--at all--\n\n"
        "And sweetest--in the Gale--is heard--\nAnd sore must be the storm--\n"
        "That could abash the little Bird\nThat kept so many warm--\n\n"
        "I've heard it in the chillest land--\nAnd on the strangest Sea--\n"
        "Yet, never, in Extremity,\nIt asked a crumb--of Me.\n\n"
        "Emily Dickinson\n\n"
        "She was born in Amherst in 1830, and wrote most of her poems in her father's house.\n",
        encoding="utf-8",
    )
    result = checker.check(page, store=False)
    checked = [(r.match.verdict, r.match.source.author) for r in result.quotes if r.match]
    assert checked == [("verbatim", "Emily Dickinson")] * 2
    inner = [r for r in result.quotes if r.quote.text == "Hope" and r.quote.kind == "quotation"]
    assert inner and inner[0].match is None and "not checked" in inner[0].note


def test_a_heading_naming_a_thing_is_not_whom_he_means(checker, tmp_path):
    # a real review of The Wealth of Nations (haenonmendes.com, 2025) under the heading "The Pin
    # Factory and the Danger of Specialization": "He argued" was read as the Pin Factory arguing, and
    # Smith's own words came out misattributed to it
    page = tmp_path / "smith-review.txt"
    page.write_text(
        "The Pin Factory and the Danger of Specialization\n\n"
        'He argued that a man who spends his whole life performing a few simple operations "becomes as '
        'stupid and ignorant as it is possible for a human creature to become." The economy needs '
        "specialization, the soul needs variety.\n",
        encoding="utf-8",
    )
    (result,) = [r for r in checker.check(page, store=False).quotes if r.match]
    assert result.quote.claimed_author is None
    assert result.match.verdict == "verbatim" and result.match.source.author == "Adam Smith"

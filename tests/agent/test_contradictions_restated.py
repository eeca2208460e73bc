"""Right answers said in other words than the notes are not contradicted, and the wrong
claim on the same notes still is. Each case is a shape seen on a strong answer of a
blind set or in a real interview on the sample notes."""

from __future__ import annotations

from scoring_fixtures import contradicted

BUG_QUESTION = "Tell me about a bug you couldn't reproduce and how you tracked it down."
BUG = "- ~1 in 20k checkouts charged twice, only in prod, never locally / staging"


def test_an_english_denied_verb_reaches_its_phrase():
    """ "could never make it happen locally" denies "locally" four words on, as the
    notes' "never locally" does: both deny it, no flip."""
    right = "I could never make it happen locally or in staging."
    assert contradicted(BUG, right, BUG_QUESTION) == []
    wrong = "It happened locally all the time, and in staging too."
    assert contradicted(BUG, wrong, BUG_QUESTION) != []


FEEDBACK_QUESTION = "Tell me about a time you had to give a teammate difficult feedback."
FEEDBACK = "- asked Tom for a private 1:1 coffee\n- said the juniors stopped asking him questions"


def test_a_one_to_one_is_no_count_of_one():
    """ "1:1" names a meeting of two (or a ratio), not one of something and one of another:
    "just the two of us" is no other figure."""
    right = "I asked Tom for a private coffee, just the two of us."
    assert contradicted(FEEDBACK, right, FEEDBACK_QUESTION) == []


SQL_QUESTION = "Walk me through the text-to-SQL assistant you built."
SQL = "- goal: let PMs ask the warehouse questions w/o writing SQL"


def test_notes_shorthand_w_slash_o_is_without():
    right = "The idea was to let product managers query the warehouse without writing SQL."
    assert contradicted(SQL, right, SQL_QUESTION) == []
    wrong = "The idea was that PMs still write SQL to ask the warehouse questions."
    assert contradicted(SQL, wrong, SQL_QUESTION) != []

"""Right English answers that rejected, or said, what the notes say of another situation
are not contradicted; the wrong claim on the same notes still is. Each case is a shape
seen on a right answer of a blind set marked "contradicts your notes"."""

from __future__ import annotations

from scoring_fixtures import contradicted

DECODING_QUESTION = "What is teacher forcing?"
DECODING = (
    "- training: each step is fed the reference token, not the decoder's own guess\n"
    "- inference: no reference -> the decoder feeds on its own guesses\n"
    "- the decoder never sees its own errors in training -> errors pile up on long outputs"
)


def test_a_clause_opening_with_not_the_rejects_its_noun_phrase_whole():
    """ "…, not the decoder's own guess" rejects the whole phrase, as "instead of" does:
    an answer rejecting the same thing agrees with that point, and with the points that
    say "own" of inference."""
    right = "During training you give it the reference token instead of the decoder's own guess."
    assert contradicted(DECODING, right, DECODING_QUESTION) == []
    wrong = "In training each step gets the decoder's own guess rather than the reference token."
    assert contradicted(DECODING, wrong, DECODING_QUESTION) != []


def test_a_claim_said_of_another_points_situation_flips_nothing():
    """ "At inference … feeds on its own guesses" says the inference point's claim; the
    training point's "not the decoder's own guess" is about another situation."""
    right = "At inference there is no reference, so the decoder has to feed on its own guesses."
    assert contradicted(DECODING, right, DECODING_QUESTION) == []
    wrong = "During training the decoder is fed its own guesses, not the reference token."
    assert contradicted(DECODING, wrong, DECODING_QUESTION) != []


CALIBRATION_QUESTION = "How do you calibrate a classifier's scores?"
CALIBRATION = "- temperature scaling: fit on a held-out set, NOT the training data"


def test_a_denied_kind_of_a_noun_is_no_denial_of_the_noun():
    """ "not the training set" denies that set, not the held-out one, and "not the
    training data" is no flip of "held-out data"."""
    right = "Fit the temperature on held-out data, not the training set."
    assert contradicted(CALIBRATION, right, CALIBRATION_QUESTION) == []
    wrong = "Fit the temperature on the training data, that is enough."
    assert contradicted(CALIBRATION, wrong, CALIBRATION_QUESTION) != []


INTRO_QUESTION = "Give me a quick intro: your background and what you are working on now."
INTRO = (
    "- 2020-now: ML lead at a marketplace, catalogue quality\n"
    "- why this role: more modelling, less pipeline work"
)


def test_plain_words_of_a_question_that_compares_nothing_are_no_names_to_swap():
    """ "working on now" makes "work" and "now" head a point each; the question sets no
    two things against each other, so a clause with one and the other's words is no swap
    (which "LayerNorm 和 BatchNorm", "Adam differ from SGD" questions still catch)."""
    right = (
        "Since 2020 I lead the catalogue quality ML work at a marketplace. What I want now"
        " is more modelling and spending less of my time on pipelines."
    )
    assert contradicted(INTRO, right, INTRO_QUESTION) == []


NOISE_QUESTION = "How would you find mislabelled examples in a dataset?"
NOISE = (
    "- cross-validated predictions: flag items whose given label disagrees with a confident"
    " prediction"
)


def test_a_mismatch_said_as_one_thing_not_being_the_other_is_no_denial():
    """ "a class that isn't the given label" says what "the given label disagrees with"
    does; denying the mismatch itself still flips it."""
    right = "Flag the items where the model is confident about a class that isn't the given label."
    assert contradicted(NOISE, right, NOISE_QUESTION) == []
    matching = "Flag the items where the confident prediction doesn't match the given label."
    assert contradicted(NOISE, matching, NOISE_QUESTION) == []
    wrong = "Never flag items whose given label disagrees with a confident prediction."
    assert contradicted(NOISE, wrong, NOISE_QUESTION) != []


BATCHING_QUESTION = "What is continuous batching in LLM serving?"
BATCHING = (
    "- static batching: batch fixed up front, runs until the longest sequence finishes ->"
    " short sequences done early sit idle as padding, new requests wait in the queue\n"
    "- continuous: the scheduler runs every decode step -> waiting requests join right away"
)


def test_rejecting_the_thing_another_label_names_agrees_with_the_notes():
    """The first point describes static batching, not the batching asked about: "instead
    of waiting for the whole batch to finish" rejects it as the notes do, and tells no
    mapping the other way."""
    right = "Instead of waiting for the whole batch to finish, waiting requests join right away."
    assert contradicted(BATCHING, right, BATCHING_QUESTION) == []
    joining = (
        "Instead of waiting for the whole batch to finish, new requests can join as soon as"
        " others finish."
    )
    assert contradicted(BATCHING, joining, BATCHING_QUESTION) == []


NEWS_QUESTION = "Tell me about a time you had to give stakeholders bad news."
NEWS = "- told my manager the same day -> did NOT wait for the quarterly review"


def test_a_verb_negation_reaches_the_end_of_its_phrase_in_the_notes():
    """ "did NOT wait for the quarterly review" denies waiting for the review, so an
    answer rejecting the wait ("rather than waiting for the quarterly review") agrees."""
    right = "I told my manager the same day rather than waiting for the quarterly review."
    assert contradicted(NEWS, right, NEWS_QUESTION) == []


PPL_QUESTION = "What is perplexity, and what are its pitfalls?"
PPL = "- PPL = exp(mean per-token cross-entropy)"


def test_a_word_used_as_a_verb_is_not_the_notes_noun():
    """ "doesn't mean the model is good" denies a meaning, not the average of "exp(mean
    cross-entropy)"; denying the formula itself still flips it."""
    right = (
        "Perplexity is the exp of the average per-token cross-entropy. A low perplexity doesn't"
        " mean the model is good at tasks."
    )
    assert contradicted(PPL, right, PPL_QUESTION) == []
    wrong = "Perplexity is not the exp of the mean per-token cross-entropy."
    assert contradicted(PPL, wrong, PPL_QUESTION) != []


QE_QUESTION = "Walk me through the translation quality estimation project."
QE = "- ~45% needed no edit at all -> wasted spend"


def test_a_verb_said_in_the_answer_flips_no_denied_noun():
    """ "needed no edit" denies an edit (a noun); "how much a human would need to edit"
    uses the verb and says nothing of how many segments needed none."""
    right = (
        "We trained a model that predicts how much a human would need to edit a machine"
        " translation."
    )
    assert contradicted(QE, right, QE_QUESTION) == []


INTRO_RESULT = "- result: post-editing volume -31%, ~$1.4M/yr saved"


def test_a_decimal_said_aloud_is_the_notes_figure():
    """ "one point four million dollars" is the notes' $1.4M, not four million."""
    right = (
        "Post-editing volume went down thirty-one percent, saving about one point four million"
        " dollars a year."
    )
    assert contradicted(INTRO_RESULT, right, INTRO_QUESTION) == []
    wrong = "Post-editing volume went down thirty-one percent, saving four million dollars a year."
    assert contradicted(INTRO_RESULT, wrong, INTRO_QUESTION) != []

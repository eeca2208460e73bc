"""Where a key point's sentence ends: not at an abbreviation's dot, and a citation is
no part of it."""

from __future__ import annotations

from agent.keypoints import key_points


def test_a_citation_or_an_abbreviation_cuts_no_point():
    notes = (
        "**GPTQ** (Frantar et al. 2022): layer by layer, the inverse Hessian corrects the error\n"
        "- adapters, e.g. LoRA. They train less"
    )
    texts = [p.text for p in key_points(notes, 99)]
    assert not any("et al" in t or "2022" in t for t in texts)
    assert "GPTQ: layer by layer, the inverse Hessian corrects the error" in texts
    assert not any(t.rstrip().endswith("e.g") for t in texts)

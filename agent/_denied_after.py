"""Denials said after the thing they deny: "Gumbel-softmax isn't really needed", "a
reranker is unnecessary", "leakage never occurs", "数据增广也没做", "重排根本没上"."""

from __future__ import annotations

import re

# "Gumbel-softmax isn't really needed", "a reranker is unnecessary", "a supervised classifier
# wasn't realistic": denied after the term
_EVEN = r"(?:也|都|就|还|根本|压根|完全|其实)?"  # "也没做", "根本没上"
DENIED_AFTER = re.compile(
    r"[\w-]*(?:\s+[a-z]+)?\s+(?:is|are|was|were)(?:\s*n't|\s+not)\s+(?:really\s+|even\s+|actually\s+)?"
    r"(?:needed|necessary|required|realistic|feasible|practical|viable|an option)\b"
    r"|[\w-]*\s+(?:is|are|was|were)\s+(?:unnecessary|unrealistic|infeasible|impractical)\b"
    # "false passes basically don't happen", "leakage never occurs": said not to exist
    r"|[\w-]*\s+(?:basically\s+|really\s+|almost\s+|just\s+)?"
    r"(?:don't|doesn't|do not|does not|never|can't|cannot)\s+(?:really\s+)?"
    r"(?:happen|occur|exist)s?\b"
    # "数据增广也没做", "重排根本没上": a Chinese act denied after its object
    rf"|\s*{_EVEN}(?:没有?|未)(?:做|用|加|上|搞|开|试|砍|删|跑|换|停|动)(?![\u4e00-\u9fff]?[好完的])"
    rf"|\s*{_EVEN}没必要"
    # "实时特征也不是我搭的": the act said not to be one's own
    rf"|\s*{_EVEN}不是(?:我|我们)[\u4e00-\u9fff]{{1,2}}的",
    re.IGNORECASE,
)

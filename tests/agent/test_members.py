"""Members put in the wrong group (agent._members): the notes list what belongs under
each label, and a wrong answer files a member under another label."""

from __future__ import annotations

from agent._coverage import measure
from agent._members import misplaced_members
from agent.keypoints import Point

QUESTION = "When would you pick a row store or a column store?"
STORES = [
    Point(text="OLTP: many small transactions, row layout (MySQL, PostgreSQL)"),
    Point(text="OLAP: big scans over few columns (ClickHouse, Snowflake)"),
    Point(text="billing, orders -> OLTP; dashboards, reports -> OLAP"),
]


def _statuses(answer: str) -> list[str]:
    return measure(STORES, answer, QUESTION).statuses


def test_a_listed_member_given_to_the_other_label_contradicts_its_point():
    assert _statuses("ClickHouse is the classic OLTP database.")[1] == "contradicted"
    assert _statuses("PostgreSQL is an OLAP engine built for scans.")[0] == "contradicted"


def test_what_an_arrow_files_under_a_label_is_a_member_too():
    assert _statuses("For billing I would pick an OLAP store.")[2] == "contradicted"


def test_members_under_their_own_labels_contradict_nothing():
    right = (
        "MySQL and PostgreSQL are OLTP, while ClickHouse is OLAP. Unlike MySQL, Snowflake is"
        " OLAP. Billing goes to OLTP and dashboards to OLAP. ClickHouse is not OLTP."
    )
    assert "contradicted" not in _statuses(right)


def test_a_member_two_labels_list_or_notes_with_one_label_find_nothing():
    both = [
        Point(text="AP: keep answering (Cassandra, DynamoDB)"),
        Point(text="CP: refuse on the minority side (etcd, DynamoDB)"),
    ]
    assert misplaced_members(both, ["DynamoDB is CP."], "What is CAP?") == []
    one = [Point(text="OLTP: small transactions (MySQL, PostgreSQL)")]
    assert misplaced_members(one, ["MySQL is OLAP."], QUESTION) == []

"""LISTE DES ERREURS on the demo data: every line names the events it blocks, and the header's count
is the number of events the lines name."""
from __future__ import annotations

import re

from tests.ui.test_send_choice import LRE_INCOMPATIBLE, _all_ids, _open, events  # noqa: F401  (fixture)


def test_each_line_names_the_events_it_blocks_and_the_count_matches(qtbot, events, demo_context):  # noqa: F811
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.show_recap()
    recap, table = dialog.recap, dialog.recap.table
    assert table.horizontalHeaderItem(2).text() == "Evénements bloqués"
    titles = {check.event_id: check.tab_title for check in dialog.choice.batch.events}
    named: set[int] = set()
    for row, line in enumerate(recap.lines):
        shown = table.item(row, 2).text().split("\n")
        assert shown == [titles[event_id] for event_id in line.event_ids]
        named |= set(line.event_ids)
    count = int(re.search(r"(\d+)$", recap.count.text()).group(1))
    assert named == LRE_INCOMPATIBLE and count == len(named) == 18
    # S003 has no payment method: one line, which names its 8 events.
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Entité : S003")
    assert len(table.item(row, 2).text().split("\n")) == 8
    assert "MEURSAULT" not in table.item(row, 2).text()       # event 1 is S001's
    # Its comment and its events are shown whole: the row is as tall as its wrapped text.
    qtbot.waitUntil(lambda: table.rowHeight(row) >= 8 * table.fontMetrics().lineSpacing())
    # One line per rule and place: no line twice.
    places = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert len(places) == len(set(places))

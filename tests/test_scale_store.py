"""Reading a place of a long work by a binary search over its passages gives what a scan gives."""

from __future__ import annotations

from quotecheck.store.works import cite, locate, work_text


def _longest_work(db) -> int:
    return db.execute("SELECT work_id FROM passages GROUP BY work_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]


def _scanned_place(db, work_id: int, offset: int) -> str:
    """Where ``offset`` lies, found as SQLite finds it by reading the work's passages backwards."""
    row = db.execute(
        "SELECT p.start, p.paragraph, p.text, s.heading FROM passages p LEFT JOIN sections s ON s.id = p.section_id "
        "WHERE p.work_id = ? AND p.start <= ? ORDER BY p.seq DESC LIMIT 1",
        [work_id, offset],
    ).fetchone()
    if row is None:
        return ""
    start, paragraph, text, heading = row
    return cite(heading, paragraph, text, offset - start)


def test_spans_of_a_long_work_read_as_the_whole_text_has_them(shipped_db):
    work_id = _longest_work(shipped_db)
    whole = work_text(shipped_db, work_id)
    assert len(whole) > 1_000_000  # the King James Bible: thousands of passages
    first = shipped_db.execute("SELECT min(start) FROM passages WHERE work_id = ?", [work_id]).fetchone()[0]
    for start in (first, first + 1, 12_345, len(whole) // 2, len(whole) - 50 + first):
        for length in (1, 300, 5_000):
            assert work_text(shipped_db, work_id, start, start + length) == whole[start - first : start - first + length]
    assert work_text(shipped_db, work_id, first + len(whole) + 10, first + len(whole) + 20) == ""


def test_a_place_is_located_in_the_passage_a_scan_finds(shipped_db):
    work_id = _longest_work(shipped_db)
    ends = shipped_db.execute(
        'SELECT start, "end" FROM passages WHERE work_id = ? ORDER BY seq LIMIT 40', [work_id]
    ).fetchall()
    probes = [s for s, _ in ends] + [e - 1 for _, e in ends] + [e for _, e in ends] + [-1, 2_000_000, 10**9]
    places = [locate(shipped_db, work_id, p) for p in probes]
    assert len(set(places)) > 10  # chapters and paragraphs, not one answer for all
    assert places == [_scanned_place(shipped_db, work_id, p) for p in probes]

"""Reading the workspace back into domain objects, in the order the screens show them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, Snapshot, SnapshotEntry
from desktop_app.domain.research import Target
from desktop_app.storage.codec import quarter_of, ref_of
from desktop_app.storage.codec import text_to_dec as dec

if TYPE_CHECKING:  # imported where the rows are made: the first paint reads none of them
    from desktop_app.domain.line_def import LineDef
    from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
    from desktop_app.domain.scorecard import ScorecardLine
    from desktop_app.domain.statements import CloudRead, Statement
    from desktop_app.storage.change_log_entry import ChangeLogEntry


def sources(conn: sqlite3.Connection) -> list[Source]:
    rows = conn.execute(
        "SELECT note_id, file, broker, published, title_zh, title_en FROM sources ORDER BY id"
    )
    return [Source(*row) for row in rows]


_COMPANY = "SELECT ticker, name_en, name_zh, fy_end_month, cloud_segment FROM companies"


def companies(conn: sqlite3.Connection, include_removed: bool = False) -> list[Company]:
    where = "" if include_removed else " WHERE covered = 1"
    rows = conn.execute(f"{_COMPANY}{where} ORDER BY position, ticker")
    return [Company(t, en, zh, int(m), seg) for t, en, zh, m, seg in rows]


def company(conn: sqlite3.Connection, ticker: str) -> Company | None:
    row = conn.execute(f"{_COMPANY} WHERE ticker = ?", (ticker,)).fetchone()
    return Company(row[0], row[1], row[2], int(row[3]), row[4]) if row else None


def covered_tickers(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT ticker FROM companies WHERE covered = 1 ORDER BY position, ticker")
    return [r[0] for r in rows]


def line_defs(conn: sqlite3.Connection, company_ticker: str) -> list[LineDef]:
    from desktop_app.domain.line_def import LineDef

    rows = conn.execute(
        "SELECT company, key, label, printed_label, section, kind, polarity, position, numerator,"
        " denominator, label_zh, unit FROM line_defs WHERE company = ? ORDER BY position, key",
        (company_ticker,),
    )
    return [
        LineDef(c, k, lab, pl, sec, Kind(kind), Polarity(int(pol)), int(pos), num or None, den or None,
                label_zh=zh, unit=unit)
        for c, k, lab, pl, sec, kind, pol, pos, num, den, zh, unit in rows
    ]


def periods(conn: sqlite3.Connection, company_ticker: str) -> list[Quarter]:
    rows = conn.execute(
        "SELECT DISTINCT fiscal_year, fiscal_quarter FROM scorecard_lines WHERE company = ?"
        " ORDER BY fiscal_year, fiscal_quarter",
        (company_ticker,),
    )
    return [quarter_of(y, q) for y, q in rows]


_SCORECARD = (
    "SELECT s.company, s.fiscal_year, s.fiscal_quarter, s.line, s.actual, s.consensus, s.guidance,"
    " s.printed_actual_vs_consensus, s.printed_actual_vs_guidance,"
    " s.printed_guidance_vs_consensus, s.printed_yoy, s.printed_qoq, s.note_id, s.figure,"
    " s.source_line, s.remark FROM scorecard_lines s"
    " JOIN companies c ON c.ticker = s.company"
    " JOIN line_defs d ON d.company = s.company AND d.key = s.line"
)


def _scorecard_lines(rows: Iterable[tuple[Any, ...]]) -> list[ScorecardLine]:
    from desktop_app.domain.scorecard import Printed, ScorecardLine

    return [
        ScorecardLine(
            company_ticker, quarter_of(year, quarter), line, dec(actual), dec(consensus), dec(guidance),
            Printed(dec(avc), dec(avg), dec(gvc), dec(yoy), dec(qoq)),
            ref_of(note_id, figure, source_line), remark,
        )
        for (company_ticker, year, quarter, line, actual, consensus, guidance,
             avc, avg, gvc, yoy, qoq, note_id, figure, source_line, remark) in rows
    ]


def scorecard_lines(
    conn: sqlite3.Connection, company_ticker: str | None = None, period: Quarter | None = None
) -> list[ScorecardLine]:
    clauses: list[str] = []
    params: list[object] = []
    if company_ticker is not None:
        clauses.append("s.company = ?")
        params.append(company_ticker)
    if period is not None:
        clauses.append("s.fiscal_year = ? AND s.fiscal_quarter = ?")
        params += [period.year, period.quarter]
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    order = " ORDER BY c.position, s.company, s.fiscal_year, s.fiscal_quarter, d.position, s.line"
    return _scorecard_lines(conn.execute(_SCORECARD + where + order, params))


def scorecard_line(
    conn: sqlite3.Connection, company_ticker: str, period: Quarter, line: str
) -> ScorecardLine | None:
    row = conn.execute(
        _SCORECARD + " WHERE s.company = ? AND s.fiscal_year = ? AND s.fiscal_quarter = ?"
        " AND s.line = ?",
        (company_ticker, period.year, period.quarter, line),
    ).fetchone()
    return _scorecard_lines([row])[0] if row else None


def forecasts(conn: sqlite3.Connection) -> list[Forecast]:
    from desktop_app.domain.research_tables import Forecast

    rows = conn.execute(
        "SELECT company, year, metric, value, unit, printed_change_pct, note_id, figure,"
        " source_line FROM forecasts ORDER BY id"
    )
    return [
        Forecast(c, y, m, dec(v), u, dec(p), ref_of(n, f, line))  # type: ignore[arg-type]
        for c, y, m, v, u, p, n, f, line in rows
    ]


def targets(conn: sqlite3.Connection) -> list[Target]:
    rows = conn.execute(
        "SELECT company, rating, share_price, market_cap_bn, target_new, target_old, printed_upside,"
        " printed_target_change, valuation_new, valuation_old, remark, note_id, figure, source_line"
        " FROM targets ORDER BY id"
    )
    return [
        Target(c, rating, dec(sp), dec(mc), dec(tn), dec(to), dec(up), dec(tc), vn, vo, remark,
               ref_of(n, f, line))
        for c, rating, sp, mc, tn, to, up, tc, vn, vo, remark, n, f, line in rows
    ]


def supply_chain(conn: sqlite3.Connection) -> list[SupplyChainEntry]:
    from desktop_app.domain.research_tables import SupplyChainEntry

    rows = conn.execute(
        "SELECT csp, ticker, name_zh, name_en, analyst_zh, rating_zh, rating_en, target_ntd,"
        " revenue_share, product_zh, product_en, note_id, figure, source_line"
        " FROM supply_chain ORDER BY id"
    )
    return [
        SupplyChainEntry(csp, t, nz, ne, an, rz, ren, dec(tp), share, pz, pe,
                         ref_of(n, f, line))  # type: ignore[arg-type]
        for csp, t, nz, ne, an, rz, ren, tp, share, pz, pe, n, f, line in rows
    ]


def statements(conn: sqlite3.Connection, topic: str | None = None) -> list[Statement]:
    from desktop_app.domain.statements import Statement

    sql = (
        "SELECT key, topic, company, period, metric, value, unit, text_zh, text_en, note_id,"
        " figure, source_line FROM statements"
    )
    params: tuple[object, ...] = ()
    if topic is not None:
        sql += " WHERE topic = ?"
        params = (topic,)
    rows = conn.execute(sql + " ORDER BY id", params)
    return [
        Statement(k, top, c or None, p, m, dec(v), u, zh, en, ref_of(n, f, line))  # type: ignore[arg-type]
        for k, top, c, p, m, v, u, zh, en, n, f, line in rows
    ]


def cloud_reads(conn: sqlite3.Connection) -> list[CloudRead]:
    from desktop_app.domain.statements import CloudRead

    rows = conn.execute(
        "SELECT note_id, period, position, company, segment, growth_trend_zh, growth_trend_en,"
        " vs_consensus, vs_consensus_unit, figure, source_line FROM cloud_reads"
        " ORDER BY id"
    )
    return [
        CloudRead(n, p, int(pos), c, seg, zh, en, dec(vs), unit, ref_of(n, f, line))  # type: ignore[arg-type]
        for n, p, pos, c, seg, zh, en, vs, unit, f, line in rows
    ]


def ranking(conn: sqlite3.Connection) -> list[RankEntry]:
    rows = conn.execute("SELECT ticker, rationale FROM ranking ORDER BY rank")
    return [RankEntry(t, r) for t, r in rows]


def snapshot_ids(conn: sqlite3.Connection) -> list[int]:
    """Every snapshot's id, oldest first (how many there are, without reading them)."""
    return [int(r[0]) for r in conn.execute("SELECT snapshot_id FROM snapshots ORDER BY snapshot_id")]


def snapshots(conn: sqlite3.Connection, snapshot_id: int | None = None,
              since: int | None = None, only: Sequence[int] | None = None) -> list[Snapshot]:
    """Oldest first: all, the one `snapshot_id`, those from id `since` on (the newest ones), or
    those whose ids are in `only`."""
    where: str = ""
    params: tuple[int, ...] = ()
    if snapshot_id is not None:
        where, params = " WHERE snapshot_id = ?", (snapshot_id,)
    elif since is not None:
        where, params = " WHERE snapshot_id >= ?", (int(since),)
    elif only is not None:
        params = tuple(int(i) for i in only)
        where = f" WHERE snapshot_id IN ({', '.join('?' * len(params))})" if params else " WHERE 1 = 0"
    heads = conn.execute(
        "SELECT snapshot_id, label, taken_on, note, source_note FROM snapshots"
        f"{where} ORDER BY snapshot_id",
        params,
    ).fetchall()
    entries: dict[int, list[SnapshotEntry]] = {h[0]: [] for h in heads}
    rows = conn.execute(
        "SELECT snapshot_id, rank, ticker, rationale, reason_zh FROM snapshot_entries"
        f"{where} ORDER BY snapshot_id, rank",
        params,
    )
    for sid, rank, ticker, rationale, reason_zh in rows:
        entries[sid].append(SnapshotEntry(int(rank), ticker, rationale, reason_zh))
    return [
        Snapshot(sid, label, taken_on, note, tuple(entries[sid]), source_note)
        for sid, label, taken_on, note, source_note in heads
    ]


def reference_snapshots(conn: sqlite3.Connection) -> list[Snapshot]:
    """The snapshots taken from a broker note and the newest one, oldest first: what the ranking
    list compares with, without reading years of other snapshots."""
    ids = [int(r[0]) for r in conn.execute(
        "SELECT snapshot_id FROM snapshots WHERE source_note != ''"
        " OR snapshot_id = (SELECT max(snapshot_id) FROM snapshots) ORDER BY snapshot_id")]
    return [s for snapshot_id in ids for s in snapshots(conn, snapshot_id)]


def change_log(conn: sqlite3.Connection, limit: int | None = None,
               before: int | None = None) -> list[ChangeLogEntry]:
    """Newest first; with `before`, only rows older than change-log row `before` (one page of a
    long log: the primary key finds the page without reading the newer rows)."""
    from desktop_app.storage.change_log_entry import ChangeLogEntry

    sql = "SELECT entry_id, at, kind, summary, detail, author FROM change_log"
    params: tuple[object, ...] = ()
    if before is not None:
        sql += " WHERE entry_id < ?"
        params = (int(before),)
    sql += " ORDER BY entry_id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params = (*params, max(0, int(limit)))
    return [ChangeLogEntry(int(i), at, k, s, d, a) for i, at, k, s, d, a in conn.execute(sql, params)]


def changes_after(conn: sqlite3.Connection, entry_id: int) -> list[ChangeLogEntry]:
    """The change-log rows newer than `entry_id`, oldest first."""
    from desktop_app.storage.change_log_entry import ChangeLogEntry

    rows = conn.execute(
        "SELECT entry_id, at, kind, summary, detail, author FROM change_log WHERE entry_id > ?"
        " ORDER BY entry_id", (int(entry_id),))
    return [ChangeLogEntry(int(i), at, k, s, d, a) for i, at, k, s, d, a in rows]


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())

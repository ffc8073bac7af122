"""Filling a new workspace from the seed data set, inside the transaction that creates it.

Coverage order is the order of the companies file. The current ranking is the latest snapshot's
order, each name with that snapshot's rationale; covered names the snapshot does not list follow
in coverage order with an empty rationale.
"""

from __future__ import annotations

import sqlite3

from desktop_app.domain.ranking import RankEntry
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.io.seed_data import SeedData
from desktop_app.storage import schema_v3
from desktop_app.storage.codec import dec_to_text as d
from desktop_app.storage.codec import ref_cells, utc_now


def initial_ranking(seed: SeedData) -> list[RankEntry]:
    """The latest snapshot's order with its rationales, completed with any covered name it lacks."""
    covered = [c.ticker for c in seed.companies]
    entries: list[RankEntry] = []
    if seed.snapshots:
        latest = seed.snapshots[-1]
        for entry in sorted(latest.entries, key=lambda e: e.rank):
            if entry.ticker in covered:
                entries.append(RankEntry(entry.ticker, entry.rationale))
    listed = {e.ticker for e in entries}
    entries += [RankEntry(t) for t in covered if t not in listed]
    return entries


def fill(conn: sqlite3.Connection, seed: SeedData) -> None:
    """Insert every seed record; the caller holds the transaction."""
    if not seed.companies:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "the seed data set has no companies"))
    now = utc_now()
    conn.executemany(
        "INSERT INTO sources (note_id, file, broker, published, title_zh, title_en)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(s.note_id, s.file, s.broker, s.published, s.title_zh, s.title_en) for s in seed.sources],
    )
    conn.executemany(
        "INSERT INTO companies (ticker, position, covered, name_en, name_zh, fy_end_month,"
        " cloud_segment) VALUES (?, ?, 1, ?, ?, ?, ?)",
        [(c.ticker, i, c.name_en, c.name_zh, c.fy_end_month, c.cloud_segment)
         for i, c in enumerate(seed.companies, start=1)],
    )
    conn.executemany(
        "INSERT INTO line_defs (company, key, label, printed_label, section, kind, polarity,"
        " position, numerator, denominator, label_zh, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(x.company, x.key, x.label, x.printed_label, x.section, x.kind.value, int(x.polarity.value),
          x.position, x.numerator, x.denominator, x.label_zh, x.unit) for x in seed.lines],
    )
    conn.executemany(
        "INSERT INTO scorecard_lines (company, fiscal_year, fiscal_quarter, line, actual, consensus,"
        " guidance, printed_actual_vs_consensus, printed_actual_vs_guidance,"
        " printed_guidance_vs_consensus, printed_yoy, printed_qoq, note_id, figure, source_line,"
        " remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s.company, s.period.year, s.period.quarter, s.line, d(s.actual), d(s.consensus),
          d(s.guidance), d(s.printed.actual_vs_consensus), d(s.printed.actual_vs_guidance),
          d(s.printed.guidance_vs_consensus), d(s.printed.yoy), d(s.printed.qoq),
          *ref_cells(s.source), s.remark) for s in seed.scorecard],
    )
    conn.executemany(
        "INSERT INTO forecasts (company, year, metric, value, unit, printed_change_pct, note_id,"
        " figure, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(f.company, f.year, f.metric, d(f.value), f.unit, d(f.printed_change_pct),
          *ref_cells(f.source)) for f in seed.forecasts],
    )
    conn.executemany(
        "INSERT INTO targets (company, rating, share_price, market_cap_bn, target_new, target_old,"
        " printed_upside, printed_target_change, valuation_new, valuation_old, remark, note_id,"
        " figure, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(t.company, t.rating, d(t.share_price), d(t.market_cap_bn), d(t.target_new),
          d(t.target_old), d(t.printed_upside), d(t.printed_target_change), t.valuation_new,
          t.valuation_old, t.remark, *ref_cells(t.source)) for t in seed.targets],
    )
    conn.executemany(
        "INSERT INTO supply_chain (csp, ticker, name_zh, name_en, analyst_zh, rating_zh, rating_en,"
        " target_ntd, revenue_share, product_zh, product_en, note_id, figure, source_line)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s.csp, s.ticker, s.name_zh, s.name_en, s.analyst_zh, s.rating_zh, s.rating_en,
          d(s.target_ntd), s.revenue_share, s.product_zh, s.product_en, *ref_cells(s.source))
         for s in seed.supply_chain],
    )
    conn.executemany(
        "INSERT INTO statements (key, topic, company, period, metric, value, unit, text_zh, text_en,"
        " note_id, figure, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s.key, s.topic, s.company, s.period, s.metric, d(s.value), s.unit, s.text_zh, s.text_en,
          *ref_cells(s.source)) for s in seed.statements],
    )
    conn.executemany(
        "INSERT INTO cloud_reads (note_id, period, position, company, segment, growth_trend_zh,"
        " growth_trend_en, vs_consensus, vs_consensus_unit, figure, source_line)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.note_id, r.period, r.position, r.company, r.segment, r.growth_trend_zh,
          r.growth_trend_en, d(r.vs_consensus), r.vs_consensus_unit, r.source.figure,
          r.source.line) for r in seed.cloud_reads],
    )
    for snap in seed.snapshots:
        conn.execute(
            "INSERT INTO snapshots (snapshot_id, label, taken_on, note, source_note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (snap.snapshot_id, snap.label, snap.taken_on, snap.note, snap.source_note, now),
        )
        conn.executemany(
            "INSERT INTO snapshot_entries (snapshot_id, rank, ticker, rationale, reason_zh)"
            " VALUES (?, ?, ?, ?, ?)",
            [(snap.snapshot_id, e.rank, e.ticker, e.rationale, e.reason_zh) for e in snap.entries],
        )
    conn.executemany(
        "INSERT INTO ranking (rank, ticker, rationale) VALUES (?, ?, ?)",
        [(i, e.ticker, e.rationale) for i, e in enumerate(initial_ranking(seed), start=1)],
    )
    schema_v3.backfill_market(conn)  # Figure 1's prices and targets as the first dated history

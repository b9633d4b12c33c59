"""Headlines, variety and headline-angle figures of the template writer, on real bars and the demo.

    .venv/bin/python scripts/angles_report.py [--demo] [--real] [--show]

Real data: SPY, QQQ, IWM and DIA from ../shared/realdata/ohlcv (kittycapital, yfinance daily bars),
the VIX from datahub, the S&P 500 and Nasdaq 100 indexes from slow-turtle-research (files linked into
a temporary folder, never copied into the project); no news. Demo: the bundled fixtures, with news.

Figures printed:
- same-day sharing: of all sentences (analysis, dek, cross-market, take) of one session's articles,
  the share whose masked form (numbers and names replaced) appears in two or more of them (and the
  same without the news paragraph, whose quotes of one session's stories recur by design);
- consecutive-day sharing: of one instrument's article on a session, the share of masked sentences
  also found in its article on the previous session of the list;
- headline frames: the masked headline most used, as a share of all headlines;
- headline vs biggest event: the share of articles whose headline names the top-ranked angle
  (pipeline.angles) when that angle is an event bigger than a range still holding.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "realdata" / "ohlcv"
SYMBOLS = ("SPY", "QQQ", "IWM", "DIA")
REAL_SESSIONS = tuple(date.fromisoformat(d) for d in (
    "2026-02-02", "2026-02-03", "2026-04-07", "2026-04-08", "2026-04-09", "2026-06-04",
    "2026-06-05", "2026-07-21", "2026-07-22", "2026-07-23", "2026-08-20", "2026-08-21"))
DEMO_SESSION = date(2026, 11, 20)
LINKS = {"SPY.csv": "kittycapital_etf-seasonality/SPY.csv",
         "QQQ.csv": "kittycapital_etf-seasonality/QQQ.csv",
         "IWM.csv": "kittycapital_etf-seasonality/IWM.csv",
         "DIA.csv": "kittycapital_etf-seasonality/DIA.csv",
         "idx_VIX.csv": "datahub_finance-vix/vix-daily.csv",
         "idx_GSPC.csv": "slow-turtle-research/IDX_GSPC.csv",
         "idx_NDX.csv": "slow-turtle-research/IDX_NDX.csv"}


def real_config(folder: Path) -> Path:
    bars = folder / "bars"
    bars.mkdir()
    for name, source in LINKS.items():
        (bars / name).symlink_to(REAL / source)
    config = folder / "newsdesk.toml"
    config.write_text(f'[market]\ncsv_dir = "{bars}"\noptions_provider = "none"\n'
                      '[market.macro]\nten_year_yield = ""\ndollar_index = ""\n'
                      f'[store]\nurl = "sqlite:///{folder}/store.db"\n', "utf-8")
    return config


def demo_config(folder: Path) -> Path:
    config = folder / "newsdesk.toml"
    config.write_text(f'[store]\nurl = "sqlite:///{folder}/store.db"\n', "utf-8")
    return config


def write_articles(config: Path, sessions: Iterable[date], ingest: bool) -> list[dict[str, object]]:
    from pipeline.angles import rank_angles
    from pipeline.config import load_settings
    from pipeline.contracts import Severity
    from pipeline.wiring import make_pipeline

    settings = load_settings(config, cwd=REPO)
    pipe = make_pipeline(settings)
    out: list[dict[str, object]] = []
    for session in sessions:
        if ingest:
            pipe.ingest_only(session)
        for symbol in SYMBOLS:
            inst = settings.instrument(symbol)
            snap = pipe.snapshot(symbol, session)
            news, scores, brief = pipe.prepare(inst, snap)
            article = pipe.writer.write(brief)  # type: ignore[union-attr]
            errors = [f for f in pipe.checker(snap, scores, news)(article)
                      if f.severity == Severity.ERROR]
            angles = rank_angles(snap, news)
            out.append({"symbol": symbol, "session": session, "article": article, "errors": errors,
                        "angles": angles, "names": names_of(settings)})
    return out


def names_of(settings: object) -> list[str]:
    names: set[str] = set()
    for inst in settings.instruments:  # type: ignore[attr-defined]
        names.update({inst.symbol, inst.symbol.lstrip("^"), inst.name, *inst.aliases})
        if inst.short_name:
            names.update({inst.short_name, inst.short_name.lower(),
                          re.sub(r"^The ", "the ", inst.short_name)})
    return sorted(names, key=len, reverse=True)


_NUMBER = re.compile(r"[-+]?\$?\d[\d,]*(?:\.\d+)?(?:%| pp| bp|[KMB])?")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|"
                      r"May|June|July|August|September|October|November|December)\b")


def mask(sentence: str, names: list[str]) -> str:
    for name in names:
        sentence = re.sub(rf"(?<![\w^]){re.escape(name)}(?!\w)", "NAME", sentence, flags=re.IGNORECASE)
    sentence = _WEEKDAY.sub("DAY", sentence)
    return _NUMBER.sub("N", sentence).strip()


def sentences(article: object, news: bool = True) -> list[str]:
    """The article's sentences; without the news paragraph (the one citing [n]) when `news` is False."""
    a = article
    paragraphs = [p for p in a.analysis if news or not _CITED.search(p)]  # type: ignore[attr-defined]
    text = " ".join([a.dek, *paragraphs, a.cross_market, a.take])  # type: ignore[attr-defined]
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", text) if s.strip()]


_CITED = re.compile(r"\[\d+\]")


def masked(row: dict[str, object], news: bool = True) -> list[str]:
    return [mask(s, row["names"]) for s in sentences(row["article"], news)]  # type: ignore[arg-type]


def same_day_share(rows: list[dict[str, object]], news: bool = True) -> float:
    shared = total = 0
    for session in sorted({r["session"] for r in rows}):  # type: ignore[type-var]
        day = [masked(r, news) for r in rows if r["session"] == session]
        counts = Counter(s for article in day for s in set(article))
        for article in day:
            total += len(article)
            shared += sum(1 for s in article if counts[s] >= 2)
    return shared / total if total else 0.0


def consecutive_share(rows: list[dict[str, object]]) -> float:
    shared = total = 0
    sessions = sorted({r["session"] for r in rows})  # type: ignore[type-var]
    for symbol in SYMBOLS:
        by_day = {r["session"]: masked(r) for r in rows if r["symbol"] == symbol}
        for before, after in zip(sessions, sessions[1:], strict=False):
            if (after - before).days > 4:  # type: ignore[operator]
                continue
            previous = set(by_day[before])
            total += len(by_day[after])
            shared += sum(1 for s in by_day[after] if s in previous)
    return shared / total if total else 0.0


def headline_frames(rows: list[dict[str, object]]) -> tuple[str, float, int]:
    frames = Counter(mask(r["article"].headline, r["names"]) for r in rows)  # type: ignore[attr-defined]
    frame, count = frames.most_common(1)[0]
    return frame, count / len(rows), len(frames)


def headline_on_angle(rows: list[dict[str, object]]) -> float:
    """Share of articles whose headline carries the top angle's words."""
    from pipeline.angles import HEADLINE_WORDS

    hits = 0
    for r in rows:
        top = r["angles"][0]  # type: ignore[index]
        words = HEADLINE_WORDS.get(top.kind, ())
        hits += any(w in r["article"].headline.lower() for w in words)  # type: ignore[attr-defined]
    return hits / len(rows)


def report(label: str, rows: list[dict[str, object]], show: bool) -> None:
    print(f"== {label}: {len(rows)} articles")
    for r in rows:
        a = r["article"]
        top = r["angles"][0]  # type: ignore[index]
        print(f"{r['session']} {r['symbol']:4} [{top.kind}:{top.score:.1f}] {a.headline}"  # type: ignore[attr-defined]
              + (f"  ERRORS {len(r['errors'])}" if r["errors"] else ""))  # type: ignore[arg-type]
        if show:
            found = [f"\n    ! {f.code}: {f.message} [{f.span}]" for f in r["errors"]]  # type: ignore[attr-defined]
            print("   ", a.dek, "\n   ", a.take, *found)  # type: ignore[attr-defined]
    frame, share, distinct = headline_frames(rows)
    print(f"same-day masked sentences shared: {same_day_share(rows):.0%} "
          f"({same_day_share(rows, news=False):.0%} outside the news paragraph)")
    print(f"consecutive-day masked sentences shared: {consecutive_share(rows):.0%}")
    print(f"headline frames: {distinct} distinct; most used {share:.0%}: {frame!r}")
    print(f"headline names the top angle: {headline_on_angle(rows):.0%}")
    print(f"articles with error findings: {sum(1 for r in rows if r['errors'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each dek and take too")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        if args.demo or not args.real:
            folder = Path(tmp) / "demo"
            folder.mkdir()
            report("demo", write_articles(demo_config(folder), [DEMO_SESSION], True), args.show)
        if args.real or not args.demo:
            if not REAL.is_dir():
                print(f"{REAL} is absent: no real-data figures")
                return 0
            folder = Path(tmp) / "real"
            folder.mkdir()
            report("real data", write_articles(real_config(folder), REAL_SESSIONS, False), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Desk notes for the verifier's fourth round of misses (issue 14: the third holdout's leftovers and
the listed gaps), each cause planted in other words than the holdout's, on other subjects.

- A gauge's level after a reading verb ("the VIX reads 16.41", "the VIX prints 16.41"): the
  gauge's close, like "the VIX at 16.41". Plant: the VIX 1.85 points off.
- A reading with one adjective before it ("the RSI(14) is a lukewarm forty-eight", "the VIX sits
  at a restless 17.25"), in words too: still the reading. Plants: the RSI 12 points high in
  words, the VIX 2.1 points high.
- A move "since" with no day after it ("On Tuesday the fund settled at $X, and it has added Y%
  since then."): the return from the close of the day named last before it in the sentence.
  Plant: the move 0.9 too big.
- Plain text hard-wrapped mid-sentence ("DIA, settled at $471.60, up" / "0.60% on the day"): one
  running paragraph, and the fund's close between its name and its move keeps the move the fund's.
  Plant: the fund given its index's 1-day move (0.58%).
- Tenths in words ("blue chips gained six-tenths of one percent"): 0.6%, the move of the
  instrument the group's name stands for (DIA). Plant: two tenths short.
- An event "N trading days out" / "from now": that event's sessions_until. Plant: the Fed three
  sessions too far.
- A fraction of a percent in digits ("gave back 1/2 of one percent"): 0.5%, not a month/day date.
  Plant: '3/4 of one percent' for SPY's 0.50% fall.
- A short question is read with the next sentence only when that sentence answers it (opens on
  Yes/No, a figure, a move word, a pronoun or a word of the question): "Will QQQ follow? Back on
  our own chart, the RSI is overbought" is the article's RSI, not QQQ's (a false
  indicator-mismatch before). Plant: 'oversold' for DIA's 72.8.
- A citing sentence of figures whose source states none of them needs more than a shared subject
  (two shared words, a title word or a name beside it): the record distance cited to the story
  that prints it passes; cited to a week-old story that names the Nasdaq only for its own day, it
  is citation-unsupported.
- A move in a sentence that opens on the one instrument it names, with no other figure before it
  ("DIA held up better than the rest of us, -0.20%"), is that instrument's, whatever it is
  compared to. Plant: DIA given SPY's own move.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _related_close(s: Snapshot, symbol: str) -> float:
    row = next(r for r in s.related if r.symbol == symbol)
    assert row.close is not None
    return row.close


# ---------------------------------------------------------------- a gauge after a reading verb

READS_KEY = "DIA-2026-11-20"


def reads_note(b: Built) -> str:
    s = b.snapshot
    vix = _related_close(s, "^VIX")
    return (f"# DIA into the weekend\n\n"
            f"DIA finished the session at ${s.close:.2f}. Volatility stayed tame: the VIX reads {vix:.2f} "
            f"into the close.\n\n"
            f"Nothing on the screen looks stretched, and the VIX prints {vix:.2f} on the last tick.\n")


def reads_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-reads-{READS_KEY}", READS_KEY, "prose", "md", reads_note(built[READS_KEY]))]


def reads_plants(built: dict[str, Built]) -> list[Plant]:
    vix = _related_close(built[READS_KEY].snapshot, "^VIX")
    wrong = f"{vix + 1.85:.2f}"
    return [Plant(f"miss4-gauge-reads-{READS_KEY}", f"user-miss4-reads-{READS_KEY}", "words",
                  f"the VIX reads {vix:.2f} into", f"the VIX reads {wrong} into", "value-mismatch", wrong,
                  note="the VIX's level after 'reads', 1.85 points off")]


# ---------------------------------------------------------------- a reading with an adjective before it

ADJECTIVE_KEY = "QQQ-2026-11-17"


def _rsi_words(s: Snapshot, shift: int = 0) -> str:
    assert s.momentum.rsi_14 is not None
    return count_forms(round(s.momentum.rsi_14) + shift)[1]


def adjective_note(b: Built) -> str:
    s = b.snapshot
    vix = _related_close(s, "^VIX")
    return (f"# QQQ: a momentum check\n\n"
            f"QQQ closed at ${s.close:.2f}. Momentum is unremarkable: the RSI(14) is a lukewarm "
            f"{_rsi_words(s)}, and the VIX sits at a restless {vix:.2f}.\n")


def adjective_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-adjective-{ADJECTIVE_KEY}", ADJECTIVE_KEY, "prose", "md",
                     adjective_note(built[ADJECTIVE_KEY]))]


def adjective_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[ADJECTIVE_KEY].snapshot
    vix = _related_close(s, "^VIX")
    said, wrong = _rsi_words(s), _rsi_words(s, 12)
    base = f"user-miss4-adjective-{ADJECTIVE_KEY}"
    return [Plant(f"miss4-rsi-adjective-words-{ADJECTIVE_KEY}", base, "words",
                  f"a lukewarm {said},", f"a lukewarm {wrong},", "value-mismatch", wrong,
                  note="the RSI in words after an adjective ('is a lukewarm ...'), 12 points high"),
            Plant(f"miss4-vix-adjective-{ADJECTIVE_KEY}", base, "value",
                  f"a restless {vix:.2f}", f"a restless {vix + 2.1:.2f}", "value-mismatch",
                  f"{vix + 2.1:.2f}",
                  note="the VIX's level after 'sits at a restless', 2.1 points high")]


# ---------------------------------------------------------------- a move "since" a day named before it

SINCE_KEY = "QQQ-2026-11-20"


def _since_move(s: Snapshot) -> tuple[str, float, float]:
    """The weekday three sessions back, its close and the move from it to the session's close."""
    day, close = s.recent_sessions[-4], s.recent_closes[-4]
    return day.strftime("%A"), close, (s.close / close - 1) * 100


def since_note(b: Built) -> str:
    s = b.snapshot
    weekday, close, move = _since_move(s)
    verb = "has added" if move > 0 else "has given back"
    return (f"# QQQ: the week's turn\n\n"
            f"QQQ ended the week at ${s.close:.2f}. On {weekday} the fund settled at ${close:.2f}, and it "
            f"{verb} {abs(move):.2f}% since then.\n")


def since_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-since-{SINCE_KEY}", SINCE_KEY, "prose", "md", since_note(built[SINCE_KEY]))]


def since_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, move = _since_move(built[SINCE_KEY].snapshot)
    said, wrong = f"{abs(move):.2f}%", f"{abs(move) + 0.9:.2f}%"
    return [Plant(f"miss4-since-then-{SINCE_KEY}", f"user-miss4-since-{SINCE_KEY}", "timeframe",
                  f"{said} since then", f"{wrong} since then", "value-mismatch", wrong,
                  note="the move since a weekday's close named earlier in the sentence, 0.9 too big")]


# ---------------------------------------------------------------- hard-wrapped plain text

WRAP_KEY = "DIA-2026-11-20"


def _related_move(s: Snapshot, symbol: str) -> float:
    row = next(r for r in s.related if r.symbol == symbol)
    assert row.change_1d_pct is not None
    return row.change_1d_pct


def wrap_note(b: Built) -> str:
    """A plain-text note wrapped at 72 columns, a line breaking between 'up' and the fund's move, with
    its close printed between the fund's name and that move."""
    s = b.snapshot
    dji = _related_close(s, "^DJI")
    assert abs(_related_move(s, "^DJI") - s.returns.change_1d_pct) > 0.005
    return (f"Blue-chip desk, closing note\n\n"
            f"The Dow Jones Industrial Average finished the session at {dji:,.2f}, and the\n"
            f"fund that follows it most closely, DIA, settled at ${s.close:.2f}, up\n"
            f"{s.returns.change_1d_pct:.2f}% on the day. Volume was ordinary and nothing in the tape\n"
            f"hinted at a change of character.\n")


def wrap_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-wrap-{WRAP_KEY}", WRAP_KEY, "plain", "txt", wrap_note(built[WRAP_KEY]))]


def wrap_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[WRAP_KEY].snapshot
    said, index = f"{s.returns.change_1d_pct:.2f}%", f"{_related_move(s, '^DJI'):.2f}%"
    return [Plant(f"miss4-wrapped-fund-gets-index-{WRAP_KEY}", f"user-miss4-wrap-{WRAP_KEY}", "subject",
                  f"up\n{said} on", f"up\n{index} on", "value-mismatch", index,
                  note="the fund given its index's 1-day move, the line wrapped between 'up' and the figure")]


# ---------------------------------------------------------------- tenths in words, a group's name

TENTHS_KEY = "QQQ-2026-11-20"
_TENTHS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _tenths(move: float) -> str:
    tenths = round(abs(move) * 10)
    assert 0 < tenths < 10 and abs(abs(move) - tenths / 10) < 0.01
    return f"{_TENTHS[tenths]}-tenths"


def tenths_note(b: Built) -> str:
    s = b.snapshot
    dia = _peer(b, "DIA")
    return (f"# QQQ: the leaders and the rest\n\n"
            f"QQQ closed at ${s.close:.2f} after a broad advance. Blue chips gained "
            f"{_tenths(dia.returns.change_1d_pct)} of one percent.\n")


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def tenths_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-tenths-{TENTHS_KEY}", TENTHS_KEY, "prose", "md",
                     tenths_note(built[TENTHS_KEY]))]


def tenths_plants(built: dict[str, Built]) -> list[Plant]:
    dia = _peer(built[TENTHS_KEY], "DIA")
    said, wrong = _tenths(dia.returns.change_1d_pct), _tenths(dia.returns.change_1d_pct - 0.2)
    return [Plant(f"miss4-group-tenths-{TENTHS_KEY}", f"user-miss4-tenths-{TENTHS_KEY}", "words",
                  f"gained {said} of", f"gained {wrong} of", "value-mismatch", wrong,
                  note="'blue chips' (DIA's alias) given a move in tenths of a percent, 0.2 short")]


# ---------------------------------------------------------------- an event "N trading days out"

EVENT_KEY = "IWM-2026-11-17"


def _event_count(s: Snapshot, kind: str) -> int:
    return next(e.sessions_until for e in s.events if e.kind == kind)


def event_note(b: Built) -> str:
    s = b.snapshot
    return (f"# IWM: the calendar\n\n"
            f"IWM ended at ${s.close:.2f}. The CPI report is {_event_count(s, 'cpi')} trading days from now, "
            f"and the Fed decision lands {_event_count(s, 'fomc')} trading days out.\n")


def event_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-event-{EVENT_KEY}", EVENT_KEY, "prose", "md", event_note(built[EVENT_KEY]))]


def event_plants(built: dict[str, Built]) -> list[Plant]:
    fed = _event_count(built[EVENT_KEY].snapshot, "fomc")
    return [Plant(f"miss4-event-trading-days-out-{EVENT_KEY}", f"user-miss4-event-{EVENT_KEY}", "words",
                  f"lands {fed} trading days out", f"lands {fed + 3} trading days out", "value-mismatch",
                  str(fed + 3), note="the Fed decision 'N trading days out', three sessions too far")]


# ---------------------------------------------------------------- a fraction of a percent in digits

SLASH_KEY = "IWM-2026-11-17"


def slash_note(b: Built) -> str:
    s = b.snapshot
    spy = _peer(b, "SPY").returns.change_1d_pct
    assert s.returns.change_1d_pct < 0 and abs(abs(spy) - 0.5) < 0.01
    return (f"# IWM: a soft session\n\n"
            f"IWM ended at ${s.close:.2f}. The S&P 500 fund, SPY, gave back 1/2 of one percent, and the "
            f"small caps lost more than that.\n")


def slash_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-slash-{SLASH_KEY}", SLASH_KEY, "prose", "md", slash_note(built[SLASH_KEY]))]


def slash_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"miss4-slash-fraction-{SLASH_KEY}", f"user-miss4-slash-{SLASH_KEY}", "words",
                  "gave back 1/2 of one percent", "gave back 3/4 of one percent", "value-mismatch",
                  "3/4 of one percent", note="SPY's 0.50% fall written '3/4 of one percent' (not a date)")]


# ---------------------------------------------------------------- a short question left unanswered

QUESTION_KEY = "DIA-2025-11-17"


def question_note(b: Built) -> str:
    s = b.snapshot
    assert s.momentum.rsi_14 is not None and s.momentum.rsi_14 >= 70
    qqq = _peer(b, "QQQ").momentum.rsi_14
    assert qqq is not None and qqq < 70
    return (f"# DIA: stretched\n\n"
            f"DIA closed at ${s.close:.2f}. Will QQQ follow? Back on our own chart, the RSI is overbought "
            f"and the tape looks tired.\n")


def question_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-question-{QUESTION_KEY}", QUESTION_KEY, "prose", "md",
                     question_note(built[QUESTION_KEY]))]


def question_plants(built: dict[str, Built]) -> list[Plant]:
    base = f"user-miss4-question-{QUESTION_KEY}"
    return [Plant(f"miss4-question-not-answered-{QUESTION_KEY}", base, "words",
                  "the RSI is overbought", "the RSI is oversold", "indicator-mismatch", "oversold",
                  note="the article's own RSI (72.8) called oversold after a question about QQQ it does not "
                       "answer")]


# ---------------------------------------------------------------- a citation that backs none of the figures

CITE_KEY = "QQQ-2026-11-20"
RECORD_STORY = "nasdaq-megacap-tech-rally"  # prints the record close and the fund's distance from it
CHIPS_STORY = "stocks-slip-chip-shares-drag"  # names the Nasdaq, a week earlier, for its own day only


def _stories(b: Built) -> list[tuple[int, str]]:
    """The two stories the note lists, numbered [1] and [2]: the record story, then the chip story."""
    return [(1, RECORD_STORY), (2, CHIPS_STORY)]


def cite_note(b: Built) -> str:
    s = b.snapshot
    x = s.extremes
    assert x.all_time_high is not None and x.pct_from_ath is not None
    items = [next(item for item in b.news if marker in item.url) for _, marker in _stories(b)]
    sources = "\n".join(f"[{n}] {item.title} \u2014 {item.publisher}, {item.url}"
                        for n, item in enumerate(items, start=1))
    return (f"# QQQ: close to the top\n\n"
            f"QQQ ended at ${s.close:.2f}, and the chip selloff of last week is behind it [2]. That puts the "
            f"fund {abs(x.pct_from_ath):.2f}% under its record close of ${x.all_time_high:.2f} [1].\n\n"
            f"## Sources\n\n{sources}\n")


def cite_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-cite-{CITE_KEY}", CITE_KEY, "prose", "md", cite_note(built[CITE_KEY]))]


def cite_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[CITE_KEY]
    x = b.snapshot.extremes
    record, chips = 1, 2
    return [Plant(f"miss4-citation-backs-no-figure-{CITE_KEY}", f"user-miss4-cite-{CITE_KEY}", "citation",
                  f"${x.all_time_high:.2f} [{record}]", f"${x.all_time_high:.2f} [{chips}]",
                  "citation-unsupported", f"[{chips}]",
                  note="the record distance cited to a story that names the Nasdaq only for another day's "
                       "move: it shares the subject and no figure or claim")]


# ---------------------------------------------------------------- a chat line about one other instrument

CHAT_KEY = "SPY-2026-11-17"


def chat_note(b: Built) -> str:
    s = b.snapshot
    dia = _peer(b, "DIA").returns.change_1d_pct
    assert dia < 0 and s.returns.change_1d_pct < dia
    return (f"#spx-desk - Tue\n\n"
            f"[15:58] ana: SPY ${s.close:.2f} into the bell\n"
            f"[16:02] lee: DIA held up better than the rest of us, {dia:+.2f}%\n"
            f"[16:04] ana: defensives doing their job\n")


def chat_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-chat-{CHAT_KEY}", CHAT_KEY, "chat", "txt", chat_note(built[CHAT_KEY]))]


def chat_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[CHAT_KEY]
    dia, spy = _peer(b, "DIA").returns.change_1d_pct, b.snapshot.returns.change_1d_pct
    return [Plant(f"miss4-chat-one-instrument-{CHAT_KEY}", f"user-miss4-chat-{CHAT_KEY}", "subject",
                  f"rest of us, {dia:+.2f}%", f"rest of us, {spy:+.2f}%", "value-mismatch", f"{spy:+.2f}%",
                  note="a chat line naming only DIA, compared with 'us', given SPY's own move")]


_TEXTS = (reads_texts, adjective_texts, since_texts, wrap_texts, tenths_texts, event_texts, slash_texts,
          question_texts, cite_texts, chat_texts)
_PLANTS = (reads_plants, adjective_plants, since_plants, wrap_plants, tenths_plants, event_plants,
           slash_plants, question_plants, cite_plants, chat_plants)


def miss4_texts(built: dict[str, Built]) -> list[UserText]:
    return [text for texts in _TEXTS for text in texts(built)]


def miss4_plants(built: dict[str, Built]) -> list[Plant]:
    return [plant for plants in _PLANTS for plant in plants(built)]

"""Every finding code the verifier emits, with its severity and what it means.

Codes are stable: reviewers filter on them, the evaluation set counts them and
the LLM writer's repair prompt quotes them. Errors block approval; warnings are
shown to the reviewer and do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contracts import Finding, Severity


@dataclass(frozen=True)
class Check:
    code: str
    severity: Severity
    meaning: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CHECKS: dict[str, Check] = {c.code: c for c in (
    # numbers
    Check("number-untraced", _E, "A figure matches no computed fact, no derivation and no cited source; "
                                 "one in quotation marks that its cited source does not print misquotes it."),
    Check("figure-unverifiable", _I, "A figure about what the loaded data does not hold: an instrument "
                                     "without a snapshot, a period or past date without its return or "
                                     "history, a level an uncited source gives. Shown, not checked."),
    Check("value-mismatch", _E, "A figure named as a specific fact (a close, a move, RSI, an average, a "
                                "streak...) differs from that fact at the printed precision, or belongs to "
                                "another instrument."),
    Check("scale-mismatch", _E, "A price attributed to an instrument is on another instrument's scale "
                                "(an ETF quoted at its index's level, an index in dollars)."),
    Check("derived-mismatch", _E, "A difference or distance disagrees with the values it is derived from "
                                  "(a divergence that is not the gap between the two moves; a % distance "
                                  "from a level)."),
    Check("direction-mismatch", _E, "A sign or direction word contradicts the data ('fell' on a gain, "
                                    "'flat' on a move, 'below' for a level above)."),
    Check("magnitude-mismatch", _E, "A size word contradicts the size of the move ('edged' on a move of "
                                    "1.5 ATR and 1% or more, 'plunged'/'surged' on one under 0.5 ATR and "
                                    "0.5%; see verify/magnitude.py)."),
    Check("indicator-mismatch", _E, "An indicator word contradicts its value (RSI 'overbought' under 70, "
                                    "'low 50s' at 48; MACD 'above its signal' when below)."),
    Check("pattern-mismatch", _E, "A named pattern or state contradicts the data (golden vs death cross, "
                                  "above/below an average, a new high that is not one)."),
    # levels and setups
    Check("level-wrong-side", _E, "A support above the close or a resistance below it."),
    Check("setup-geometry", _E, "A long without stop < entry < target, or a short without the reverse."),
    Check("setup-reward-risk", _E, "A setup's stated reward/risk differs from its entry, stop and target."),
    # scenario logic (scenarios.py)
    Check("scenario-trigger-at-close", _W, "A scenario asks for a close above/below today's close."),
    Check("scenario-next-repeats-trigger", _W, "A scenario's \"next\" level is the case's own trigger."),
    Check("scenario-condition-met", _W, "A scenario waits for what already holds (a MACD cross to the "
                                        "side it is on, losing a 50-day average price is already below)."),
    # the story across the take, final call, scenarios and headline (story.py)
    Check("story-lean", _E, "The take leans bullish or bearish against the final call's short-term bias."),
    Check("story-call-side", _E, "A long asked for a close below a level, or a short for a close above one."),
    Check("headline-move", _E, "The headline's verb for the article's instrument contradicts the session "
                               "('Slumps' on a gain), or it names a record close that was not set."),
    Check("story-call-level", _W, "The short-term call's trigger is another level than the one the take "
                                  "stands on at that side of the close."),
    Check("story-level-name", _W, "A level called by another level's name from the levels table, or a "
                                  "zone quoted whole in one place and by one edge under its name in "
                                  "another."),
    # dates
    Check("date-untraced", _E, "A date matches no computed fact (session, event, high, cross) or cited "
                               "source."),
    Check("weekday-mismatch", _E, "A weekday contradicts its date, the session's day or an event's day."),
    # citations
    Check("citation-unresolved", _E, "A citation [n] has no source in the article."),
    Check("source-not-ingested", _E, "A listed source is not an ingested item (by URL)."),
    Check("citation-unsupported", _E, "The sentence citing [n] shares no subject, figure or wording with "
                                      "that source's text."),
    Check("url-not-ingested", _E, "The text links to a page that was not ingested."),
    Check("source-uncited", _W, "A listed source is never cited."),
    Check("source-conflict", _W, "A figure the cited source prints contradicts the computed data "
                                 "(the source's figure, attributed, but the reviewer should know)."),
    # scores and data
    Check("score-mismatch", _E, "Pulse, bias, threat level or risk differs from the computed scores."),
    Check("bias-mismatch", _E, "The bias disagrees with the Pulse band."),
    Check("text-missing-value", _E, "'nan', 'None', 'null' or similar printed where a value belongs."),
    Check("data-quality", _E, "The snapshot itself is not fit to write from (a zero change with a "
                              "moving price, a stale quote, inconsistent fields)."),
    Check("check-failed", _E, "One of the verifier's own checks failed on this text (named in the "
                              "finding); what it checks there is unverified. Report it as a bug."),
    Check("snapshot-mismatch", _E, "The article is about another instrument or session than the "
                                   "snapshot it is checked against."),
)}


def finding(code: str, message: str, *, section: str | None = None, span: str | None = None,
            expected: str | None = None, source: str | None = None) -> Finding:
    """A Finding with the code's registered severity; unknown codes raise KeyError."""
    return Finding(code=code, severity=CHECKS[code].severity, message=message, section=section,
                   span=span, expected=expected, source=source)

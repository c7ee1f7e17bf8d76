"""One clause, several meetings: "getrennt mit X und mit Y", "sowohl X … als auch Y"."""

from __future__ import annotations

from dataclasses import replace

from parley.nlp.meetings.context import Context
from parley.nlp.meetings.extract import Draft

JOINS = frozenset({"und", "sowie", "als", ","})  # what separates one guest from the next


def distribute(ctx: Context, draft: Draft) -> list[Draft]:
    """The meetings of a clause with a distributive word: the sides named before it (the
    host) meet each side named after it on its own; a place goes with the side it follows.
    Without such a word, or with fewer than two sides after it, the draft as it is."""
    if draft.clause is None:
        return [draft]
    c_start, c_end = draft.clause
    cue = next((j for j in range(c_start, c_end) if ctx.lower[j] in ctx.lex.distributive), None)
    if cue is None:
        return [draft]
    members = draft.members
    named = [n for n in ctx.names_in(c_start, c_end) if n.key in members]
    host = {n.key for n in named if n.start < cue}
    guests: list[list] = []
    last = cue
    for n in (n for n in named if n.start > cue):
        if not guests or JOINS & set(ctx.lower[last : n.start]):
            guests.append([])
        guests[-1].append(n)
        last = n.end
    if len(guests) < 2 or not host:
        return [draft]
    spans = [
        (group[0].start, guests[k + 1][0].start if k + 1 < len(guests) else c_end)
        for k, group in enumerate(guests)
    ]
    own = _own_group(ctx, draft, spans, cue)
    out = []
    for k, group in enumerate(guests):
        if own is not None and k != own:
            continue
        keys = host | {n.key for n in group}
        # a person's affiliation is a side only when the article names it as an actor
        homes = {ctx.actors[k].affiliation for k in keys if ctx.actors[k].type == "PER"}
        keys |= homes & ctx.actors.keys()
        end = spans[k][1]
        place = next(
            (n.key for n in ctx.names_in(group[0].start, end) if n.key == draft.location), None
        )
        out.append(
            replace(
                draft,
                participants=[p for p in draft.participants if p in keys],
                parties=[p for p in draft.parties if p in keys]
                + [k for k in keys if k not in members and ctx.actors[k].type != "PER"],
                location=place,
                mode=draft.mode if own is None else _word_mode(ctx, draft),
            )
        )
    return out


def _own_group(ctx: Context, draft: Draft, spans: list[tuple[int, int]], cue: int) -> int | None:
    """With a meeting word in each part (``sowohl Putin besucht als auch mit Selenskyj
    telefoniert``), the part that holds this draft's word; else None (all parts)."""
    c_start, c_end = draft.clause
    words = [
        j
        for j in range(cue, c_end)
        if ctx.lex.noun_trigger(ctx.doc[j].text) or ctx.lex.verbs.get(ctx.doc[j].text)
    ]
    if len(words) < 2:
        return None
    here = next((j for j in words if ctx.doc[j].idx == draft.start), None)
    return next((k for k, (a, b) in enumerate(spans) if here is not None and a <= here < b), None)


def _word_mode(ctx: Context, draft: Draft) -> str | None:
    """The channel the meeting word itself names (``telefoniert``), not its clause's."""
    trig = ctx.lex.noun_trigger(draft.trigger) or ctx.lex.verbs.get(draft.trigger)
    return trig.mode if trig else None

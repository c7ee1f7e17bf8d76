"""Meetings, talks, calls and summits one article reports: the ``parley_meetings`` component.

Runs after ``parley_timex``, ``parley_actors`` and ``parley_quotes`` and writes
``doc._.meetings``: one :class:`parley.facts.MeetingReport` per distinct meeting, with its
participants and parties (article actor keys), place, date, status, format, channel and
the sentences that support them. The German it reads lives in ``nlp/data/meeting_*``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.facts import MeetingReport
from parley.nlp.meetings.context import build
from parley.nlp.meetings.distribute import distribute
from parley.nlp.meetings.extract import drafts
from parley.nlp.meetings.lexicon import lexicon
from parley.nlp.meetings.merge import merge


def extract(doc: Doc) -> list[MeetingReport]:
    """The meetings ``doc`` reports, one per distinct meeting."""
    ctx = build(doc, lexicon())
    return merge(ctx, [d for draft in drafts(ctx) for d in distribute(ctx, draft)])


@Language.component("parley_meetings", assigns=["doc._.meetings"])
def parley_meetings(doc: Doc) -> Doc:
    doc._.meetings = extract(doc)
    return doc

"""The attributes parley's components write on a spaCy ``Doc``.

Each holds a list of records from :mod:`parley.facts`, with character offsets into
``doc.text``. ``published`` is set by the caller before the pipeline runs.
"""

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # ISO date or partial date of the article, or None
    "mentions": None,  # list[Mention], written by parley_actors
    "actors": None,  # list[ArticleActor], written by parley_actors
    "roles": None,  # list[Role], written by parley_actors
    "timexes": None,  # list[Timex], written by parley_timex
    "quotes": None,  # list[Quote], written by parley_quotes
    "meetings": None,  # list[MeetingReport], written by parley_meetings
}


def register_extensions() -> None:
    """Register the ``Doc._`` attributes once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()

"""Helpers for the meeting tests (no tests here): docs whose names and times are set by hand."""

from __future__ import annotations

import re

import spacy

from parley import nlp  # noqa: F401  (registers the tokenizer and the sentence component)
from parley.analyse import to_analysis
from parley.clean import Article, text_id
from parley.facts import ArticleActor, Mention, Timex
from parley.nlp.meetings import extract

_PIPELINE = None


def pipeline():
    """Tokenizer and sentences only: names and times come from the test, not a model."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = spacy.blank(
            "de", config={"nlp": {"tokenizer": {"@tokenizers": "parley.tokenizer.v1"}}}
        )
        _PIPELINE.add_pipe("parley_sentences")
    return _PIPELINE


def make_doc(text, published, actors, timexes=(), quotes=()):
    """A doc of ``text`` with these actors and timexes on it.

    ``actors``: (name, type, [surface forms], affiliation name or None);
    ``timexes``: (surface text, value, begin, until).
    """
    doc = pipeline()(text)
    doc._.published = published
    keys = {name: f"{typ}:{name}" for name, typ, _, _ in actors}
    doc._.actors = [
        ArticleActor(keys[n], n, t, list(forms), keys.get(aff)) for n, t, forms, aff in actors
    ]
    mentions, taken = [], set()
    forms = sorted(
        ((f, keys[n], t) for n, t, fs, _ in actors for f in fs), key=lambda x: -len(x[0])
    )
    for form, key, label in forms:
        for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if taken.isdisjoint(range(hit.start(), hit.end())):
                taken.update(range(hit.start(), hit.end()))
                sent = doc.char_span(hit.start(), hit.end(), alignment_mode="expand").sent
                mentions.append(
                    Mention(
                        hit.start(), hit.end(), form, label, sent.start_char, sent.end_char, key
                    )
                )
    doc._.mentions = sorted(mentions, key=lambda m: m.start)
    doc._.roles = []
    found = []
    for surface, value, begin, until in timexes:
        start = text.index(surface)
        sent = doc.char_span(start, start + len(surface), alignment_mode="expand").sent
        found.append(
            Timex(
                start,
                start + len(surface),
                surface,
                value,
                begin,
                until,
                sent.start_char,
                sent.end_char,
            )
        )
    doc._.timexes = found
    doc._.quotes = list(quotes)
    return doc


def names(doc, keys):
    """Actor names for keys (plain names pass through)."""
    by_key = {a.key: a.name for a in doc._.actors}
    return sorted(by_key.get(k, k) for k in keys)


def store_article(store, text, published, outlet, actors, timexes=()):
    """Run the meeting component on ``text`` and store it as an article of ``outlet``."""
    doc = make_doc(text, published, actors, timexes)
    doc._.meetings = extract(doc)
    article = Article(
        id=text_id(text),
        text=text,
        title=text.split(".")[0],
        published=published,
        outlet=outlet,
        credits=(),
        url=None,
        source=f"{outlet}.txt",
        original=text,
        offsets=((0, 0, len(text)),),
    )
    store.add_articles([(article, to_analysis(doc), b"")])
    return doc

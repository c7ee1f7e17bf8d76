"""Actors within one article: mentions grouped by name (stub until coreference lands)."""

from spacy.language import Language
from spacy.tokens import Doc

from parley.facts import ArticleActor, Mention

MAIN_TYPES = {"PER", "ORG", "LOC"}


@Language.component("parley_actors", assigns=["doc._.mentions", "doc._.actors", "doc._.roles"])
def parley_actors(doc: Doc) -> Doc:
    actors: dict[str, ArticleActor] = {}
    mentions = []
    for ent in doc.ents:
        key = None
        if ent.label_ in MAIN_TYPES:
            key = f"{ent.label_}:{ent.text}"
            actor = actors.setdefault(key, ArticleActor(key=key, name=ent.text, type=ent.label_))
            if ent.text not in actor.mentions:
                actor.mentions.append(ent.text)
        sent = ent.sent
        mentions.append(
            Mention(ent.start_char, ent.end_char, ent.text, ent.label_,
                    sent.start_char, sent.end_char, key)
        )
    doc._.mentions = mentions
    doc._.actors = list(actors.values())
    doc._.roles = []
    return doc

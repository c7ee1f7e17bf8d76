"""The actor graph: who met or spoke with whom, weighted by sources, as GraphML.

Nodes are canonical actors (persons, countries, organisations); an edge joins two actors
that took part in the same canonical meeting (talks, calls, summits). Its ``weight`` is the
number of distinct sources (publications) reporting meetings of the two; ``meetings`` and
``articles`` count those too. GraphML opens in Gephi, networkx, Cytoscape and yEd.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from parley.store import Store

NODE_KEYS = {"name": "string", "type": "string", "affiliation": "string", "role": "string"}
NODE_KEYS |= {"articles": "int"}
EDGE_KEYS = {"weight": "double", "meetings": "int", "articles": "int", "modes": "string"}


def actor_graph(store: Store, statuses: tuple[str, ...] = ("held",)) -> dict[str, Any]:
    """Nodes and weighted edges of the meetings with one of ``statuses``."""
    meetings = store.query(
        """SELECT m.id, m.participants, m.parties, m.mode,
                  list(DISTINCT r.article_id) AS articles,
                  list(DISTINCT p.source) AS sources
           FROM meetings m JOIN meeting_reports r ON r.meeting_id = m.id
           JOIN publications p ON p.article_id = r.article_id
           WHERE list_contains(?, m.status)
           GROUP BY m.id, m.participants, m.parties, m.mode ORDER BY m.id""",
        [list(statuses)],
    )
    edges: dict[tuple[str, str], dict[str, set]] = defaultdict(
        lambda: {"meetings": set(), "articles": set(), "sources": set(), "modes": set()}
    )
    for m in meetings:
        members = sorted(set(m["participants"] or []) | set(m["parties"] or []))
        for a, b in combinations(members, 2):
            edge = edges[(a, b)]
            edge["meetings"].add(m["id"])
            edge["articles"].update(m["articles"])
            edge["sources"].update(m["sources"])
            if m["mode"]:
                edge["modes"].add(m["mode"])
    ids = sorted({i for pair in edges for i in pair})
    known = {
        r["id"]: r
        for r in store.query(
            "SELECT id, name, type, affiliation, role, articles FROM actors"
            " WHERE list_contains(?, id)",
            [ids],
        )
    }
    nodes = [known.get(i) or {"id": i, "name": i.partition(":")[2] or i} for i in ids]
    return {
        "nodes": nodes,
        "edges": [
            {
                "source": a,
                "target": b,
                "weight": len(e["sources"]),
                "meetings": len(e["meetings"]),
                "articles": len(e["articles"]),
                "modes": ",".join(sorted(e["modes"])),
            }
            for (a, b), e in sorted(edges.items())
        ],
    }


def write_graphml(graph: dict[str, Any], out: Path) -> None:
    """Write ``actor_graph``'s result as an undirected GraphML file."""
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys.items():
            ET.SubElement(
                root, "key", id=f"{scope[0]}_{name}", attrib={"for": scope, "attr.name": name}
            ).set("attr.type", kind)
    g = ET.SubElement(root, "graph", id="parley", edgedefault="undirected")
    for node in graph["nodes"]:
        el = ET.SubElement(g, "node", id=node["id"])
        _data(el, "n", NODE_KEYS, node)
    for i, edge in enumerate(graph["edges"]):
        el = ET.SubElement(g, "edge", id=f"e{i}", source=edge["source"], target=edge["target"])
        _data(el, "e", EDGE_KEYS, edge)
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)


def _data(el: ET.Element, prefix: str, keys: dict[str, str], values: dict[str, Any]) -> None:
    for name in keys:
        if values.get(name) not in (None, ""):
            ET.SubElement(el, "data", key=f"{prefix}_{name}").text = str(values[name])

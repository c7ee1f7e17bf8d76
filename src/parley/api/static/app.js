// parley's web UI: a hash-routed single page over the JSON API. No build step, no
// dependencies; all text goes into the page through textContent, never as HTML.
"use strict";

const STATUSES = ["held", "planned", "proposed", "ruled_out", "cancelled"];
const STATUS_NAMES = {
  held: "held", planned: "planned", proposed: "proposed",
  ruled_out: "ruled out", cancelled: "cancelled", statement: "statement",
};
const FIELD_NAMES = {
  status: "status", date: "date", location: "place", participants: "participants",
  parties: "parties", format: "format", mode: "mode",
};
const DAY = 86400000;

// -- small helpers -------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) el.setAttribute(key, value);
  }
  append(el, children);
  return el;
}

function link(route, text, attrs) {
  return h("a", { href: "#" + route, ...(attrs || {}) }, text);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

async function api(path, params) {
  const response = await fetch("/api" + path + query(params || {}), {
    headers: { Accept: "application/json" },
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail; } catch (e) { /* not JSON */ }
    const error = new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function badge(status) {
  const name = status || "unknown";
  return h("span", { class: "badge st-" + name }, STATUS_NAMES[name] || name);
}

function when(value) {
  return value || "undated";
}

function source(row) {
  return [row.outlet || "unknown outlet", when(row.published)].join(" · ");
}

function actorLink(actor) {
  if (!actor) return null;
  return actor.id ? link("/actor/" + encodeURIComponent(actor.id), actor.name) : actor.name;
}

function actorList(actors) {
  const parts = [];
  actors.forEach((a, i) => { if (i) parts.push(", "); parts.push(actorLink(a)); });
  return parts.length ? parts : "—";
}

function articleLink(id, offset, text) {
  return link("/article/" + encodeURIComponent(id) + (offset != null ? "?at=" + offset : ""), text);
}

function marked(text, needle) {
  // ``text`` with the first occurrence of ``needle`` in <mark>.
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), h("mark", {}, needle), text.slice(at + needle.length)];
}

function german(...children) {
  return h("span", { lang: "de" }, children);
}

function empty(message) {
  return h("p", { class: "empty" }, message);
}

function parseDay(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
  return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) : null;
}

// -- filters and pages ----------------------------------------------------------------

function filterForm(route, params, extra) {
  const field = (name, label, attrs) =>
    h("label", {}, label, h("input", { name, value: params[name] || "", ...attrs }));
  const status = h("select", { name: "status" }, h("option", { value: "" }, "any status"),
    STATUSES.map((s) => h("option", { value: s, selected: params.status === s }, STATUS_NAMES[s])));
  const form = h("form", { class: "filters" },
    field("since", "from", { placeholder: "YYYY-MM-DD", size: 10 }),
    field("until", "to", { placeholder: "YYYY-MM-DD", size: 10 }),
    field("actor", "actor", { placeholder: "name or id" }),
    field("outlet", "outlet", {}),
    h("label", {}, "status", status),
    extra || null,
    h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = "#" + route + query(values);
  });
  return form;
}

function pager(route, params, page) {
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  const go = (offset) => "#" + route + query({ ...params, offset, limit: page.limit });
  return h("nav", { class: "pager", "aria-label": "pages" },
    page.offset > 0 ? h("a", { href: go(Math.max(0, page.offset - page.limit)) }, "← previous") : null,
    h("span", { class: "muted" }, `${from}–${to} of ${page.total}`),
    to < page.total ? h("a", { href: go(page.offset + page.limit) }, "next →") : null);
}

function listParams(params) {
  const { since, until, actor, status, outlet, limit, offset } = params;
  return { since, until, actor, status, outlet, limit: limit || 50, offset: offset || 0 };
}

// -- timeline --------------------------------------------------------------------------

async function timelineView(params) {
  const filters = listParams(params);
  const entries = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < Math.min(total, 5000); offset += 1000) {
    const page = await api("/timeline", { ...filters, kind: params.kind, limit: 1000, offset });
    total = page.total;
    entries.push(...page.items);
    if (!page.items.length) break;
  }
  const kind = h("select", { name: "kind" }, h("option", { value: "" }, "meetings and statements"),
    h("option", { value: "meeting", selected: params.kind === "meeting" }, "meetings"),
    h("option", { value: "statement", selected: params.kind === "statement" }, "statements"));
  const panel = h("section", { class: "entry-panel", id: "entry-panel", "aria-live": "polite" },
    h("p", { class: "muted" }, "Select an entry to see its sources."));
  const view = [
    h("h1", {}, "Timeline"),
    filterForm("/", params, h("label", {}, "show", kind)),
  ];
  if (!entries.length) {
    view.push(empty("No dated meetings or statements in the store for these filters."));
    return view;
  }
  const counts = {};
  for (const e of entries) {
    const key = e.kind === "meeting" ? e.status || "unknown" : "statement";
    counts[key] = (counts[key] || 0) + 1;
  }
  view.push(
    h("p", { class: "legend" }, Object.entries(counts).map(([k, n]) =>
      h("span", { class: "legend-item" }, h("i", { class: "swatch st-" + k }), `${STATUS_NAMES[k] || k} ${n}`)),
      entries.some((e) => e.placed === "reported")
        ? h("span", { class: "legend-item" }, h("i", { class: "swatch hollow" }), "placed on first report")
        : null),
    timelineChart(entries, (entry) => showEntry(entry, panel)),
    panel,
    timelineList(entries, (entry) => showEntry(entry, panel)),
  );
  if (total > entries.length) view.push(h("p", { class: "muted" }, `Showing the first ${entries.length} of ${total}; narrow the filters to see the rest.`));
  return view;
}

function timelineChart(entries, open) {
  const box = h("div", { class: "chart" });
  const tools = h("div", { class: "chart-tools" },
    h("button", { type: "button", onclick: () => zoom(0.5), "aria-label": "zoom in" }, "+"),
    h("button", { type: "button", onclick: () => zoom(2), "aria-label": "zoom out" }, "−"),
    h("button", { type: "button", onclick: () => reset() }, "all"),
    h("span", { class: "muted hint" }, "wheel or buttons to zoom, drag to move"));
  const begins = entries.map((e) => parseDay(e.begin)).sort((a, b) => a - b);
  const ends = entries.map((e) => parseDay(e.until) + DAY).sort((a, b) => a - b);
  const padded = (from, to) => {
    const pad = Math.max(DAY, (to - from) * 0.04);
    return [from - pad, to + pad];
  };
  const full = padded(begins[0], ends[ends.length - 1]);
  // Open on where most entries are (within Tukey's fences of their days); far-off or
  // long entries stay one "all" away.
  const quartile = (q) => begins[Math.floor(q * (begins.length - 1))];
  const spread = Math.max(7 * DAY, quartile(0.75) - quartile(0.25));
  const first = padded(
    Math.max(begins[0], quartile(0.25) - 1.5 * spread),
    Math.min(begins[begins.length - 1], quartile(0.75) + 1.5 * spread) + DAY);
  let domain = first.slice();
  const items = entries.map((e) => ({ e, from: parseDay(e.begin), to: parseDay(e.until) + DAY }));
  const area = h("div", { class: "chart-area" });
  box.append(tools, area);

  function reset() { domain = full.slice(); draw(); }
  function zoom(factor, centre) {
    const mid = centre != null ? centre : (domain[0] + domain[1]) / 2;
    const width = Math.max(3 * DAY, Math.min((full[1] - full[0]) * 4, (domain[1] - domain[0]) * factor));
    const share = (mid - domain[0]) / (domain[1] - domain[0]);
    domain = [mid - width * share, mid + width * (1 - share)];
    draw();
  }

  function draw() {
    const width = Math.max(300, area.clientWidth || 800);
    const x = (t) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
    const lanes = [];
    const placed = [];
    for (const item of items) {
      if (item.e.kind !== "meeting") continue;
      const x0 = x(item.from);
      const x1 = Math.max(x(item.to), x0 + 10);
      let lane = lanes.findIndex((right) => right < x0 - 4);
      if (lane < 0) { lane = lanes.length; lanes.push(0); }
      lanes[lane] = x1;
      placed.push({ item, x0, x1, lane });
    }
    const laneHeight = 18;
    const top = 28;
    const statementsY = top + Math.max(1, lanes.length) * laneHeight + 14;
    const height = statementsY + 26;
    const chart = svg("svg", {
      width, height, viewBox: `0 0 ${width} ${height}`, role: "group",
      "aria-label": "timeline of meetings and statements", class: "timeline-svg",
    });
    for (const tick of ticks(domain, width)) {
      const tx = x(tick.t);
      chart.append(
        svg("line", { x1: tx, x2: tx, y1: 18, y2: height, class: "tick" }),
        svg("text", { x: tx + 3, y: 13, class: "tick-label" }, tick.label));
    }
    for (const { item, x0, x1, lane } of placed) {
      const e = item.e;
      const group = svg("g", {
        class: `entry meeting st-${e.status || "unknown"}${e.placed === "reported" ? " hollow" : ""}`,
        tabindex: 0, role: "button", "data-id": e.id, "data-kind": "meeting",
      },
      svg("title", {}, `${e.label || "meeting"} · ${STATUS_NAMES[e.status] || e.status} · ${e.begin}` +
        (e.until !== e.begin ? `–${e.until}` : "") + (e.actors.length ? ` · ${e.actors.join(", ")}` : "")),
      svg("rect", { x: x0, y: top + lane * laneHeight, width: x1 - x0, height: laneHeight - 5, rx: 4 }));
      chart.append(group);
    }
    for (const item of items) {
      if (item.e.kind !== "statement") continue;
      const e = item.e;
      chart.append(svg("g", {
        class: "entry statement st-statement", tabindex: 0, role: "button",
        "data-id": e.id, "data-kind": "statement",
      },
      svg("title", {}, `${e.label || "unnamed"} · ${e.day}: ${e.text || ""}`),
      svg("circle", { cx: x((item.from + item.to) / 2), cy: statementsY + 6, r: 5 })));
    }
    chart.append(svg("text", { x: 4, y: statementsY - 3, class: "band-label" }, "statements"));
    area.replaceChildren(chart);
  }

  const byId = new Map(entries.map((e) => [e.kind + ":" + e.id, e]));
  area.addEventListener("click", (event) => {
    const g = event.target.closest(".entry");
    if (g && !area.dataset.dragged) open(byId.get(g.dataset.kind + ":" + g.dataset.id));
  });
  area.addEventListener("keydown", (event) => {
    const g = event.target.closest(".entry");
    if (g && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      open(byId.get(g.dataset.kind + ":" + g.dataset.id));
    }
  });
  area.addEventListener("wheel", (event) => {
    event.preventDefault();
    const rect = area.getBoundingClientRect();
    const share = (event.clientX - rect.left) / rect.width;
    zoom(event.deltaY > 0 ? 1.25 : 0.8, domain[0] + share * (domain[1] - domain[0]));
  }, { passive: false });
  let drag = null;
  area.addEventListener("pointerdown", (event) => {
    drag = { x: event.clientX, domain: domain.slice(), moved: false };
    delete area.dataset.dragged;
  });
  area.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    if (Math.abs(dx) > 3) drag.moved = true;
    if (!drag.moved) return;
    const shift = (dx / area.clientWidth) * (drag.domain[1] - drag.domain[0]);
    domain = [drag.domain[0] - shift, drag.domain[1] - shift];
    area.dataset.dragged = "1";
    draw();
  });
  const stop = () => {
    drag = null;
    setTimeout(() => delete area.dataset.dragged, 0);
  };
  area.addEventListener("pointerup", stop);
  area.addEventListener("pointerleave", stop);
  let drawnWidth = null;
  new ResizeObserver(() => {
    if (area.clientWidth !== drawnWidth) {
      drawnWidth = area.clientWidth;
      draw();
    }
  }).observe(area);
  return box;
}

const MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
const STEPS = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"]];
const UNIT = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };

function ticks(domain, width) {
  // Calendar ticks at least ~70 px apart: days, weeks, months or years as the zoom allows.
  const span = domain[1] - domain[0];
  const [n, unit] = STEPS.find(([k, u]) => (k * UNIT[u] / span) * width >= 70) || [20, "y"];
  const out = [];
  const d = new Date(domain[0]);
  if (unit === "d") {
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t < domain[1]; t += DAY) {
      const m = new Date(t);
      const keep = n === 7 ? m.getUTCDay() === 1 : n === 14 ? m.getUTCDay() === 1 && (t / DAY / 7) % 2 < 1 : (t / DAY) % n === 0;
      if (keep) out.push({ t, label: `${m.getUTCDate()}. ${MONTHS[m.getUTCMonth()]}` });
    }
  } else if (unit === "m") {
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); t < domain[1];) {
      const m = new Date(t);
      if (m.getUTCMonth() % n === 0) out.push({ t, label: `${MONTHS[m.getUTCMonth()]} ${m.getUTCFullYear()}` });
      t = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1);
    }
  } else {
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) < domain[1]; y++) {
      if (y % n === 0) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    }
  }
  return out.filter((tick) => tick.t >= domain[0]);
}

function timelineList(entries, open) {
  const list = h("ol", { class: "timeline-list" });
  let month = null;
  for (const e of entries) {
    const m = e.day.slice(0, 7);
    if (m !== month) {
      month = m;
      list.append(h("li", { class: "month" }, m));
    }
    const what = e.kind === "meeting"
      ? [badge(e.status), " ", german(e.label || "meeting"), e.actors.length ? [" · ", german(e.actors.join(", "))] : null,
        e.location ? [" · ", german(e.location)] : null,
        e.disputed.length ? h("span", { class: "disputed-flag", title: "sources disagree: " + e.disputed.join(", ") }, " ⚠ disputed") : null]
      : [badge("statement"), " ", german(e.label ? e.label + ": " : "", "„", e.text || "", "“")];
    list.append(h("li", { class: "entry-row" },
      h("button", { type: "button", class: "linkish", "data-id": e.id, onclick: () => open(e) },
        h("time", {}, e.begin + (e.until !== e.begin ? "–" + e.until : "")), " ", what,
        e.kind === "meeting" ? h("span", { class: "muted" }, ` · ${e.sources} source${e.sources === 1 ? "" : "s"}`) : null)));
  }
  return list;
}

async function showEntry(entry, panel) {
  document.querySelectorAll(".entry.selected").forEach((el) => el.classList.remove("selected"));
  document.querySelectorAll(`.entry[data-id="${CSS.escape(entry.id)}"]`).forEach((el) => el.classList.add("selected"));
  if (entry.kind === "statement") {
    panel.replaceChildren(
      h("h2", {}, "Statement · ", entry.day),
      h("blockquote", { lang: "de" }, entry.text),
      h("p", {}, german(entry.label || "unnamed speaker"), " · ",
        articleLink(entry.article_id, null, "read the article")));
    panel.scrollIntoView({ block: "nearest" });
    return;
  }
  panel.replaceChildren(h("p", { class: "muted" }, "Loading sources…"));
  const meeting = await api("/meetings/" + encodeURIComponent(entry.id));
  panel.replaceChildren(
    h("h2", {}, german(meeting.label || "meeting"), " ", badge(meeting.status)),
    meetingFacts(meeting),
    h("h3", {}, `Sources (${meeting.sources.length})`),
    h("ul", { class: "source-list" }, meeting.sources.map((s) => h("li", { class: "source" },
      h("div", { class: "muted" }, source(s), " · ", badge(s.status)),
      h("p", { lang: "de" }, marked(s.sentence, s.trigger)),
      articleLink(s.article_id, s.start, s.title || "(untitled article)")))),
    link("/meeting/" + encodeURIComponent(meeting.id), "Open the meeting page →", { class: "more" }));
  panel.scrollIntoView({ block: "nearest" });
}

function meetingFacts(m) {
  const row = (name, value, field) => h("div", { class: field && m.disputed.includes(field) ? "disputed" : null },
    h("dt", {}, name), h("dd", {}, value));
  return h("dl", { class: "facts" },
    row("date", m.begin ? m.begin + (m.until && m.until !== m.begin ? " – " + m.until : "") : (m.date || "unknown"), "date"),
    row("status", badge(m.status), "status"),
    row("place", m.location ? actorLink(m.location) : "—", "location"),
    row("participants", actorList(m.participants), "participants"),
    row("parties", actorList(m.parties), "parties"),
    row("format", [m.format, m.mode].filter(Boolean).join(", ") || "—", "format"),
    row("reported", `${m.reports} report${m.reports === 1 ? "" : "s"}` + (m.outlets.length ? " · " + m.outlets.join(", ") : "")));
}

// -- meetings --------------------------------------------------------------------------

async function meetingsView(params) {
  const page = await api("/meetings", listParams(params));
  return [
    h("h1", {}, "Meetings"),
    filterForm("/meetings", params),
    page.items.length ? h("ul", { class: "cards" }, page.items.map((m) => h("li", { class: "card" },
      h("div", {}, badge(m.status), " ", h("strong", {}, link("/meeting/" + encodeURIComponent(m.id), m.label || "meeting"))),
      h("div", { class: "muted" }, (m.begin || m.date || "undated") + ` · ${m.reports} source${m.reports === 1 ? "" : "s"}`,
        m.disputed.length ? h("span", { class: "disputed-flag" }, " · ⚠ sources disagree on " + m.disputed.map((f) => FIELD_NAMES[f] || f).join(", ")) : null),
      h("div", { lang: "de" }, actorList([...m.participants, ...m.parties]), m.location ? [" · ", actorLink(m.location)] : null))))
      : empty("No meetings in the store for these filters."),
    pager("/meetings", params, page),
  ];
}

async function meetingView(id) {
  const m = await api("/meetings/" + encodeURIComponent(id));
  const view = [
    h("p", { class: "crumbs" }, link("/meetings", "Meetings"), " / ", m.id),
    h("h1", { lang: "de" }, m.label || "meeting", " ", badge(m.status)),
    meetingFacts(m),
  ];
  if (!m.canonical && m.reports === 1) {
    view.push(h("p", { class: "muted" }, "One report; not (yet) linked to reports of the same meeting in other articles."));
  }
  if (m.disagreements.length) {
    view.push(h("section", { class: "disagreements" }, h("h2", {}, "⚠ Where the sources disagree"),
      h("ul", {}, m.disagreements.map((d) => h("li", {},
        h("strong", {}, FIELD_NAMES[d.field] || d.field), ": ",
        d.values.map((c, i) => [i ? "; " : "",
          h("span", { class: "claim", lang: "de" }, d.field === "status" ? STATUS_NAMES[c.value] || c.value : c.value), " (",
          c.sources.map((s) => `${s.outlet || "unknown outlet"}, ${when(s.published)}`).join("; "), ")"]))))));
  }
  view.push(h("h2", {}, `Sources side by side (${m.sources.length})`),
    h("div", { class: "sources" }, m.sources.map((s) => sourceCard(s, m))));
  return view;
}

function sourceCard(s, m) {
  const differs = new Set(m.disagreements.map((d) => d.field));
  const claim = (field, value) => h("div", { class: differs.has(field) ? "disputed" : null },
    h("dt", {}, FIELD_NAMES[field] || field, differs.has(field) ? " ⚠" : ""), h("dd", { lang: "de" }, value));
  const evidence = Object.entries(s.evidence || {}).filter(([, e]) => e.sentence && e.sentence !== s.sentence);
  return h("article", { class: "source-card" },
    h("header", {}, h("strong", {}, s.outlet || "unknown outlet"), h("span", { class: "muted" }, " · ", when(s.published))),
    h("p", { class: "source-title", lang: "de" }, articleLink(s.article_id, s.start, s.title || "(untitled article)")),
    h("blockquote", { lang: "de" }, marked(s.sentence, s.trigger)),
    h("dl", { class: "facts small" },
      claim("status", badge(s.status)),
      claim("date", s.begin ? s.begin + (s.until && s.until !== s.begin ? " – " + s.until : "") : (s.date || "—")),
      claim("location", s.location ? actorLink(s.location) : "—"),
      claim("participants", actorList(s.participants)),
      claim("parties", actorList(s.parties)),
      claim("format", s.format || "—"),
      claim("mode", s.mode || "—")),
    evidence.length ? h("details", {}, h("summary", {}, "evidence by field"),
      h("ul", {}, evidence.map(([field, e]) => h("li", {}, h("em", {}, FIELD_NAMES[field] || field), ": ", german(e.sentence))))) : null);
}

// -- actors ----------------------------------------------------------------------------

async function actorsView(params) {
  const type = h("select", { name: "type" }, h("option", { value: "" }, "any type"),
    ["PER", "ORG", "LOC", "OTH"].map((t) => h("option", { value: t, selected: params.type === t }, t)));
  const page = await api("/actors", { ...listParams(params), type: params.type });
  return [
    h("h1", {}, "Actors"),
    filterForm("/actors", params, h("label", {}, "type", type)),
    page.items.length ? h("table", { class: "table" },
      h("thead", {}, h("tr", {}, ["name", "type", "role", "articles", "first seen", "last seen"].map((c) => h("th", {}, c)))),
      h("tbody", {}, page.items.map((a) => h("tr", {},
        h("td", { lang: "de" }, actorLink(a), a.aliases.length > 1 ? h("div", { class: "muted small" }, a.aliases.join(" · ")) : null),
        h("td", {}, a.type), h("td", { lang: "de" }, a.role || ""), h("td", {}, a.articles),
        h("td", {}, a.first_seen || ""), h("td", {}, a.last_seen || "")))))
      : empty("No actors in the store for these filters."),
    pager("/actors", params, page),
  ];
}

async function actorView(id) {
  const a = await api("/actors/" + encodeURIComponent(id));
  return [
    h("p", { class: "crumbs" }, link("/actors", "Actors"), " / ", a.id),
    h("h1", { lang: "de" }, a.name, " ", h("span", { class: "muted" }, a.type || "")),
    h("dl", { class: "facts" },
      h("div", {}, h("dt", {}, "role"), h("dd", { lang: "de" }, a.role || "—")),
      h("div", {}, h("dt", {}, "aliases"), h("dd", { lang: "de" }, a.aliases.join(" · ") || "—")),
      h("div", {}, h("dt", {}, "seen"), h("dd", {}, `${a.articles} article${a.articles === 1 ? "" : "s"}, ${when(a.first_seen)} – ${when(a.last_seen)}`))),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "Roles over time"),
        a.roles.length ? h("ol", { class: "plain" }, a.roles.map((r) => h("li", {},
          h("time", {}, when(r.published)), " ", german(h("strong", {}, r.text)),
          r.affiliation ? [" · ", actorLink(r.affiliation)] : null,
          h("div", { class: "muted small" }, r.outlet || "unknown outlet", " · ", articleLink(r.article_id, r.start, "source")))))
          : empty("No roles recorded.")),
      h("section", {}, h("h2", {}, "Who they met"),
        a.met.length ? h("ul", { class: "plain" }, a.met.map((c) => h("li", {}, actorLink(c),
          h("span", { class: "muted" }, ` · ${c.meetings} meeting${c.meetings === 1 ? "" : "s"}, ${c.reports} report${c.reports === 1 ? "" : "s"}`))))
          : empty("No meetings with others recorded."))),
    h("h2", {}, `Meetings (${a.meetings.length})`),
    a.meetings.length ? h("ul", { class: "plain" }, a.meetings.map((m) => h("li", {},
      h("time", {}, m.begin || m.first_reported || "undated"), " ", badge(m.status), " ",
      link("/meeting/" + encodeURIComponent(m.id), m.label || "meeting"),
      h("span", { class: "muted", lang: "de" }, " · ", [...m.participants, ...m.parties].map((p) => p.name).join(", ")))))
      : empty("No meetings recorded."),
    h("h2", {}, `Quotes (${a.quotes.length})`),
    a.quotes.length ? h("ul", { class: "quotes" }, a.quotes.map((q) => h("li", {},
      h("blockquote", { lang: "de", class: "q-" + q.kind }, q.text),
      h("div", { class: "muted small" }, q.kind, q.cue ? " · " + q.cue : "", " · ", source(q), " · ",
        articleLink(q.article_id, q.start, "in context")))))
      : empty("No quotes recorded."),
    h("h2", {}, `Articles (${a.documents.length})`),
    documentList(a.documents),
  ];
}

// -- quotes and articles ---------------------------------------------------------------

async function quotesView(params) {
  const kind = h("select", { name: "kind" }, h("option", { value: "" }, "any kind"),
    ["direct", "indirect", "fragment"].map((k) => h("option", { value: k, selected: params.kind === k }, k)));
  const page = await api("/quotes", { ...listParams(params), kind: params.kind });
  return [
    h("h1", {}, "Quotes"),
    filterForm("/quotes", params, h("label", {}, "kind", kind)),
    page.items.length ? h("ul", { class: "quotes" }, page.items.map((q) => h("li", {},
      h("div", {}, q.speaker ? actorLink(q.speaker) : german(q.speaker_text || "unnamed"), h("span", { class: "muted" }, " · " + q.kind)),
      h("blockquote", { lang: "de", class: "q-" + q.kind }, q.text),
      h("div", { class: "muted small" }, source(q), " · ", articleLink(q.article_id, q.start, "in context")))))
      : empty("No quotes in the store for these filters."),
    pager("/quotes", params, page),
  ];
}

function documentList(documents) {
  if (!documents.length) return empty("No articles.");
  return h("ul", { class: "cards" }, documents.map((d) => h("li", { class: "card" },
    h("strong", { lang: "de" }, articleLink(d.id, null, d.title || "(untitled)")),
    h("div", { class: "muted small" }, source(d), d.credits.length ? " · " + d.credits.join("/") : "",
      ` · ${d.actors} actors · ${d.quotes} quotes · ${d.meetings} meeting reports`,
      d.publications > 1 ? ` · printed ${d.publications}×` : ""))));
}

async function articlesView(params) {
  const page = await api("/documents", listParams(params));
  return [
    h("h1", {}, "Articles"),
    filterForm("/articles", params),
    documentList(page.items),
    pager("/articles", params, page),
  ];
}

const LAYERS = [
  ["ent", "entities"], ["tx", "dates"], ["qt", "quotes"], ["mt", "meetings"],
];

async function articleView(id, params) {
  const doc = await api("/documents/" + encodeURIComponent(id));
  const actorsByKey = new Map(doc.actors.map((a) => [a.key, a]));
  const annotations = [];
  for (const m of doc.mentions) {
    const actor = actorsByKey.get(m.actor_key);
    annotations.push({ start: m.start, end: m.end, cls: "ent ent-" + m.label.slice(0, 3),
      title: `${m.label}${actor ? " · " + actor.name : ""}`, actor: actor ? actor.actor_id : null });
  }
  for (const t of doc.timexes) {
    annotations.push({ start: t.start, end: t.end, cls: "tx", title: `date · ${t.value}` +
      (t.begin ? ` (${t.begin}${t.until && t.until !== t.begin ? " – " + t.until : ""})` : "") });
  }
  for (const q of doc.quotes) {
    annotations.push({ start: q.start, end: q.end, cls: "qt qt-" + q.kind,
      title: `${q.kind} quote · ${q.speaker ? q.speaker.name : q.speaker_text || "unnamed"}` });
  }
  for (const m of doc.meetings) {
    annotations.push({ start: m.start, end: m.end, cls: "mt st-" + m.status, meeting: m.meeting_id,
      title: `meeting · ${STATUS_NAMES[m.status] || m.status}${m.date ? " · " + m.date : ""}` });
  }
  const text = h("div", { class: "article-text", lang: "de" }, highlight(doc.text, annotations));
  text.addEventListener("click", (event) => {
    const span = event.target.closest("[data-actor],[data-meeting]");
    if (!span) return;
    if (span.dataset.meeting) location.hash = "#/meeting/" + encodeURIComponent(span.dataset.meeting);
    else location.hash = "#/actor/" + encodeURIComponent(span.dataset.actor);
  });
  const toggles = h("div", { class: "layers" }, LAYERS.map(([cls, name]) => h("label", { class: "layer layer-" + cls },
    h("input", { type: "checkbox", checked: true, onchange: (e) => text.classList.toggle("hide-" + cls, !e.target.checked) }),
    " " + name)));
  const jump = (start) => () => flash(text, start);
  const side = h("aside", { class: "article-side" },
    h("h2", {}, `Actors (${doc.actors.length})`),
    doc.actors.length ? h("ul", { class: "plain small" }, doc.actors.map((a) => h("li", { lang: "de" },
      link("/actor/" + encodeURIComponent(a.actor_id), a.name), h("span", { class: "muted" }, ` ${a.type} · ${a.mentions.join(", ")}`))))
      : empty("none found"),
    h("h2", {}, `Dates (${doc.timexes.length})`),
    doc.timexes.length ? h("ul", { class: "plain small" }, doc.timexes.map((t) => h("li", {},
      h("button", { type: "button", class: "linkish", onclick: jump(t.start) }, german(t.text)), " → ", t.value)))
      : empty("none found"),
    h("h2", {}, `Quotes (${doc.quotes.length})`),
    doc.quotes.length ? h("ul", { class: "plain small" }, doc.quotes.map((q) => h("li", {},
      h("button", { type: "button", class: "linkish", onclick: jump(q.start) },
        german(q.speaker ? q.speaker.name : q.speaker_text || "unnamed"), ": ", q.kind))))
      : empty("none found"),
    h("h2", {}, `Meetings (${doc.meetings.length})`),
    doc.meetings.length ? h("ul", { class: "plain small" }, doc.meetings.map((m) => h("li", {},
      badge(m.status), " ", link("/meeting/" + encodeURIComponent(m.meeting_id), m.trigger, { lang: "de" }),
      m.date ? " · " + m.date : "")))
      : empty("none found"));
  const meta = h("p", { class: "muted" }, source(doc), doc.credits.length ? " · " + doc.credits.join("/") : "",
    doc.url && /^https?:\/\//.test(doc.url) ? [" · ", h("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null);
  const view = [
    h("p", { class: "crumbs" }, link("/articles", "Articles"), " / ", doc.id),
    h("h1", { lang: "de" }, doc.title || "(untitled)"),
    meta,
    doc.publications.length > 1 ? h("p", { class: "muted small" }, "Also printed: ",
      doc.publications.map((p) => `${p.outlet || p.source} (${when(p.published)})`).join("; ")) : null,
    toggles,
    h("div", { class: "article-layout" }, text, side),
  ];
  if (params.at != null) requestAnimationFrame(() => flash(text, +params.at));
  return view;
}

function highlight(text, annotations) {
  // Cut the text at every annotation boundary; each piece carries the classes of every
  // annotation covering it, so nested facts (a name inside a quote) both show.
  const cuts = new Set([0, text.length]);
  for (const a of annotations) {
    if (a.start >= 0 && a.end <= text.length && a.start < a.end) { cuts.add(a.start); cuts.add(a.end); }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = annotations.filter((a) => a.start <= from && to <= a.end);
    const piece = text.slice(from, to);
    if (!covering.length) { out.push(piece); continue; }
    const actor = covering.find((a) => a.actor);
    const meeting = covering.find((a) => a.meeting);
    out.push(h("span", {
      class: covering.map((a) => a.cls).join(" "),
      title: covering.map((a) => a.title).join("\n"),
      "data-start": from,
      "data-actor": actor ? actor.actor : null,
      "data-meeting": meeting ? meeting.meeting : null,
    }, piece));
  }
  return out;
}

function flash(container, offset) {
  const spans = [...container.querySelectorAll("[data-start]")];
  const target = spans.filter((s) => +s.dataset.start <= offset).pop() || spans[0];
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.classList.add("flash");
  setTimeout(() => target.classList.remove("flash"), 2000);
}

// -- search ----------------------------------------------------------------------------

async function searchView(params) {
  const kind = h("select", { name: "kind" }, h("option", { value: "" }, "articles and quotes"),
    h("option", { value: "article", selected: params.kind === "article" }, "articles"),
    h("option", { value: "quote", selected: params.kind === "quote" }, "quotes"));
  const form = h("form", { class: "filters search-form", role: "search" },
    h("label", { class: "grow" }, "words", h("input", { type: "search", name: "q", value: params.q || "", placeholder: 'Waffenruhe Genf, or "a phrase"' })),
    h("label", {}, "in", kind),
    h("label", {}, "from", h("input", { name: "since", value: params.since || "", size: 10 })),
    h("label", {}, "to", h("input", { name: "until", value: params.until || "", size: 10 })),
    h("label", {}, "outlet", h("input", { name: "outlet", value: params.outlet || "" })),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = "#/search" + query(Object.fromEntries(new FormData(form).entries()));
  });
  const view = [h("h1", {}, "Search"), form];
  if (!params.q) return view;
  const page = await api("/search", { ...listParams(params), q: params.q, kind: params.kind });
  view.push(
    h("p", { class: "muted" }, `${page.total} hit${page.total === 1 ? "" : "s"}`),
    h("ul", { class: "cards hits" }, page.items.map((hit) => h("li", { class: "card" },
      h("div", {}, h("span", { class: "badge kind" }, hit.kind), " ",
        articleLink(hit.article_id, hit.offset, hit.title || "(untitled)"),
        hit.speaker ? h("span", { class: "muted", lang: "de" }, " · " + hit.speaker) : null),
      h("p", { lang: "de", class: "snippet" }, withMarks(hit.snippet, hit.marks)),
      h("div", { class: "muted small" }, source(hit))))),
    pager("/search", params, page));
  return view;
}

function withMarks(text, marks) {
  const out = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out.push(text.slice(at, start), h("mark", {}, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

// -- routing ---------------------------------------------------------------------------

const ROUTES = [
  [/^\/?$/, "timeline", (m, p) => timelineView(p)],
  [/^\/timeline$/, "timeline", (m, p) => timelineView(p)],
  [/^\/meetings$/, "meetings", (m, p) => meetingsView(p)],
  [/^\/meeting\/(.+)$/, "meetings", (m) => meetingView(decodeURIComponent(m[1]))],
  [/^\/actors$/, "actors", (m, p) => actorsView(p)],
  [/^\/actor\/(.+)$/, "actors", (m) => actorView(decodeURIComponent(m[1]))],
  [/^\/quotes$/, "quotes", (m, p) => quotesView(p)],
  [/^\/articles$/, "articles", (m, p) => articlesView(p)],
  [/^\/article\/([^/]+)$/, "articles", (m, p) => articleView(decodeURIComponent(m[1]), p)],
  [/^\/search$/, "search", (m, p) => searchView(p)],
];

let rendering = 0;

async function render() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, search] = hash.split("?");
  const params = Object.fromEntries(new URLSearchParams(search || ""));
  const view = document.getElementById("view");
  const ticket = ++rendering;
  let section = null;
  let content;
  try {
    const route = ROUTES.find(([pattern]) => pattern.test(path));
    if (!route) throw Object.assign(new Error("No such page."), { status: 404 });
    section = route[1];
    content = await route[2](route[0].exec(path), params);
  } catch (error) {
    content = [h("h1", {}, error.status === 404 ? "Not found" : "Something went wrong"),
      h("p", { class: "error" }, error.message)];
  }
  if (ticket !== rendering) return;
  document.querySelectorAll("nav a[data-section]").forEach((a) =>
    a.classList.toggle("current", a.dataset.section === section));
  view.replaceChildren(...[content].flat().filter(Boolean));
  view.dataset.page = section || "error";
  view.dataset.ready = "1";
  document.title = "parley · " + (view.querySelector("h1") ? view.querySelector("h1").textContent : "");
  if (params.at == null) window.scrollTo(0, 0);
}

async function storeInfo() {
  try {
    const info = await api("/info");
    const c = info.counts;
    document.getElementById("store-info").textContent =
      `${c.articles} articles · ${c.mentions} mentions · ${c.quotes} quotes · ${c.meeting_reports} meeting reports · ` +
      `${c.actors} canonical actors · ${c.meetings} canonical meetings · ` +
      (info.writable ? "accepts articles" : "read-only") + ` · parley ${info.version}`;
  } catch (error) {
    document.getElementById("store-info").textContent = "store unavailable: " + error.message;
  }
}

document.getElementById("quick-search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get("q");
  location.hash = "#/search" + query({ q });
});
window.addEventListener("hashchange", render);
render();
storeInfo();

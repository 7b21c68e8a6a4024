// SPDX-License-Identifier: MIT
// The report page's script (ascn report): tables that sort and filter, the map's pan, zoom and
// year slider, the city search and the city panel. No library; its data is the tool's JSON in
// the page's <script id="report-data">. Without it the page is the static report.
(function () {
  "use strict";
  const root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
  const data = JSON.parse(document.getElementById("report-data").textContent).result;
  const nodes = new Map(data.network.nodes.map((n) => [n.id, n]));
  const areaName = new Map(data.focus_areas.map((a) => [a.id, a.name]));
  const sourceKeys = new Set(data.sources.map((s) => s.key));
  const nameOf = (id) => (nodes.get(id) && nodes.get(id).name) || id;
  const fmt = (v, d) => Number(v).toFixed(d);

  // A small element builder: el("li", {class: "x"}, "text", child...).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "onclick") e.addEventListener("click", v);
      else if (v !== undefined && v !== null) e.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity))
      if (c !== undefined && c !== null && c !== false)
        e.append(c instanceof Node ? c : String(c));
    return e;
  }
  // Names compared as the tool does: without case, accents, spaces or punctuation.
  const fold = (s) =>
    String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/[^a-z0-9]/g, "");

  // ---- Tables: click a header to sort (again to reverse); a filter above long tables.
  for (const table of document.querySelectorAll("table.sortable")) {
    const body = table.tBodies[0];
    if (!body) continue;
    const heads = Array.from(table.tHead.rows[0].cells);
    heads.forEach((th, col) => {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      const sort = () => {
        const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        const numeric = th.classList.contains("n");
        const key = (tr) => {
          const t = (tr.cells[col] || {}).textContent || "";
          if (!numeric) return t.trim().toLowerCase();
          const v = parseFloat(t.replace(/[^0-9.eE+-]/g, ""));
          return Number.isNaN(v) ? -Infinity : v;
        };
        const rows = Array.from(body.rows).map((tr, i) => [key(tr), i, tr]);
        rows.sort((a, b) => (a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1] - b[1]));
        for (const r of rows) body.append(r[2]);
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
    });
    if (body.rows.length > 8) {
      const input = el("input", { type: "search", class: "filter",
        placeholder: `Filter these ${body.rows.length} rows…`, "aria-label": "Filter the table" });
      input.addEventListener("input", () => {
        const q = input.value.trim().toLowerCase();
        for (const tr of body.rows) tr.hidden = q !== "" && !tr.textContent.toLowerCase().includes(q);
      });
      table.parentElement.before(input);
    }
  }

  // ---- The map: pan (drag), zoom (wheel, buttons) by moving the viewBox.
  const svg = document.getElementById("network-map");
  let openCity = () => {};
  if (svg) {
    const vb0 = { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y,
                  w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height };
    let vb = { ...vb0 };
    const scale = () => { // user units per CSS pixel (preserveAspectRatio meet)
      const r = svg.getBoundingClientRect();
      return r.width && r.height ? Math.max(vb.w / r.width, vb.h / r.height) : 1;
    };
    const apply = () => {
      svg.setAttribute("viewBox", `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
      // A dense map shows its labels only when zoomed in far enough to read them.
      svg.classList.toggle("zoomed", vb.w < vb0.w / 6);
      svg.style.setProperty("--u", scale().toFixed(4));
    };
    const toUser = (cx, cy) => {
      const p = new DOMPoint(cx, cy).matrixTransform(svg.getScreenCTM().inverse());
      return [p.x, p.y];
    };
    const zoom = (f, ux, uy) => {
      const w = Math.min(vb0.w * 3, Math.max(vb0.w / 40, vb.w * f));
      f = w / vb.w;
      if (ux === undefined) { ux = vb.x + vb.w / 2; uy = vb.y + vb.h / 2; }
      vb = { x: ux - (ux - vb.x) * f, y: uy - (uy - vb.y) * f, w: vb.w * f, h: vb.h * f };
      apply();
    };
    svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const [ux, uy] = toUser(e.clientX, e.clientY);
      zoom(Math.exp(e.deltaY * 0.0015), ux, uy);
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", (e) => {
      drag = { x: e.clientX, y: e.clientY, vb: { ...vb }, s: scale(), moved: false };
    });
    svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) { drag.moved = true; svg.setPointerCapture(e.pointerId); svg.classList.add("dragging"); }
      vb = { ...drag.vb, x: drag.vb.x - dx * drag.s, y: drag.vb.y - dy * drag.s };
      apply();
    });
    const end = (e) => {
      if (drag && !drag.moved) {
        const c = e.target.closest && e.target.closest("circle.city");
        if (c) openCity(c.dataset.id);
      }
      drag = null;
      svg.classList.remove("dragging");
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", () => { drag = null; });
    for (const b of document.querySelectorAll("[data-zoom]"))
      b.addEventListener("click", () => {
        if (b.dataset.zoom === "reset") { vb = { ...vb0 }; apply(); }
        else zoom(b.dataset.zoom === "in" ? 1 / 1.5 : 1.5);
      });
    // Refit dots and labels whenever the map's box changes (window, panel opening).
    new ResizeObserver(apply).observe(svg);
    apply();
    const partners = document.getElementById("show-partners");
    partners.addEventListener("change", () => svg.classList.toggle("no-partners", !partners.checked));

    // ---- The year slider: what was there in that year, and the counts.
    const slider = document.getElementById("year"), counts = document.getElementById("year-counts");
    const dated = svg.querySelectorAll("[data-from]");
    const showYear = (y) => {
      for (const e of dated) {
        const from = +e.dataset.from, to = e.dataset.to ? +e.dataset.to : Infinity;
        e.classList.toggle("off", from > y || to < y);
      }
      const g = data.growth.find((r) => r.year === y);
      counts.textContent = g ? `${y}: ${g.cities} cities, ${g.countries} member states, ` +
        `${g.partners} partners, ${g.relationships} relationships` : String(y);
    };
    slider.addEventListener("input", () => showYear(+slider.value));
    showYear(+slider.value);
  }

  // ---- A peer-learning path drawn on the map.
  function drawRoute(vertices) {
    if (!svg) return;
    const layer = svg.querySelector("g.route");
    layer.replaceChildren();
    const pts = [];
    for (const id of vertices) {
      const c = svg.querySelector(`circle[data-id="${CSS.escape(id)}"]`);
      if (c) pts.push([c.getAttribute("cx"), c.getAttribute("cy")]);
    }
    if (pts.length < 2) return;
    const ns = "http://www.w3.org/2000/svg";
    const line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", pts.map((p) => p.join(",")).join(" "));
    layer.append(line);
    for (const p of [pts[0], pts[pts.length - 1]]) {
      const c = document.createElementNS(ns, "circle");
      c.setAttribute("cx", p[0]);
      c.setAttribute("cy", p[1]);
      layer.append(c);
    }
  }

  // ---- The city panel: profile, relationships with their sources, mentors per focus area.
  const panel = document.getElementById("panel");
  const sourceLinks = (keys) => String(keys || "").split(";").filter((k) => k).map((k, i) => [
    i ? ", " : "", sourceKeys.has(k) ? el("a", { href: `#src-${k}` }, k) : k]);
  const cityLink = (id) => el("a", { href: "#map", class: "city-link", "data-city": id }, nameOf(id));
  const closePanel = () => {
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    if (svg) {
      svg.querySelector("g.route").replaceChildren();
      for (const c of svg.querySelectorAll("circle.selected")) c.classList.remove("selected");
    }
  };
  openCity = function (id) {
    const n = nodes.get(id);
    if (!n || n.kind !== "city") return;
    const country = nodes.get(n.country);
    const cluster = data.clusters[id];
    const facts = [
      ["id", id],
      ["country", country ? `${country.name} (${n.country})` : n.country],
      ["joined", n.joined],
      ["population", n.population !== undefined ? Number(n.population).toLocaleString("en") : "not known"],
      ["capital", n.capital ? "yes" : "no"],
      ["roles", (n.roles || []).join(", ") || "none stated"],
      ["aliases", (n.aliases || []).join(", ") || "none"],
      ["profile cluster", cluster ? [el("span", { class: "swatch", style: `background:${cluster.colour}` }), cluster.cluster] : "none"],
      ["sources", n.ref ? sourceLinks(n.ref) : "none given"],
    ];
    const most = Math.max(1, ...Object.values(n.profile || {}));
    const rels = data.network.links.filter((l) => (l.source === id || l.target === id) && l.kind !== "member-of");
    const m = data.mentors[id];
    const areas = m ? [m.weakest, ...data.focus_areas.map((a) => a.id)
      .filter((a) => a !== m.weakest && m.areas[a])] : [];
    const some = m && areas.length < data.focus_areas.length;
    const parts = [
      el("button", { class: "close", type: "button", title: "Close (Esc)", onclick: closePanel }, "×"),
      el("h2", {}, n.name || id),
      el("dl", {}, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
      el("h3", {}, "Projects per focus area"),
      el("dl", {}, data.focus_areas.map((a) => [el("dt", {}, a.name), el("dd", {},
        el("span", { class: "bar", style: `width:${(6 * (n.profile[a.id] || 0)) / most}em` }),
        n.profile[a.id] || 0)])),
      el("h3", {}, `Relationships (${rels.length})`),
      el("ul", {}, rels.map((l) => {
        const other = l.source === id ? l.target : l.source;
        const o = nodes.get(other) || {};
        return el("li", {}, o.kind === "city" ? cityLink(other) : nameOf(other),
          o.partner_kind ? ` (${o.partner_kind})` : "", `: ${l.kind}, ${l.start}`,
          l.end ? `–${l.end}` : " on", (l.focus || []).length ? `; ${l.focus.join(", ")}` : "",
          l.ref ? ["; source ", sourceLinks(l.ref)] : null,
          l.note ? el("div", { class: "route" }, l.note) : null);
      })),
      el("h3", {}, "Best mentors in each focus area"),
      el("p", { class: "route" }, "Mentor strength, 0 to 1, measures what a city has to teach in an area " +
        "(its projects done, under way and planned); P(path) is the chance knowledge flows along the path."),
      some ? el("p", { class: "route" }, "On a network this large the page holds the weakest area's " +
        "mentors only; for another area run ", el("code", {}, `ascn mentors --city ${id} --focus AREA`), ".") : null,
      areas.map((a) => {
        const r = m.areas[a];
        return el("div", { class: a === m.weakest ? "area weakest" : "area", "data-area": a },
          el("b", {}, areaName.get(a)), a === m.weakest ? " (its weakest area)" : "",
          `: its strength ${fmt(r.strength, 2)}`,
          r.mentors.length === 0 ? el("p", {}, "No eligible mentor is reachable.") :
          el("ol", { class: "mentors" }, r.mentors.map((x) => el("li", {},
            cityLink(x.city), `: strength ${fmt(x.strength, 2)}, P(path) ${fmt(x.path.probability, 3)} `,
            el("button", { type: "button", class: "show", onclick: () => drawRoute(x.path.vertices) }, "show path"),
            x.path.hops ? el("ol", { class: "hops" }, x.path.hops.map((h) =>
              el("li", {}, `${nameOf(h.from)} › ${nameOf(h.to)}: ${h.reason}`))) :
              el("div", { class: "route" }, x.path.vertices.map(nameOf).join(" › "))))));
      }),
    ];
    panel.replaceChildren(...parts.flat(Infinity).filter((x) => x !== null && x !== undefined));
    panel.hidden = false;
    document.body.classList.add("panel-open");
    panel.scrollTop = 0;
    if (svg) {
      for (const c of svg.querySelectorAll("circle.selected")) c.classList.remove("selected");
      const c = svg.querySelector(`circle.city[data-id="${CSS.escape(id)}"]`);
      if (c) c.classList.add("selected");
      const first = m && m.areas[m.weakest].mentors[0];
      if (first) drawRoute(first.path.vertices);
      else svg.querySelector("g.route").replaceChildren();
    }
  };
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a.city-link");
    if (!a) return;
    e.preventDefault();
    openCity(a.dataset.city);
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closePanel(); });

  // ---- The search: cities by name, id or alias; an exact match opens the panel.
  const search = document.getElementById("search"), results = document.getElementById("search-results");
  const index = data.network.nodes.filter((n) => n.kind === "city").map((n) => ({
    id: n.id, keys: [n.id, n.name, ...(n.aliases || [])].filter((k) => k).map((k) => [fold(k), k]) }));
  let found = [];
  const find = (q) => {
    const scored = [];
    for (const c of index) {
      let best = 9, label = "";
      for (const [k, shown] of c.keys) {
        const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : 9;
        if (s < best) { best = s; label = shown; }
      }
      if (best < 9) scored.push([best, nameOf(c.id), c.id, label]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    return scored.slice(0, 8);
  };
  search.addEventListener("input", () => {
    const q = fold(search.value);
    found = q ? find(q) : [];
    results.replaceChildren(...found.map(([, name, id, label]) => el("li", {
      onclick: () => openCity(id) }, name, fold(label) !== fold(name) ? ` (${label})` : "")));
    if (found.length && found[0][0] === 0 && (found.length === 1 || found[1][0] > 0)) openCity(found[0][2]);
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && found.length) openCity(found[0][2]);
  });
})();

// Renders a story with its findings highlighted, as one HTML string set in one DOM update (fast on a
// 10,000-word story with hundreds of findings). Offsets and lengths are UTF-16 code units, which is what
// JavaScript strings index, so the API's spans are used as they are. Overlapping findings share the
// characters they overlap: each run of text is one <mark> listing every finding over it (data-findings),
// coloured by the most severe. A finding with no length (something to insert) is an empty point mark.
"use strict";
const LintRender = (() => {
  const rank = { error: 3, warning: 2, suggestion: 1 };

  function escape(text) {
    return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function mark(ids, findings, content, point) {
    let top = findings[ids[0]];
    for (const id of ids) if (rank[findings[id].severity] > rank[top.severity]) top = findings[id];
    const cls = top.severity + (point ? " point" : "");
    return `<mark class="${cls}" data-findings="${ids.join(" ")}" tabindex="-1">${content}</mark>`;
  }

  // findings: the API's findings (any order); shown(i): whether finding i passes the filters.
  function html(text, findings, shown) {
    const starts = new Map(), ends = new Map(), points = new Map(), cuts = new Set([0, text.length]);
    findings.forEach((f, i) => {
      if (!shown(i)) return;
      const start = Math.min(f.offset, text.length), end = Math.min(f.offset + f.length, text.length);
      if (end === start) { (points.get(start) || points.set(start, []).get(start)).push(i); cuts.add(start); return; }
      (starts.get(start) || starts.set(start, []).get(start)).push(i);
      (ends.get(end) || ends.set(end, []).get(end)).push(i);
      cuts.add(start); cuts.add(end);
    });
    const order = [...cuts].sort((a, b) => a - b);
    const active = new Set(), out = [];
    for (let k = 0; k < order.length; k++) {
      const at = order[k];
      for (const i of ends.get(at) || []) active.delete(i);
      for (const i of starts.get(at) || []) active.add(i);
      if (points.has(at)) out.push(mark(points.get(at), findings, "", true));
      if (k + 1 === order.length) break;
      const piece = escape(text.slice(at, order[k + 1]));
      out.push(active.size ? mark([...active].sort((a, b) => a - b), findings, piece, false) : piece);
    }
    return out.join("");
  }

  // Applies a fix's edits (UTF-16 offsets into text), from the last to the first.
  function applyEdits(text, edits) {
    return [...edits].sort((a, b) => b.offset - a.offset)
      .reduce((t, e) => t.slice(0, e.offset) + e.text + t.slice(e.offset + e.length), text);
  }

  return { html, applyEdits, escape };
})();

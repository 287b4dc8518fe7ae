// The copy desk's page: paste or open a story, check it through the API, see every finding in place,
// fix one or all, filter, switch rules, copy or download the result. Also the view of `lint check
// --format html`, where window.LINT_REPORT holds the findings and nothing is sent anywhere.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const report = window.LINT_REPORT || null;
  const state = { text: "", format: "text", findings: [], rules: new Map(), off: new Set(), selected: -1, token: sessionStorage.getItem("lint-token") || "", path: "story" };
  const extensions = { text: ".txt", markdown: ".md", html: ".html" };

  function say(message) { $("status").textContent = message; }

  async function api(path, body, accept) {
    const headers = { "Content-Type": "application/json", Accept: accept || "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    const response = await fetch(path, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
    if (response.status === 401) {
      const token = prompt("This server needs a token. Token:");
      if (token) { state.token = token; sessionStorage.setItem("lint-token", token); return api(path, body, accept); }
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || problem.title || response.statusText);
    }
    return response.json();
  }

  function request(extra) {
    return Object.assign({ text: state.text, format: state.format, disable: [...state.off] }, extra);
  }

  function shown(i) {
    const f = state.findings[i], severity = $("filter-severity").value, rule = $("filter-rule").value;
    return (!severity || f.severity === severity) && (!rule || f.rule === rule);
  }

  function render() {
    const view = $("view");
    view.innerHTML = LintRender.html(state.text, state.findings, shown);
    const items = [], rules = new Set();
    state.findings.forEach((f, i) => {
      rules.add(f.rule);
      if (!shown(i)) return;
      items.push(`<li><button type="button" class="${f.severity}" data-finding="${i}"><strong>${LintRender.escape(f.message)}</strong><br>` +
        `<small>line ${f.line}, column ${f.column} · ${f.rule}${f.fix ? " · fix: " + LintRender.escape(f.fix.title) : ""}</small></button></li>`);
    });
    $("list").innerHTML = items.join("");
    $("count").textContent = `(${items.length} of ${state.findings.length})`;
    const ruleFilter = $("filter-rule"), current = ruleFilter.value;
    ruleFilter.innerHTML = '<option value="">all</option>' + [...rules].sort().map(r => `<option${r === current ? " selected" : ""}>${r}</option>`).join("");
    select(state.selected < state.findings.length ? state.selected : -1, false);
  }

  function showView(on) {
    $("view").hidden = !on; $("story").hidden = on; $("edit").hidden = !on || !!report; $("check").hidden = on && !report;
  }

  function explanation(rule) { return (state.rules.get(rule) || {}).description || ""; }

  function select(i, scroll) {
    state.selected = i;
    document.querySelectorAll("mark.selected").forEach(m => m.classList.remove("selected"));
    document.querySelectorAll('.list button[aria-current="true"]').forEach(b => b.removeAttribute("aria-current"));
    const f = state.findings[i];
    $("detail").hidden = !f;
    if (!f) return;
    $("detail-severity").textContent = f.severity; $("detail-severity").className = "badge " + f.severity;
    $("detail-rule").textContent = f.rule; $("detail-message").textContent = f.message;
    $("detail-explanation").textContent = explanation(f.rule);
    $("detail-fix").hidden = !f.fix || !!report;
    $("detail-fix").textContent = f.fix ? "Apply fix: " + f.fix.title : "";
    const marks = [...document.querySelectorAll("mark")].filter(m => m.dataset.findings.split(" ").includes(String(i)));
    marks.forEach(m => m.classList.add("selected"));
    const item = document.querySelector(`.list button[data-finding="${i}"]`);
    if (item) item.setAttribute("aria-current", "true");
    if (scroll && marks[0]) marks[0].scrollIntoView({ block: "center" });
    if (scroll && item) item.scrollIntoView({ block: "nearest" });
  }

  async function check() {
    state.text = $("story").value; state.format = $("format").value;
    say("Checking…");
    try {
      const result = await api("api/v1/check", request());
      state.findings = result.findings; state.selected = -1;
      showView(true); render();
      say(`${result.errors} errors, ${result.warnings} warnings, ${result.suggestions} suggestions.`);
    } catch (e) { say("Could not check the story: " + e.message); }
  }

  async function fixOne(i) {
    const f = state.findings[i];
    if (!f || !f.fix) return;
    state.text = LintRender.applyEdits(state.text, f.fix.edits);
    $("story").value = state.text;
    await check();
    say(`Fixed: ${f.fix.title}. ` + $("status").textContent);
  }

  async function fixAll() {
    state.text = $("story").value; state.format = $("format").value;
    say("Applying every safe fix…");
    try {
      const result = await api("api/v1/fix", request());
      state.text = result.text; $("story").value = result.text;
      state.findings = result.remaining; state.selected = -1;
      showView(true); render();
      say(`Applied ${result.applied} fixes; ${result.remaining.length} findings left.`);
    } catch (e) { say("Could not fix the story: " + e.message); }
  }

  async function loadRules() {
    try {
      const rules = report ? report.rules : await api("api/v1/rules");
      const styles = new Map();
      for (const r of rules) {
        state.rules.set(r.id, r);
        if (r.enabled === false) continue;
        (styles.get(r.style) || styles.set(r.style, []).get(r.style)).push(r);
      }
      $("rules").innerHTML = [...styles].map(([style, list]) => `<fieldset><legend>${style}</legend>` +
        list.map(r => `<label title="${LintRender.escape(r.description || "")}"><input type="checkbox" data-rule="${r.id}" checked> ${r.id}</label>`).join("") + "</fieldset>").join("");
    } catch (e) { say("Could not list the rules: " + e.message); }
  }

  function tip(event) {
    const m = event.target.closest("mark"), box = $("tip");
    if (!m) { box.hidden = true; return; }
    const ids = m.dataset.findings.split(" ").map(Number);
    box.innerHTML = ids.map(i => state.findings[i]).map(f => `<p><strong>${LintRender.escape(f.message)}</strong> <code>${f.rule}</code></p><p>${LintRender.escape(explanation(f.rule))}</p>`).join("");
    const r = m.getBoundingClientRect();
    box.style.left = `${r.left + window.scrollX}px`; box.style.top = `${r.bottom + window.scrollY + 4}px`; box.hidden = false;
  }

  function step(by) {
    const visible = state.findings.map((_, i) => i).filter(shown);
    if (!visible.length) return;
    const at = visible.indexOf(state.selected);
    select(visible[(at + by + visible.length) % visible.length], true);
  }

  function fileName() { return report ? state.path : "story" + extensions[state.format]; }

  function wire() {
    $("check").onclick = check;
    $("edit").onclick = () => showView(false);
    $("fix-all").onclick = fixAll;
    $("detail-fix").onclick = () => fixOne(state.selected);
    $("filter-severity").onchange = $("filter-rule").onchange = render;
    $("list").onclick = e => { const b = e.target.closest("button"); if (b) select(Number(b.dataset.finding), true); };
    $("view").onclick = e => { const m = e.target.closest("mark"); if (m) select(Number(m.dataset.findings.split(" ")[0]), true); };
    $("view").onmouseover = tip; $("view").onmouseleave = () => { $("tip").hidden = true; };
    $("rules").onchange = e => { const id = e.target.dataset.rule; if (e.target.checked) state.off.delete(id); else state.off.add(id); if (!$("view").hidden) check(); };
    $("upload").onchange = async e => {
      const file = e.target.files[0];
      if (!file) return;
      $("story").value = await file.text();
      const ext = file.name.toLowerCase().split(".").pop();
      $("format").value = ext === "md" || ext === "markdown" ? "markdown" : ext === "html" || ext === "htm" ? "html" : "text";
      check();
    };
    $("copy").onclick = async () => {
      const text = report ? state.text : $("story").value;
      try { await navigator.clipboard.writeText(text); say("Copied the story."); } catch { $("story").hidden = false; $("story").select(); document.execCommand("copy"); showView(!$("view").hidden); say("Copied the story."); }
    };
    $("download").onclick = () => {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([report ? state.text : $("story").value], { type: "text/plain;charset=utf-8" }));
      link.download = fileName(); link.click(); URL.revokeObjectURL(link.href);
    };
    document.addEventListener("keydown", e => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); return; }
      if (e.altKey && (e.key === "a" || e.key === "A")) { e.preventDefault(); fixAll(); return; }
      if (e.target.matches("textarea, input, select") || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "j") step(1); else if (e.key === "k") step(-1); else if (e.key === "f") fixOne(state.selected); else if (e.key === "Escape") select(-1, false);
    });
  }

  function showArticle(article) {
    state.text = article.text; state.format = article.format; state.findings = article.findings; state.path = article.path; state.selected = -1;
    showView(true); render();
    say(`${article.path}: ${article.findings.length} findings.`);
  }

  wire();
  loadRules();
  if (report) {
    document.body.classList.add("report");
    const picker = document.createElement("select");
    picker.id = "article"; picker.className = "report-only"; picker.setAttribute("aria-label", "Article");
    picker.innerHTML = report.articles.map((a, i) => `<option value="${i}">${LintRender.escape(a.path)} (${a.findings.length})</option>`).join("");
    picker.onchange = () => showArticle(report.articles[Number(picker.value)]);
    document.querySelector(".bar").insertBefore(picker, $("status"));
    if (report.articles.length) showArticle(report.articles[0]); else say("No articles.");
  }
})();

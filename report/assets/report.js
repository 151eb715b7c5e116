// mtlint HTML report: lazy article rendering, filters, tooltips and the
// side list. Plain JavaScript, no network.
(function () {
  "use strict";
  var SEV = { e: "error", w: "warning", i: "info" };
  var RANK = { info: 1, warning: 2, error: 3 };
  var state = { sev: { error: true, warning: true, info: true }, ruleOff: new Set(), only: false };
  var ruleIndex = {}; // rule ID -> index (as a string)
  var pinned = null;  // the selected mark
  var tip = document.getElementById("tip");
  var articles = document.getElementById("articles");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.art"));

  document.querySelectorAll("input[name=rule]").forEach(function (cb) { ruleIndex[cb.dataset.id] = cb.value; });

  function visible(sev, rule) { return !!state.sev[sev] && !state.ruleOff.has(rule); }

  // countVisible reads a data-c list "rule:sev:count …".
  function countVisible(list) {
    var n = 0;
    if (!list) return 0;
    list.split(" ").forEach(function (part) {
      var p = part.split(":");
      if (visible(SEV[p[1]], p[0])) n += +p[2];
    });
    return n;
  }

  // render moves a section's article out of its <template> on first open.
  function render(sec) {
    var d = sec.querySelector(":scope > details");
    var t = d && d.querySelector(":scope > template");
    if (!t) return;
    d.appendChild(t.content);
    t.remove();
    applyArticle(sec);
  }

  function setSeverityClass(el, sev, multi) {
    el.classList.remove("s-error", "s-warning", "s-info", "off", "multi");
    el.classList.add(sev ? "s-" + sev : "off");
    if (multi) el.classList.add("multi");
  }

  // applyArticle shows and colours a rendered article's findings.
  function applyArticle(sec) {
    var vis = {}, sevOf = {};
    sec.querySelectorAll("li.f").forEach(function (li) {
      var i = li.dataset.i, v = visible(li.dataset.sev, ruleIndex[li.dataset.rule]);
      vis[i] = v;
      sevOf[i] = li.dataset.sev;
      li.classList.toggle("hidden", !v);
    });
    sec.querySelectorAll("mark").forEach(function (m) {
      var best = null, n = 0;
      m.dataset.f.split(" ").forEach(function (id) {
        if (vis[id]) {
          n++;
          if (!best || RANK[sevOf[id]] > RANK[best]) best = sevOf[id];
        }
      });
      setSeverityClass(m, best, n > 1);
      if (best) m.setAttribute("tabindex", "0"); else m.removeAttribute("tabindex");
    });
  }

  function applyAll() {
    var shownFindings = 0, shownArticles = 0;
    sections.forEach(function (sec) {
      var failed = sec.classList.contains("failed");
      var n = countVisible(sec.dataset.c);
      var hide = state.only && n === 0 && !failed;
      sec.classList.toggle("hidden", hide);
      if (!hide) shownArticles++;
      shownFindings += n;
      if (!sec.querySelector(":scope > details > template")) applyArticle(sec);
    });
    document.querySelectorAll("table.rows tbody tr").forEach(function (tr) {
      tr.classList.toggle("hidden", !tr.classList.contains("failed") && countVisible(tr.dataset.c) === 0);
    });
    var status = document.getElementById("status");
    if (status) status.textContent = shownFindings + " finding" + (shownFindings === 1 ? "" : "s") + " shown in " +
      shownArticles + " of " + sections.length + " file" + (sections.length === 1 ? "" : "s");
    var off = state.ruleOff.size, rc = document.getElementById("rules-count");
    if (rc) rc.textContent = off ? "(" + (Object.keys(ruleIndex).length - off) + " of " + Object.keys(ruleIndex).length + ")" : "";
    if (pinned && pinned.classList.contains("off")) unpin();
  }

  function readFilters() {
    document.querySelectorAll("input[name=sev]").forEach(function (cb) { state.sev[cb.value] = cb.checked; });
    state.ruleOff = new Set();
    document.querySelectorAll("input[name=rule]").forEach(function (cb) { if (!cb.checked) state.ruleOff.add(cb.value); });
    var only = document.getElementById("only-findings");
    state.only = !!(only && only.checked);
    applyAll();
  }

  function setRules(pred) {
    document.querySelectorAll("input[name=rule]").forEach(function (cb) { cb.checked = pred(cb.value); });
    readFilters();
  }

  // The tooltip lists the visible findings under a mark.
  function showTip(m) {
    if (m.classList.contains("off")) return;
    var sec = m.closest("section.art");
    tip.textContent = "";
    m.dataset.f.split(" ").forEach(function (id) {
      var li = sec.querySelector('li.f[data-i="' + id + '"]');
      if (!li || li.classList.contains("hidden")) return;
      var c = li.cloneNode(true);
      c.removeAttribute("tabindex");
      c.classList.remove("sel", "hidden");
      c.removeAttribute("data-i");
      tip.appendChild(c);
    });
    if (!tip.firstChild) return;
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  function hideTip() { if (!pinned) tip.hidden = true; }

  function unpin() {
    if (pinned) pinned.classList.remove("sel");
    document.querySelectorAll("li.f.sel").forEach(function (li) { li.classList.remove("sel"); });
    pinned = null;
    tip.hidden = true;
  }

  function select(m, scrollList) {
    unpin();
    pinned = m;
    m.classList.add("sel");
    var sec = m.closest("section.art");
    var first = null;
    m.dataset.f.split(" ").forEach(function (id) {
      var li = sec.querySelector('li.f[data-i="' + id + '"]');
      if (li && !li.classList.contains("hidden")) {
        li.classList.add("sel");
        if (!first) first = li;
      }
    });
    if (scrollList && first) first.scrollIntoView({ block: "nearest" });
    showTip(m);
  }

  function jump(li) {
    var sec = li.closest("section.art");
    var m = sec.querySelector('mark[data-f~="' + li.dataset.i + '"]');
    if (!m) return;
    m.scrollIntoView({ block: "center" });
    m.classList.remove("flash");
    void m.offsetWidth; // restart the animation
    m.classList.add("flash");
    select(m, false);
    li.classList.add("sel");
  }

  function openSection(sec) {
    var d = sec && sec.querySelector(":scope > details");
    if (!d) return;
    if (!d.open) d.open = true;
    render(sec);
  }

  // Events.
  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (d.open && d.parentElement && d.parentElement.matches("section.art")) render(d.parentElement);
  }, true);

  articles.addEventListener("mouseover", function (e) {
    var m = e.target.closest("mark");
    if (m && !pinned) showTip(m);
  });
  articles.addEventListener("mouseout", function (e) {
    var m = e.target.closest("mark");
    if (m && !(e.relatedTarget && m.contains(e.relatedTarget))) hideTip();
  });
  articles.addEventListener("focusin", function (e) {
    var m = e.target.closest("mark");
    if (m && !pinned) showTip(m);
  });
  articles.addEventListener("focusout", function (e) {
    if (e.target.closest("mark")) hideTip();
  });
  document.addEventListener("click", function (e) {
    var m = e.target.closest("#articles mark");
    if (m && !m.classList.contains("off")) { select(m, true); return; }
    var li = e.target.closest("#articles li.f");
    if (li) { jump(li); return; }
    var a = e.target.closest('a[href^="#a"]');
    if (a) { openSection(document.getElementById(a.getAttribute("href").slice(1))); return; }
    var bar = e.target.closest(".chart .bar");
    if (bar) { var idx = bar.dataset.rule; setRules(function (v) { return v === idx; }); return; }
    if (!e.target.closest("#tip")) unpin();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { unpin(); return; }
    if (e.key !== "Enter" && e.key !== " ") return;
    var li = e.target.closest && e.target.closest("#articles li.f");
    if (li) { e.preventDefault(); jump(li); return; }
    var m = e.target.closest && e.target.closest("#articles mark");
    if (m) { e.preventDefault(); select(m, true); }
  });
  document.getElementById("toolbar").addEventListener("change", readFilters);
  document.querySelectorAll("button[data-rules]").forEach(function (b) {
    b.addEventListener("click", function () { var all = b.dataset.rules === "all"; setRules(function () { return all; }); });
  });
  document.getElementById("expand-all").addEventListener("click", function () {
    sections.forEach(function (sec) { if (!sec.classList.contains("hidden")) openSection(sec); });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    unpin();
    sections.forEach(function (sec) { var d = sec.querySelector(":scope > details"); if (d) d.open = false; });
  });
  window.addEventListener("hashchange", function () {
    var sec = document.getElementById(location.hash.slice(1));
    if (sec && sec.matches("section.art")) openSection(sec);
  });

  // Start: a small batch opens at once; a link to an article opens it.
  if (sections.length <= 5) sections.forEach(openSection);
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.matches("section.art")) openSection(target);
  }
  readFilters();
})();

/* corpus_tools report and views: sorting, filtering and paging tables; linking each
   sentence of a version to its source sentences. Our own code, no library, no network.
   Without JavaScript every table row and every text is still in the page. */
(function () {
  "use strict";
  var PAGE = 25;

  function cellValue(row, i) {
    var c = row.cells[i];
    if (!c) return "";
    return c.hasAttribute("data-sort") ? c.getAttribute("data-sort") : c.textContent.trim();
  }

  function setupTable(table) {
    if (table.getAttribute("data-ct-ready")) return;
    table.setAttribute("data-ct-ready", "1");
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var state = { filter: "", page: 0, shown: rows };
    var box = table.closest(".ct-tablebox") || table.parentNode;
    var tools = document.createElement("div");
    tools.className = "ct-tools";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter rows (any text)…";
    input.setAttribute("aria-label", "filter rows");
    var prev = document.createElement("button");
    prev.type = "button";
    prev.textContent = "‹ previous";
    var next = document.createElement("button");
    next.type = "button";
    next.textContent = "next ›";
    var status = document.createElement("span");
    status.className = "ct-status";
    tools.appendChild(input);
    tools.appendChild(prev);
    tools.appendChild(next);
    tools.appendChild(status);
    box.insertBefore(tools, table);

    function render() {
      var q = state.filter.toLowerCase();
      state.shown = rows.filter(function (r) {
        return !q || r.textContent.toLowerCase().indexOf(q) >= 0;
      });
      var pages = Math.max(1, Math.ceil(state.shown.length / PAGE));
      state.page = Math.min(state.page, pages - 1);
      var from = state.page * PAGE, to = from + PAGE;
      rows.forEach(function (r) { r.style.display = "none"; });
      state.shown.forEach(function (r, i) {
        body.appendChild(r);
        r.style.display = i >= from && i < to ? "" : "none";
      });
      var n = state.shown.length;
      status.textContent = n
        ? "rows " + (from + 1) + "–" + Math.min(to, n) + " of " + n +
          (n < rows.length ? " (filtered from " + rows.length + ")" : "")
        : "no row matches";
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
      prev.style.display = next.style.display = rows.length > PAGE ? "" : "none";
    }

    input.addEventListener("input", function () { state.filter = input.value; state.page = 0; render(); });
    prev.addEventListener("click", function () { state.page -= 1; render(); });
    next.addEventListener("click", function () { state.page += 1; render(); });

    Array.prototype.forEach.call(table.tHead ? table.tHead.rows[0].cells : [], function (th, i) {
      th.classList.add("ct-sortable");
      th.title = "Sort by this column";
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("ct-asc");
        Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.classList.remove("ct-asc", "ct-desc"); });
        th.classList.add(asc ? "ct-asc" : "ct-desc");
        var numeric = rows.every(function (r) { var v = cellValue(r, i); return v === "" || !isNaN(Number(v)); });
        rows.sort(function (a, b) {
          var x = cellValue(a, i), y = cellValue(b, i), d;
          if (numeric) d = (x === "" ? -Infinity : Number(x)) - (y === "" ? -Infinity : Number(y));
          else d = x.localeCompare(y, undefined, { numeric: true });
          return asc ? d : -d;
        });
        state.page = 0;
        render();
      });
    });
    render();
  }

  function ids(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split(" ").filter(Boolean) : [];
  }

  function clear(view) {
    Array.prototype.forEach.call(view.querySelectorAll(".ct-hl"), function (e) { e.classList.remove("ct-hl"); });
  }

  function scrollInto(pane, el) {
    if (!pane || !el) return;
    var top = el.offsetTop - pane.clientHeight / 3;
    pane.scrollTop = Math.max(0, top);
  }

  function showVersion(s) {
    var view = s.closest(".ct-view");
    if (!view) return;
    clear(view);
    var prefix = s.id.replace(/-v\d+$/, "");
    var srcPane = view.querySelector(".ct-source .ct-text");
    var first = null;
    ids(s, "data-src").forEach(function (id) {
      var t = document.getElementById(prefix + "-s" + id);
      if (t) { t.classList.add("ct-hl"); first = first || t; }
    });
    s.classList.add("ct-hl");
    scrollInto(srcPane, first);
    var info = view.querySelector(".ct-info");
    var pop = s.querySelector(".ct-pop");
    if (info && pop) info.innerHTML = pop.innerHTML;
  }

  function showSource(s) {
    var view = s.closest(".ct-view");
    if (!view) return;
    clear(view);
    var prefix = s.id.replace(/-s\d+$/, "");
    var first = null;
    ids(s, "data-tgt").forEach(function (id) {
      var t = document.getElementById(prefix + "-v" + id);
      if (t) { t.classList.add("ct-hl"); first = first || t; }
    });
    s.classList.add("ct-hl");
    scrollInto(view.querySelector(".ct-version .ct-text"), first);
    var info = view.querySelector(".ct-info");
    if (info) info.textContent = (s.title || "") + (first ? "" : " — not used by this version");
  }

  function onPoint(ev) {
    var s = ev.target.closest && ev.target.closest(".ct-view .ct-s[id]");
    if (!s) return;
    if (s.closest(".ct-version")) showVersion(s); else if (s.closest(".ct-source")) showSource(s);
    if (ev.type === "click") s.classList.toggle("ct-pinned");
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.ct-table"), setupTable);
  }

  if (!window.__ctViewsListening) {
    window.__ctViewsListening = true;
    document.addEventListener("mouseover", onPoint);
    document.addEventListener("focusin", onPoint);
    document.addEventListener("click", onPoint);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

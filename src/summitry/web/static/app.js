/* summitry web: charts (plotly.js, served from the plotly Python package) and small page helpers.
   Chart data come from <script type="application/json"> blocks rendered by the server; every string that goes
   into a plotly label is escaped here, since plotly reads a little HTML in labels. */
(function () {
  "use strict";

  function esc(value) {
    return String(value === null || value === undefined ? "" : value)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function load(el) {
    var src = document.getElementById(el.getAttribute("data-source"));
    return src ? JSON.parse(src.textContent) : null;
  }

  function go(href) {
    // only paths of this site: never another origin, never a javascript: URL
    if (typeof href === "string" && /^\/(?!\/)/.test(href)) { window.location.assign(href); }
  }

  var CONFIG = {responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"]};
  var FONT = {family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 12};
  var KIND = {in_person: ["in person", "circle", "#2a6fdb"], phone: ["phone call", "diamond", "#8e44ad"],
              video: ["video call", "square", "#16a085"]};

  function timeline(el, points) {
    var traces = Object.keys(KIND).map(function (kind) {
      var pts = points.filter(function (p) { return p.kind === kind; });
      return {
        type: "scatter", mode: "markers", name: KIND[kind][0],
        x: pts.map(function (p) { return p.x; }), y: pts.map(function (p) { return p.y; }),
        customdata: pts.map(function (p) {
          return [esc(p.label), esc(p.place || "place not given"), p.sources, p.disagree ? "sources disagree" : "",
                  p.dated ? "" : " (undated: first report)", p.href];
        }),
        hovertemplate: "<b>%{customdata[0]}</b><br>%{x}%{customdata[4]} · %{customdata[1]}<br>" +
                       "%{customdata[2]} source(s) %{customdata[3]}<extra></extra>",
        marker: {symbol: KIND[kind][1], color: KIND[kind][2], size: 11,
                 line: {width: pts.map(function (p) { return p.disagree ? 2.5 : 0; }), color: "#d62728"}}
      };
    }).filter(function (t) { return t.x.length; });
    return Plotly.newPlot(el, traces, {
      margin: {l: 70, r: 10, t: 10, b: 40}, hovermode: "closest", font: FONT, height: 260,
      xaxis: {type: "date"}, yaxis: {type: "category", automargin: true},
      legend: {orientation: "h", y: -0.25}
    }, CONFIG).then(function () {
      el.on("plotly_click", function (ev) { if (ev.points.length) { go(ev.points[0].customdata[5]); } });
    });
  }

  function years(el, rows) {
    var dated = rows.filter(function (r) { return r.year; });
    return Plotly.newPlot(el, [{
      type: "bar", x: dated.map(function (r) { return r.year; }), y: dated.map(function (r) { return r.events; }),
      marker: {color: "#2a6fdb"}, hovertemplate: "%{x}: %{y} event(s)<extra></extra>"
    }], {margin: {l: 40, r: 10, t: 10, b: 40}, font: FONT, height: 200,
         xaxis: {type: "category"}, yaxis: {rangemode: "tozero", dtick: 1}}, CONFIG);
  }

  function claims(el, chart) {
    function trace(points, name, colour, symbol) {
      return {
        type: "scatter", mode: "markers", name: name,
        x: points.map(function (p) { return p.x; }), y: points.map(function (p) { return p.y; }),
        customdata: points.map(function (p) {
          return [esc(p.quote), esc(p.speaker), esc(p.source), p.period === null ? "unknown" : p.period,
                  p.target ? " (target)" : "", p.conflicts_with.length ? "<br>conflicts with " +
                  esc(p.conflicts_with.join("; ")) : "", p.href, esc(p.value)];
        }),
        hovertemplate: "<b>%{customdata[0]}</b> (%{customdata[7]})" +
                       "<br>said by %{customdata[1]}<br>in %{customdata[2]} · %{x|%Y-%m-%d}" +
                       "<br>for %{customdata[3]}%{customdata[4]}%{customdata[5]}<extra></extra>",
        marker: {color: colour, symbol: symbol, size: 12, line: {width: 1, color: "#333"}}
      };
    }
    var ok = chart.points.filter(function (p) { return !p.conflict; });
    var bad = chart.points.filter(function (p) { return p.conflict; });
    var traces = [];
    var xaxis = {type: "date", title: {text: "published"}};
    var days = chart.points.map(function (p) { return Date.parse(p.x); }).filter(function (t) { return !isNaN(t); });
    if (days.length) {  // a few weeks either side when the claims are close in time (else plotly zooms to hours)
      var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days), pad = 45 * 86400000;
      if (hi - lo < 2 * pad) {
        xaxis.range = [new Date(lo - pad).toISOString().slice(0, 10), new Date(hi + pad).toISOString().slice(0, 10)];
      }
    }
    if (ok.length) { traces.push(trace(ok, "claim", "#2a6fdb", "circle")); }
    if (bad.length) { traces.push(trace(bad, "in conflict", "#d62728", "diamond")); }
    return Plotly.newPlot(el, traces, {
      margin: {l: 80, r: 10, t: 10, b: 50}, hovermode: "closest", font: FONT, height: 380,
      xaxis: xaxis,
      yaxis: {title: {text: esc(chart.unit)}, rangemode: "tozero", exponentformat: "B"},
      legend: {orientation: "h", y: -0.2}
    }, CONFIG).then(function () {
      el.on("plotly_click", function (ev) { if (ev.points.length) { go(ev.points[0].customdata[6]); } });
    });
  }

  var CHARTS = {timeline: timeline, years: years, claims: claims};

  function drawCharts() {
    if (typeof Plotly === "undefined") { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), function (el) {
      var draw = CHARTS[el.getAttribute("data-chart")];
      var payload = load(el);
      if (!draw || payload === null) { return; }
      Promise.resolve(draw(el, payload)).then(function () { el.setAttribute("data-rendered", "1"); });
    });
  }

  // On article texts: hovering a name or a quote lights up every mark of the same person.
  function linkMarks() {
    function same(mark) {
      var name = mark.getAttribute("data-name"), speaker = mark.getAttribute("data-speaker");
      var sel = name ? "mark[data-name]" : "mark[data-speaker]";
      var value = name || speaker;
      if (!value) { return []; }
      return Array.prototype.filter.call(document.querySelectorAll(sel), function (m) {
        return (m.getAttribute("data-name") || m.getAttribute("data-speaker")) === value;
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("mark.hl-name, mark.hl-speaker"), function (mark) {
      mark.addEventListener("mouseenter", function () { same(mark).forEach(function (m) { m.classList.add("lit"); }); });
      mark.addEventListener("mouseleave", function () { same(mark).forEach(function (m) { m.classList.remove("lit"); }); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(); linkMarks(); });
}());

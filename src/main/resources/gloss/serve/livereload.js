// Gloss live reload: added to every page by `gloss serve`, never by `gloss build`.
// Listens for Server-Sent Events from the server:
//   reload  {changed: [url…] | null, navigate: url | null}  a rebuild changed these pages
//   errors  {diagnostics: [{file, line, column, severity, message, detail, text}…]}  the build failed
//   ok      {}  the build works again
// Diagnostic text is shown with textContent only, never parsed as HTML.
(function () {
  "use strict";
  if (!window.EventSource || window.__glossLiveReload) {
    return;
  }
  window.__glossLiveReload = true;

  var script = document.currentScript;
  var events = new URL("events", script ? script.src : location.href).href;
  var SCROLL_KEY = "gloss-scroll";
  var OVERLAY_ID = "gloss-error-overlay";
  var serverId = null;

  function pagePath(path) {
    return path.replace(/index\.html$/, "");
  }

  function restoreScroll() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || "null");
      sessionStorage.removeItem(SCROLL_KEY);
    } catch (e) {
      return;
    }
    if (saved && saved.path === location.pathname) {
      // "instant": a theme may ask for smooth scrolling, but a reload should land in place.
      var go = function () {
        window.scrollTo({left: saved.x, top: saved.y, behavior: "instant"});
      };
      go();
      window.addEventListener("load", go);
    }
  }

  function reload() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify(
          {path: location.pathname, x: window.scrollX, y: window.scrollY}));
    } catch (e) {
      // Storage may be disabled; the page still reloads, at the top.
    }
    location.reload();
  }

  function removeOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) {
      old.remove();
    }
  }

  function showErrors(diagnostics) {
    removeOverlay();
    var box = document.createElement("div");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    // CSSOM styles: allowed by the theme's CSP, unlike a style attribute or an inline sheet.
    Object.assign(box.style, {
      position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "60vh",
      overflow: "auto", zIndex: "2147483647", margin: "0", padding: "1em 1.25em",
      background: "#1d1f21", color: "#f8f8f2", borderTop: "4px solid #e0464b",
      font: "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      boxShadow: "0 -4px 16px rgba(0,0,0,.35)"
    });
    var title = document.createElement("p");
    Object.assign(title.style, {margin: "0 0 .5em", fontWeight: "bold", color: "#ff8a8f"});
    var errors = diagnostics.filter(function (d) { return d.severity === "error"; }).length;
    title.textContent = "Gloss: the build failed with " + errors + " error" + (errors === 1 ? "" : "s")
        + "; this page shows the last good version.";
    box.appendChild(title);
    var list = document.createElement("ul");
    Object.assign(list.style, {margin: "0", padding: "0", listStyle: "none"});
    diagnostics.forEach(function (d) {
      var item = document.createElement("li");
      item.className = "gloss-diagnostic gloss-" + d.severity;
      Object.assign(item.style, {whiteSpace: "pre-wrap", margin: ".25em 0",
        color: d.severity === "error" ? "#f8f8f2" : "#e6db74"});
      item.textContent = d.text;
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    Object.assign(close.style, {position: "absolute", top: ".5em", right: ".75em"});
    close.addEventListener("click", removeOverlay);
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
  }

  function onReload(data) {
    if (data.navigate && pagePath(data.navigate) !== pagePath(location.pathname)) {
      location.assign(data.navigate);
      return;
    }
    if (!data.changed || data.changed.some(function (u) {
      return pagePath(u) === pagePath(location.pathname) || /\/assets\//.test(u);
    })) {
      reload();
    }
  }

  function connect() {
    var source = new EventSource(events);
    source.addEventListener("hello", function (e) {
      var data = JSON.parse(e.data);
      if (serverId !== null && serverId !== data.server) {
        reload(); // the server was restarted: the site may have changed meanwhile
        return;
      }
      serverId = data.server;
    });
    source.addEventListener("reload", function (e) { onReload(JSON.parse(e.data)); });
    source.addEventListener("errors", function (e) { showErrors(JSON.parse(e.data).diagnostics); });
    source.addEventListener("ok", removeOverlay);
  }

  restoreScroll();
  connect();
})();

// Search over the fragmented index that the build writes to search/ (gloss.render.SearchIndex):
// index.js lists where each term fragment starts; t/<name>.js holds a slice of the sorted terms
// with their postings; d/<number>.js holds the documents of one article (with its notes) or entity.
// Each is a data script that only assigns a string to GLOSS_SEARCH_PARTS: JSON, raw deflate, in
// base 85, opened with DecompressionStream. Scripts are loaded with a <script> element (so this
// works from file://, where fetch is refused, and under the pages' Content-Security-Policy); only
// the fragments of the words typed and the documents on screen are loaded. Everything from the
// index is set as text, never HTML.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var kindSelect = document.getElementById("search-kind");
  var entityInput = document.getElementById("search-entity");
  var more = document.getElementById("search-more");
  if (!input || !list || !status) return;
  var root = list.getAttribute("data-root") || "../";
  var indexUrl = list.getAttribute("data-index") || root + "search/";
  var PAGE = 10;
  var PHRASE_CHECKS = 60;
  var PREFIX_FRAGMENTS = 3;
  var PREFIX_TERMS = 40;
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = {};
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charAt(di)] = di;

  var PARTS = (window.GLOSS_SEARCH_PARTS = window.GLOSS_SEARCH_PARTS || {});
  var loading = {};

  // ---- loading data scripts ----
  // The data of part `name`: its script loaded and inflated once, however often it is asked for
  // (a failed load is tried again next time). The script's string is dropped once inflated.
  function part(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        if (PARTS[name]) return resolve(PARTS[name]);
        var s = document.createElement("script");
        s.src = indexUrl + name + ".js";
        s.async = true;
        s.onload = function () {
          s.remove();
          if (PARTS[name]) resolve(PARTS[name]);
          else reject(new Error("no data in " + name));
        };
        s.onerror = function () {
          s.remove();
          reject(new Error("cannot load " + name));
        };
        document.head.appendChild(s);
      }).then(function (text) {
        delete PARTS[name];
        return inflate(text);
      });
      loading[name].catch(function () { delete loading[name]; });
    }
    return loading[name];
  }

  // The documents of the article or entity that document `number` belongs to, and its place there.
  var sourceDocs = {};
  // gloss.render.SearchIndex.base85: five digits for four bytes; a short last group is padded
  // with the highest digit.
  var B85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?~|;()[]{}@%$#";
  var B85_VALUE = {};
  for (var bi = 0; bi < B85.length; bi++) B85_VALUE[B85.charAt(bi)] = bi;
  function unbase85(s) {
    var rest = s.length % 5;
    var bytes = new Uint8Array(Math.floor(s.length / 5) * 4 + (rest ? rest - 1 : 0));
    var o = 0;
    for (var i = 0; i < s.length; i += 5) {
      var v = 0;
      for (var k = 0; k < 5; k++) v = v * 85 + (i + k < s.length ? B85_VALUE[s.charAt(i + k)] : 84);
      for (var j = 0; j < 4 && o < bytes.length; j++) {
        bytes[o++] = Math.floor(v / Math.pow(2, 24 - 8 * j)) % 256;
      }
    }
    return bytes;
  }
  function inflate(text) {
    var bytes = unbase85(text);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text().then(JSON.parse);
  }
  function anchorsOf(doc) {
    var flat = doc.anchors || [];
    var out = [];
    var start = 0;
    for (var i = 0; i + 3 < flat.length; i += 4) {
      start += flat[i];
      var id = doc.ids[flat[i + 2]] + (flat[i + 3] ? "-" + flat[i + 3] : "");
      out.push([start, start + flat[i + 1], id]);
    }
    doc.anchors = out;
    return doc;
  }
  function documentOf(number) {
    var first = number < manifest.entityBase ? number - (number & ((1 << manifest.slotBits) - 1)) : number;
    if (!sourceDocs[first]) {
      sourceDocs[first] = part("d/" + first).then(function (docs) {
        return docs.map(anchorsOf);
      });
    }
    return sourceDocs[first].then(function (docs) { return docs[number - first]; });
  }

  // ---- words, as gloss.render.SearchText cuts them ----
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var MARK = /\p{M}/gu;
  function fold(w) {
    return (/^[\x00-\x7f]*$/.test(w) ? w : w.normalize("NFD").replace(MARK, "")).toLowerCase();
  }
  function stem(w) {
    var n = w.length;
    if (n < 4) return w;
    if (/ies$/.test(w) && !/[ea]ies$/.test(w)) return w.slice(0, n - 3) + "y";
    if (/es$/.test(w) && !/[aeo]es$/.test(w)) return w.slice(0, n - 1);
    if (/s$/.test(w) && !/[us]s$/.test(w)) return w.slice(0, n - 1);
    return w;
  }
  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    return out;
  }
  function nameKey(text) {
    return words(text).map(function (w) { return fold(w.word); }).join(" ");
  }
  function hash32(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return ("0000000" + (h >>> 0).toString(16)).slice(-8);
  }

  // ---- the manifest and term lookups ----
  var manifest = null;
  function loadManifest() {
    return part("index").then(function (m) {
      if (!manifest) {
        var taken = {};
        m.names = m.fragments.map(function (start) {
          var key = start;
          for (;;) {
            var name = hash32(key);
            if (!taken[name]) { taken[name] = true; return name; }
            key += "#";
          }
        });
        manifest = m;
      }
      return manifest;
    });
  }
  function fragmentOf(key) {
    var starts = manifest.fragments;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function fragment(i) {
    return part("t/" + manifest.names[i]);
  }
  function decodeInto(s, out) {
    var i = s.indexOf(":") + 1;
    var previous = 0;
    while (i < s.length) {
      var gap = 0;
      var shift = 0;
      var d;
      do {
        d = DIGIT[s.charAt(i++)];
        gap += (d & 31) * Math.pow(2, shift);
        shift += 5;
      } while (d & 32);
      previous += gap;
      out.set(previous, DIGIT[s.charAt(i++)]);
    }
    return out;
  }
  // The postings of one key as a Map number -> impact, or null when the index does not have it.
  function postings(key) {
    return fragment(fragmentOf(key)).then(function (frag) {
      var first = frag[key];
      if (first === undefined) return null;
      var colon = first.indexOf(":");
      var count = colon > 0 ? parseInt(first.slice(0, colon), 10) : 1;
      var keys = [];
      for (var k = 1; k < count; k++) keys.push(key + "#" + k);
      return Promise.all(keys.map(function (pk) {
        return fragment(fragmentOf(pk)).then(function (f) { return f[pk] || ""; });
      })).then(function (rest) {
        var out = new Map();
        decodeInto(first, out);
        rest.forEach(function (p) { decodeInto(p, out); });
        return out;
      });
    });
  }
  // Every term that starts with prefix, from at most PREFIX_FRAGMENTS fragments. The fragment
  // where the prefix would sort holds such a term only if its last term has the prefix too, which
  // the manifest tells (`shared`: how much of the next fragment's start the last term shares).
  function prefixed(prefix) {
    var i = fragmentOf(prefix);
    var starts = manifest.fragments;
    var nextHasPrefix = i + 1 < starts.length && starts[i + 1].lastIndexOf(prefix, 0) === 0;
    var wanted = !nextHasPrefix || manifest.shared[i] >= prefix.length ? [i] : [];
    for (var j = i + 1; j < starts.length && starts[j].lastIndexOf(prefix, 0) === 0; j++) {
      if (wanted.length >= PREFIX_FRAGMENTS) break;
      wanted.push(j);
    }
    return Promise.all(wanted.map(fragment)).then(function (frags) {
      var terms = [];
      frags.forEach(function (f) {
        Object.keys(f).forEach(function (t) {
          if (t.lastIndexOf(prefix, 0) === 0 && t.indexOf("#") < 0 && t !== prefix) terms.push(t);
        });
      });
      terms.sort();
      return Promise.all(terms.slice(0, PREFIX_TERMS).map(postings));
    });
  }

  function idf(df) {
    var n = manifest.documents;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  // number -> score of one query word: its stem, and (while it is being typed) words it starts.
  function wordScores(w) {
    var lookups = [postings(w.stem)];
    if (w.prefix) lookups.push(prefixed(w.folded));
    return Promise.all(lookups).then(function (found) {
      var scores = new Map();
      var lists = [found[0]].concat(found[1] || []);
      lists.forEach(function (p) {
        if (!p) return;
        var weight = idf(p.size);
        p.forEach(function (impact, number) {
          var s = weight * impact;
          if (!(scores.get(number) >= s)) scores.set(number, s);
        });
      });
      return scores;
    });
  }

  // ---- the query ----
  function parse(query) {
    var segments = query.split(/["\u201c\u201d\u201e]/);
    var all = [];
    var phrases = [];
    segments.forEach(function (segment, i) {
      var ws = words(segment).map(function (w) {
        var f = fold(w.word);
        return { folded: f, stem: stem(f), prefix: false };
      });
      if (i % 2 === 1 && ws.length > 1) phrases.push(ws.map(function (w) { return w.stem; }));
      all = all.concat(ws);
    });
    var last = all[all.length - 1];
    var typing = segments.length % 2 === 1 && /[\p{L}\p{N}\p{M}]$/u.test(query);
    if (last && typing && last.folded.length >= 3) last.prefix = true;
    var seen = {};
    var unique = all.filter(function (w) {
      var k = w.stem + (w.prefix ? "*" : "");
      if (seen[k]) return false;
      seen[k] = true;
      return true;
    });
    return { words: unique, phrases: phrases, name: nameKey(query.replace(/["\u201c\u201d\u201e]/g, " ")) };
  }

  function kindOf(number) {
    if (number < manifest.entityBase) {
      return (number & ((1 << manifest.slotBits) - 1)) === 0 ? "article" : "note";
    }
    for (var k in manifest.kinds) {
      var r = manifest.kinds[k];
      if (number >= r[0] && number < r[1]) return k;
    }
    return "";
  }

  // The documents mentioning the entity named `name`: a Set, or null when no entity has the name.
  function mentioning(name) {
    var key = nameKey(name);
    if (!key) return Promise.resolve(undefined);
    return postings("=" + key).then(function (entities) {
      if (!entities) return null;
      return Promise.all(Array.from(entities.keys()).map(function (e) { return postings("@" + e); }))
        .then(function (lists) {
          var docs = new Set();
          lists.forEach(function (p) { if (p) p.forEach(function (v, n) { docs.add(n); }); });
          return docs;
        });
    });
  }

  function rank(q, kind, entityName) {
    return loadManifest().then(function () {
      return Promise.all([
        Promise.all(q.words.map(wordScores)),
        q.name ? postings("=" + q.name) : null,
        entityName ? mentioning(entityName) : undefined
      ]);
    }).then(function (r) {
      var perWord = r[0];
      var exact = r[1];
      var within = r[2];
      if (within === null) return { unknownEntity: true, hits: [] };
      var scores;
      if (perWord.length) {
        perWord.sort(function (a, b) { return a.size - b.size; });
        scores = new Map();
        perWord[0].forEach(function (s, n) {
          var total = s;
          for (var i = 1; i < perWord.length; i++) {
            var o = perWord[i].get(n);
            if (o === undefined) return;
            total += o;
          }
          scores.set(n, total);
        });
      } else {
        scores = new Map();
        if (within) within.forEach(function (n) { scores.set(n, 0); });
      }
      var hits = [];
      scores.forEach(function (s, n) {
        if (within && !within.has(n)) return;
        if (kind && kindOf(n) !== kind) return;
        // An entity whose name or alias is the whole query comes first.
        hits.push({ number: n, score: exact && exact.has(n) ? s + 1e6 : s });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
      return { hits: hits };
    });
  }

  // ---- showing results ----
  function matcher(q) {
    var stems = {};
    q.words.forEach(function (w) { stems[w.stem] = true; });
    var prefix = q.words.filter(function (w) { return w.prefix; }).map(function (w) { return w.folded; })[0];
    return function (word) {
      var f = fold(word);
      if (stems[stem(f)]) return stem(f);
      if (prefix && f.lastIndexOf(prefix, 0) === 0) return prefix + "*";
      return null;
    };
  }
  function hasPhrases(text, phrases) {
    if (!phrases.length) return true;
    var stems = words(text).map(function (w) { return stem(fold(w.word)); });
    return phrases.every(function (p) {
      outer: for (var i = 0; i + p.length <= stems.length; i++) {
        for (var j = 0; j < p.length; j++) if (stems[i + j] !== p[j]) continue outer;
        return true;
      }
      return false;
    });
  }
  // The first page puts documents that have the query's words side by side (in order, or at
  // least near each other) before the others; the postings alone cannot know where words are.
  function closeFirst(docs, q) {
    if (q.words.length < 2) return docs;
    var match = matcher(q);
    function closeness(doc) {
      var hits = words(doc.title + " " + doc.text).map(function (w) { return match(w.word); });
      var wanted = q.words.length;
      var best = 0;
      for (var i = 0; i < hits.length; i++) {
        if (!hits[i]) continue;
        var seen = {};
        var count = 0;
        for (var j = i; j < hits.length && j < i + 8; j++) {
          if (hits[j] && !seen[hits[j]]) { seen[hits[j]] = true; count++; }
          if (count === wanted) { best = Math.max(best, j - i + 1 === wanted ? 2 : 1); break; }
        }
        if (best === 2) break;
      }
      return best;
    }
    return docs
      .map(function (doc, i) { return { doc: doc, i: i, c: closeness(doc) }; })
      .sort(function (a, b) { return b.c - a.c || a.i - b.i; })
      .map(function (x) { return x.doc; });
  }

  // Appends text to el with the words that match marked; `from`/`to` bound the slice shown.
  function appendMarked(el, text, ws, hits, from, to) {
    var at = from;
    ws.forEach(function (w, i) {
      if (!hits[i] || w.start < from || w.end > to) return;
      if (w.start > at) el.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(w.start, w.end);
      el.appendChild(mark);
      at = w.end;
    });
    if (at < to) el.appendChild(document.createTextNode(text.slice(at, to)));
  }
  function snippet(doc, match) {
    var text = doc.text || "";
    var ws = words(text);
    var hits = ws.map(function (w) { return match(w.word); });
    var best = -1;
    var bestCount = 0;
    for (var i = 0; i < ws.length; i++) {
      if (!hits[i]) continue;
      var seen = {};
      var count = 0;
      for (var j = i; j < ws.length && j < i + 24; j++) {
        if (hits[j] && !seen[hits[j]]) { seen[hits[j]] = true; count++; }
      }
      if (count > bestCount) { best = i; bestCount = count; }
    }
    var from = 0;
    if (best >= 0 && ws[best].end > 200) {
      from = Math.max(0, ws[best].start - 60);
      var space = text.indexOf(" ", from);
      if (from > 0 && space >= 0 && space < ws[best].start) from = space + 1;
    }
    var to = Math.min(text.length, from + 240);
    if (to < text.length) {
      var cut = text.lastIndexOf(" ", to);
      if (cut > from + 120) to = cut;
    }
    var p = document.createElement("p");
    p.className = "search-snippet";
    if (from > 0) p.appendChild(document.createTextNode("… "));
    appendMarked(p, text, ws, hits, from, to);
    if (to < text.length) p.appendChild(document.createTextNode(" …"));
    var anchor = "";
    if (best >= 0) {
      (doc.anchors || []).forEach(function (a) {
        if (!anchor && a[0] <= ws[best].start && ws[best].end <= a[1]) anchor = a[2];
      });
    }
    return { element: p, anchor: anchor };
  }
  var KIND_LABELS = { article: "Article", note: "Note" };
  function kindLabel(kind) {
    return KIND_LABELS[kind] || kind.charAt(0).toUpperCase() + kind.slice(1);
  }
  function render(doc, match) {
    var li = document.createElement("li");
    li.className = "search-result search-kind-" + doc.kind.replace(/[^a-z-]/g, "");
    var sn = snippet(doc, match);
    var h = document.createElement("h2");
    h.className = "search-result-title";
    var a = document.createElement("a");
    a.href = root + doc.url + (sn.anchor && doc.url.indexOf("#") < 0 ? "#" + sn.anchor : "");
    var titleWords = words(doc.title);
    appendMarked(a, doc.title, titleWords, titleWords.map(function (w) { return match(w.word); }), 0, doc.title.length);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "search-result-meta";
    var kind = document.createElement("span");
    kind.className = "search-result-kind";
    kind.textContent = kindLabel(doc.kind);
    meta.appendChild(kind);
    if (doc.date) meta.appendChild(document.createTextNode(" · " + doc.date));
    li.appendChild(meta);
    li.appendChild(sn.element);
    return li;
  }

  // ---- one search, with its state for "More results" ----
  var current = null;
  var sequence = 0;

  function describe(state) {
    var n = state.shown;
    if (state.q.phrases.length && state.cursor < state.hits.length) {
      return n + (n === 1 ? " result" : " results") + " so far; " + (state.hits.length - state.cursor) + " more documents have these words and may have the phrase.";
    }
    var total = state.q.phrases.length ? n : state.hits.length;
    if (total === 0) return "No results.";
    return total + (total === 1 ? " result" : " results") + (total > n ? ", showing " + n : "") + ".";
  }

  function showMore(state) {
    var target = state.shown + PAGE;
    var checked = 0;
    function step() {
      // A newer search has started (the reader typed on): load nothing more for this one.
      if (state !== current || state.sequence !== sequence) return Promise.resolve();
      if (state.shown >= target || state.cursor >= state.hits.length || checked >= PHRASE_CHECKS) {
        return Promise.resolve();
      }
      var batch = state.hits.slice(state.cursor, state.cursor + Math.max(PAGE, target - state.shown));
      state.cursor += batch.length;
      checked += batch.length;
      return Promise.all(batch.map(function (h) { return documentOf(h.number); })).then(function (docs) {
        if (state !== current) return;
        if (state.shown === 0) docs = closeFirst(docs, state.q);
        docs.forEach(function (doc) {
          if (state.shown >= target) { state.cursor--; return; }
          if (!hasPhrases(doc.title + " " + doc.text, state.q.phrases)) return;
          list.appendChild(render(doc, state.match));
          state.shown++;
        });
        return step();
      });
    }
    return step().then(function () {
      if (state !== current) return;
      // Documents handed back by the cut above are shown next time.
      state.cursor = Math.min(state.cursor, state.hits.length);
      status.textContent = describe(state);
      if (more) more.hidden = state.cursor >= state.hits.length;
    });
  }

  function search(push) {
    var query = input.value;
    var kind = kindSelect ? kindSelect.value : "";
    var entity = entityInput ? entityInput.value.trim() : "";
    updateUrl(query, kind, entity, push);
    var mine = ++sequence;
    var q = parse(query);
    if (!q.words.length && !entity) {
      current = null;
      while (list.firstChild) list.removeChild(list.firstChild);
      status.textContent = "";
      if (more) more.hidden = true;
      return Promise.resolve();
    }
    return rank(q, kind, entity).then(function (r) {
      if (mine !== sequence) return;
      while (list.firstChild) list.removeChild(list.firstChild);
      if (r.unknownEntity) {
        current = null;
        status.textContent = "No person, place or organization is called “" + entity + "”.";
        if (more) more.hidden = true;
        return;
      }
      current = { q: q, hits: r.hits, cursor: 0, shown: 0, match: matcher(q), sequence: mine };
      return showMore(current);
    }).catch(function () {
      if (mine === sequence) status.textContent = "The search index could not be loaded.";
    });
  }

  // ---- the address bar: ?q= to share a search, the back button to return to one ----
  function updateUrl(query, kind, entity, push) {
    if (!window.history || !history.replaceState) return;
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    if (kind) params.set("kind", kind);
    if (entity) params.set("entity", entity);
    var qs = params.toString();
    var url = window.location.pathname + (qs ? "?" + qs : "");
    if (url === window.location.pathname + window.location.search) return;
    try {
      if (push) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    } catch (e) {
      // file:// pages may refuse history changes in some browsers; search still works.
    }
  }
  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    if (kindSelect) kindSelect.value = params.get("kind") || "";
    if (entityInput) entityInput.value = params.get("entity") || "";
  }

  // A last word of one or two letters is mostly the start of a longer one, and searching it would
  // load the postings of words such as "a" and "an", which are in most documents: it waits for a
  // pause in the typing; anything longer is searched at once, as a prefix.
  var SHORT_LAST_WORD = /(^|[^\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}]{1,2}$/u;
  var timer = null;
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(function () { search(false); }, SHORT_LAST_WORD.test(input.value) ? 300 : 60);
  }

  // Results update as the reader types; Enter keeps the search in the history (the pages'
  // Content-Security-Policy forbids form submission: form-action 'none').
  var form = input.form;
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      search(true);
    });
  }
  input.addEventListener("input", soon);
  if (entityInput) entityInput.addEventListener("input", soon);
  if (kindSelect) kindSelect.addEventListener("change", function () { search(true); });
  if (more) {
    more.addEventListener("click", function () {
      if (current) showMore(current);
    });
  }
  window.addEventListener("popstate", function () {
    fromUrl();
    search(false);
  });

  // Keyboard: Down from the box goes to the results, Up and Down move between them, Escape
  // goes back to the box.
  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll(".search-result-title a"));
  }
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var links = resultLinks();
      if (links.length) { event.preventDefault(); links[0].focus(); }
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = resultLinks();
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (event.key === "ArrowDown" && i + 1 < links.length) { event.preventDefault(); links[i + 1].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
  });

  fromUrl();
  if (input.value || (entityInput && entityInput.value)) search(false);
})();

/*
 * Gloss default theme: margin notes.
 *
 * The page is complete without this script: every highlight ends with a link to its note, and
 * the notes are listed beside or after the text. With it:
 *  - wide screens (>= 1100px, as in gloss.css): each note sits level with its passage in the
 *    margin, pushed down when an earlier note is in the way, so that notes never overlap;
 *  - narrow screens: each note moves right after the paragraph (or list item, quotation…)
 *    holding its passage;
 *  - notes are shown whole; one that would push the next note more than a screen from its
 *    passage (or, in the text, hold the reader a screen from what follows) shows its first
 *    paragraph and a button to show all; focusing or opening a note shows all;
 *  - printed, every note follows its paragraph;
 *  - clicking a highlight, or its marker, focuses its note; hovering or focusing a note
 *    lights up its passage; Escape in a note returns to its marker;
 *  - notes and markers get matching numbers, and the first piece of each passage points at its
 *    note with aria-details and aria-describedby.
 *
 * Positions are set through the CSSOM only (the Content-Security-Policy forbids inline style
 * attributes and scripts, not element.style).
 */
(function () {
  "use strict";

  var WIDE_QUERY = "(min-width: 1100px)";
  var GAP = 16; // px between stacked margin notes
  var BLOCKS = "p, li, dd, dt, blockquote, pre, figure, table, h1, h2, h3, h4, h5, h6";

  document.documentElement.classList.add("js");

  function escapeId(id) {
    return window.CSS && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, "\\$&");
  }

  function marksOf(scope, id) {
    return scope.querySelectorAll('mark.hl[data-annotation="' + escapeId(id) + '"]');
  }

  function MarginNotes(layout) {
    this.layout = layout;
    this.body = layout.querySelector(".article-body");
    this.aside = layout.querySelector(".notes");
    this.wide = window.matchMedia(WIDE_QUERY);
    this.mode = "";
    this.frame = 0;
    this.entries = [];
    this.byId = {};
  }

  MarginNotes.prototype.init = function () {
    var self = this;
    if (!this.body || !this.aside) {
      return;
    }
    var notes = this.aside.querySelectorAll(".note.anchored");
    var n = 0;
    Array.prototype.forEach.call(notes, function (note) {
      if (note.parentNode !== self.aside) {
        return; // replies live inside their parent note
      }
      var id = note.id.replace(/^note-/, "");
      var marks = marksOf(self.body, id);
      var first = document.getElementById(note.getAttribute("data-passage") || "") || marks[0];
      if (!first || !self.body.contains(first)) {
        first = null;
      }
      var ref = self.body.querySelector('a.note-ref[href="#' + escapeId(note.id) + '"]');
      var entry = {
        id: id,
        note: note,
        marks: marks,
        first: first,
        ref: ref,
        n: 0,
        body: note.querySelector(".note-body"),
        toggle: null,
        replies: note.querySelectorAll(".note.reply").length,
        expanded: "" // "", or why it is open: "user", "activate", "focus"
      };
      self.addToggle(entry);
      self.entries.push(entry);
      self.byId[id] = entry;
      if (first) {
        entry.n = ++n;
        note.setAttribute("data-n", String(entry.n));
        var meta = note.querySelector(".note-meta");
        if (meta) {
          meta.setAttribute("data-n", String(entry.n)); // CSS attr() reads its own element
        }
        if (ref) {
          ref.setAttribute("data-n", String(entry.n));
        }
        first.setAttribute("aria-details", note.id);
        first.setAttribute("aria-describedby", note.id);
      }
    });
    if (!this.entries.length) {
      return;
    }
    this.bindEvents();
    this.relayout();
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(function () {
        self.schedule();
      });
    }
    this.revealHash();
    var scrolled = window.scrollY;
    window.addEventListener("load", function () {
      self.relayout();
      if (Math.abs(window.scrollY - scrolled) < 2) {
        self.revealHash(); // late images or fonts may have moved the target; unless the reader scrolled
      }
    });
  };

  /** Lays the notes out for the current width: in the margin, or inside the text. */
  MarginNotes.prototype.relayout = function () {
    this.frame = 0;
    if (this.wide.matches && !printing) {
      if (this.mode !== "margin") {
        this.restore();
        this.mode = "margin";
        this.aside.classList.remove("notes-inline");
        this.aside.classList.add("notes-margin");
      }
      this.position();
    } else if (this.mode !== "inline") {
      this.mode = "inline";
      this.aside.classList.remove("notes-margin");
      this.aside.classList.add("notes-inline");
      this.clearPositions();
      this.moveIntoText();
    }
    if (this.mode === "inline") {
      this.updateClamps();
    }
  };

  MarginNotes.prototype.schedule = function () {
    var self = this;
    if (!this.frame) {
      this.frame = window.requestAnimationFrame(function () {
        self.relayout();
      });
    }
  };

  /**
   * Wide screens: top of each note = top of its passage, relative to the margin column;
   * in passage order, each note starts no higher than the previous note's bottom plus a gap.
   * Notes are shown whole, except one that would push the next note more than a screen below
   * that note's passage: it shows its first paragraph, with a button for the rest.
   */
  MarginNotes.prototype.position = function () {
    var self = this;
    var origin = this.aside.getBoundingClientRect().top;
    var screen = viewportHeight();
    var placed = this.entries.map(function (entry) {
      var top = Infinity;
      if (entry.first) {
        var rects = entry.first.getClientRects();
        top = (rects.length ? rects[0].top : entry.first.getBoundingClientRect().top) - origin;
      }
      return { entry: entry, passageTop: top };
    });
    placed.sort(function (a, b) {
      return a.passageTop - b.passageTop || a.entry.n - b.entry.n;
    });
    var bottom = -Infinity;
    placed.forEach(function (p, i) {
      var note = p.entry.note;
      var top = isFinite(p.passageTop) ? p.passageTop : 0;
      if (bottom > -Infinity) {
        top = Math.max(top, bottom + GAP);
      }
      top = Math.max(0, Math.round(top));
      note.style.top = top + "px";
      var next = placed[i + 1];
      self.setClamped(p.entry, function (height) {
        return !!next && isFinite(next.passageTop) && top + height + GAP - next.passageTop > screen;
      });
      bottom = top + note.offsetHeight;
    });
    this.aside.style.minHeight = Math.max(0, Math.ceil(bottom)) + "px";
  };

  /** A "Show full note" button for notes that are shortened in the margin. */
  MarginNotes.prototype.addToggle = function (entry) {
    var self = this;
    if (!entry.body) {
      return;
    }
    if (!entry.body.id) {
      entry.body.id = entry.note.id + "-body";
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "note-toggle";
    button.setAttribute("aria-controls", entry.body.id);
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      self.setExpanded(entry, entry.expanded ? "" : "user");
    });
    entry.body.parentNode.insertBefore(button, entry.body.nextSibling);
    entry.toggle = button;
  };

  MarginNotes.prototype.setExpanded = function (entry, why) {
    if (!entry.expanded === !why) {
      return;
    }
    entry.expanded = why;
    this.relayout();
  };

  /**
   * Narrow screens: a note in the text is shortened to its first paragraph only when, whole,
   * it would hold the reader more than a screen away from the text that follows.
   */
  MarginNotes.prototype.updateClamps = function () {
    var self = this;
    var screen = viewportHeight();
    this.entries.forEach(function (entry) {
      self.setClamped(entry, function (height) {
        return !printing && height > screen;
      });
    });
  };

  /**
   * Shows a note whole, then shortens it to its first paragraph (hiding replies and links) if
   * tooLong(its whole height) says so, unless the reader opened it. Only a note with more than
   * its first paragraph can be shortened.
   */
  MarginNotes.prototype.setClamped = function (entry, tooLong) {
    var note = entry.note;
    if (!entry.body || !entry.toggle) {
      return;
    }
    note.classList.remove("is-clamped", "is-expanded");
    var shortenable = entry.replies > 0 || entry.body.children.length > 1;
    var clamp = shortenable && tooLong(note.offsetHeight);
    note.classList.toggle("is-clamped", clamp && !entry.expanded);
    note.classList.toggle("is-expanded", clamp && !!entry.expanded);
    var more = entry.replies
      ? " and " + entry.replies + (entry.replies === 1 ? " reply" : " replies")
      : "";
    entry.toggle.textContent = entry.expanded ? "Show less" : "Show full note" + more;
    entry.toggle.setAttribute("aria-expanded", entry.expanded ? "true" : "false");
  };

  MarginNotes.prototype.clearPositions = function () {
    this.entries.forEach(function (entry) {
      entry.note.style.top = "";
    });
    this.aside.style.minHeight = "";
  };

  /** The block element of the text after which a passage's note belongs. */
  MarginNotes.prototype.blockOf = function (entry) {
    var from = entry.ref || entry.marks[entry.marks.length - 1] || entry.first;
    var block = from && from.parentElement ? from.parentElement.closest(BLOCKS) : null;
    return block && this.body.contains(block) && block !== this.body ? block : null;
  };

  /** Narrow screens: each note goes right after the block holding (the end of) its passage. */
  MarginNotes.prototype.moveIntoText = function () {
    var self = this;
    var lastAfter = [];
    this.entries.forEach(function (entry) {
      var block = self.blockOf(entry);
      if (!block) {
        return; // no passage in the text: the note stays in the list
      }
      var previous = null;
      for (var i = 0; i < lastAfter.length; i++) {
        if (lastAfter[i].block === block) {
          previous = lastAfter[i];
        }
      }
      var tag = block.tagName;
      if (tag === "LI" || tag === "DD" || tag === "DT") {
        block.appendChild(entry.note); // an <article> may not be a child of a list
      } else {
        var after = previous ? previous.note : block;
        after.parentNode.insertBefore(entry.note, after.nextSibling);
      }
      if (previous) {
        previous.note = entry.note;
      } else {
        lastAfter.push({ block: block, note: entry.note });
      }
    });
    // Hide the list once it is empty; a note whose passage is missing stays listed there.
    this.aside.classList.toggle("notes-empty", !this.aside.querySelector(".note"));
  };

  /** Puts every note back into the margin column, in their original order. */
  MarginNotes.prototype.restore = function () {
    var self = this;
    this.entries.forEach(function (entry) {
      self.aside.appendChild(entry.note);
    });
    this.aside.classList.remove("notes-empty");
  };

  MarginNotes.prototype.setLinked = function (entry, on) {
    Array.prototype.forEach.call(entry.marks, function (mark) {
      mark.classList.toggle("is-linked", on);
    });
    entry.note.classList.toggle("is-linked", on);
    if (entry.ref) {
      entry.ref.classList.toggle("is-linked", on);
    }
  };

  MarginNotes.prototype.activate = function (entry, focus) {
    this.entries.forEach(function (other) {
      if (other !== entry) {
        if (other.expanded === "activate") {
          other.expanded = "";
        }
        other.note.classList.remove("is-active");
        Array.prototype.forEach.call(other.marks, function (mark) {
          mark.classList.remove("is-active");
        });
      }
    });
    entry.note.classList.add("is-active");
    Array.prototype.forEach.call(entry.marks, function (mark) {
      mark.classList.add("is-active");
    });
    if (!entry.expanded) {
      entry.expanded = "activate";
    }
    this.relayout(); // now, so that scrolling below sees the final positions
    if (focus) {
      entry.note.focus({ preventScroll: true });
      scrollIntoViewIfNeeded(entry.note);
    }
  };

  MarginNotes.prototype.entryOfMark = function (mark) {
    return mark ? this.byId[mark.getAttribute("data-annotation")] : null;
  };

  MarginNotes.prototype.bindEvents = function () {
    var self = this;
    var body = this.body;

    // A click on a highlight (but not on a link inside it) opens its note.
    body.addEventListener("click", function (event) {
      var target = event.target;
      var ref = target.closest ? target.closest("a.note-ref") : null;
      if (ref) {
        var refEntry = self.byId[(ref.getAttribute("href") || "").replace(/^#note-/, "")];
        if (refEntry) {
          event.preventDefault();
          replaceHash(refEntry.note.id);
          self.activate(refEntry, true);
        }
        return;
      }
      if (target.closest && target.closest("a, button, input, textarea, select")) {
        return;
      }
      var entry = self.entryOfMark(target.closest ? target.closest("mark.hl") : null);
      if (entry && !entry.note.contains(target)) {
        self.activate(entry, true);
      }
    });

    // Enter on a highlight that has focus (a focusable mark, e.g. made so by a theme).
    body.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") {
        return;
      }
      var mark = event.target.closest ? event.target.closest("mark.hl") : null;
      var entry = mark && event.target === mark ? self.entryOfMark(mark) : null;
      if (entry) {
        event.preventDefault();
        self.activate(entry, true);
      }
    });

    // Hovering a highlight lights up its note; hovering its marker too.
    var hovered = null;
    body.addEventListener("mouseover", function (event) {
      var el = event.target.closest ? event.target.closest("mark.hl, a.note-ref") : null;
      var entry = null;
      if (el && el.matches("a.note-ref")) {
        entry = self.byId[(el.getAttribute("href") || "").replace(/^#note-/, "")];
      } else if (el) {
        entry = self.entryOfMark(el);
      }
      if (entry && entry.note.contains(event.target)) {
        entry = null; // inside a note moved into the text
      }
      if (entry !== hovered) {
        if (hovered) {
          self.setLinked(hovered, false);
        }
        hovered = entry || null;
        if (hovered) {
          self.setLinked(hovered, true);
        }
      }
    });
    body.addEventListener("mouseleave", function () {
      if (hovered) {
        self.setLinked(hovered, false);
        hovered = null;
      }
    });

    // Keyboard focus on a marker shows which passage it belongs to.
    body.addEventListener("focusin", function (event) {
      var ref = event.target.closest ? event.target.closest("a.note-ref") : null;
      var entry = ref ? self.byId[(ref.getAttribute("href") || "").replace(/^#note-/, "")] : null;
      if (entry) {
        self.setLinked(entry, true);
      }
    });
    body.addEventListener("focusout", function (event) {
      var ref = event.target.closest ? event.target.closest("a.note-ref") : null;
      var entry = ref ? self.byId[(ref.getAttribute("href") || "").replace(/^#note-/, "")] : null;
      if (entry) {
        self.setLinked(entry, false);
      }
    });

    this.entries.forEach(function (entry) {
      var note = entry.note;
      note.addEventListener("mouseenter", function () {
        self.setLinked(entry, true);
      });
      note.addEventListener("mouseleave", function () {
        self.setLinked(entry, false);
      });
      note.addEventListener("focusin", function (event) {
        self.setLinked(entry, true);
        // Keyboard users tabbing into a shortened note get all of it.
        if (!entry.expanded && event.target !== entry.toggle && event.target !== note) {
          self.setExpanded(entry, "focus");
        }
      });
      note.addEventListener("focusout", function (event) {
        if (!note.contains(event.relatedTarget)) {
          self.setLinked(entry, false);
          if (entry.expanded === "focus") {
            self.setExpanded(entry, "");
          }
        }
      });
      // Escape goes back to the marker in the text.
      note.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && entry.ref) {
          event.stopPropagation();
          note.classList.remove("is-active");
          entry.ref.focus({ preventScroll: true });
          scrollIntoViewIfNeeded(entry.first || entry.ref);
        }
      });
      // The quoted passage links back to it: scroll there, light it up, focus its marker.
      Array.prototype.forEach.call(note.querySelectorAll("a.note-passage-link"), function (link) {
        if (link.closest(".note") !== note || !entry.first) {
          return;
        }
        link.addEventListener("click", function (event) {
          event.preventDefault();
          replaceHash(entry.first.id);
          self.activate(entry, false);
          scrollIntoViewIfNeeded(entry.first, true);
          if (entry.ref) {
            entry.ref.focus({ preventScroll: true });
          }
        });
      });
    });

    var onChange = function () {
      self.schedule();
    };
    if (this.wide.addEventListener) {
      this.wide.addEventListener("change", onChange);
    } else if (this.wide.addListener) {
      this.wide.addListener(onChange);
    }
    window.addEventListener("resize", onChange);
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(function () {
        if (self.mode === "margin") {
          self.schedule();
        }
      });
      observer.observe(this.body);
      this.entries.forEach(function (entry) {
        observer.observe(entry.note);
      });
    }
    window.addEventListener("hashchange", function () {
      self.revealHash();
    });
  };

  /** After a layout change the browser's jump to #note-… or #passage-… may be stale: redo it. */
  MarginNotes.prototype.revealHash = function () {
    var id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return; // not a valid percent-encoding: not one of ours
    }
    if (!id) {
      return;
    }
    var entry = this.byId[id.replace(/^(note|passage)-/, "")];
    if (!entry) {
      return;
    }
    if (id.indexOf("note-") === 0) {
      this.activate(entry, false);
      entry.note.scrollIntoView({ block: "start" });
    } else if (entry.first) {
      this.activate(entry, false);
      entry.first.scrollIntoView({ block: "center" });
    }
  };

  function replaceHash(id) {
    if (window.history && history.replaceState) {
      try {
        history.replaceState(null, "", "#" + encodeURIComponent(id));
      } catch (e) {
        // file:// pages in some browsers refuse; the hash is a nicety
      }
    }
  }

  function viewportHeight() {
    return window.innerHeight || document.documentElement.clientHeight;
  }

  function prefersReducedMotion() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function scrollIntoViewIfNeeded(el, center) {
    var rect = el.getBoundingClientRect();
    var vh = window.innerHeight || document.documentElement.clientHeight;
    if (rect.top >= 0 && rect.bottom <= vh) {
      return;
    }
    el.scrollIntoView({
      block: center || rect.height > vh ? "center" : "nearest",
      behavior: prefersReducedMotion() ? "auto" : "smooth"
    });
  }

  // Printed, every note follows its paragraph, whole.
  var printing = false;

  function start() {
    var layouts = document.querySelectorAll(".article-layout");
    var all = [];
    Array.prototype.forEach.call(layouts, function (layout) {
      var notes = new MarginNotes(layout);
      notes.init();
      all.push(notes);
    });
    var relayoutAll = function (print) {
      return function () {
        printing = print;
        document.documentElement.classList.toggle("is-printing", print);
        all.forEach(function (notes) {
          if (notes.entries.length) {
            notes.relayout();
          }
        });
      };
    };
    window.addEventListener("beforeprint", relayoutAll(true));
    window.addEventListener("afterprint", relayoutAll(false));
    var print = window.matchMedia ? window.matchMedia("print") : null;
    if (print && print.addEventListener) {
      print.addEventListener("change", function () {
        relayoutAll(print.matches)();
      });
    }
    startSearchForms();
  }

  /**
   * A search box outside the search page (the 404 page's) opens the search page with the query:
   * the pages' Content-Security-Policy forbids submitting forms (form-action 'none').
   */
  function startSearchForms() {
    var forms = document.querySelectorAll("form[data-search-page]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var query = form.querySelector("input[name=q]");
        window.location.href =
          form.getAttribute("action") + (query && query.value ? "?q=" + encodeURIComponent(query.value) : "");
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

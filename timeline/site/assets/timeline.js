/* Visual timeline of the "timeline" MkDocs plugin.
 *
 * Reads the compact event data (timeline.json, linked from the page as #tl-data),
 * then renders a vertical timeline with year and month markers, a text filter,
 * a tag filter and a "key events only" switch. An event is a dot on the line, a
 * range (an event with an end) a bar along it, an announced event an open dot. Items are rendered a page at a time
 * (more as the list end scrolls into view), so thousands of events stay fast. All
 * text goes in via textContent.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 150;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function sourceCount(labels, count) {
    return count === 1 ? labels.source_one : labels.source_many.replace("{count}", count);
  }

  function build(root, data, dataUrl) {
    var labels = data.labels;
    var rows = data.events.map(function (row) {
      var tagNames = row[5].map(function (index) { return data.tags[index]; });
      return {
        row: row,
        tags: tagNames,
        text: (row[4] + " " + row[2] + " " + tagNames.join(" ")).toLowerCase()
      };
    });

    var controls = element("div", "tl-controls");
    var input = element("input", "md-input tl-filter");
    input.type = "search";
    input.id = "tl-filter";
    input.placeholder = labels.filter;
    input.setAttribute("aria-label", labels.filter);
    var select = element("select", "tl-tag-select");
    select.id = "tl-tag";
    select.setAttribute("aria-label", labels.all_tags);
    select.appendChild(element("option", "", labels.all_tags)).value = "";
    data.tags
      .map(function (name, index) { return { name: name, index: index }; })
      .sort(function (a, b) { return a.name.localeCompare(b.name); })
      .forEach(function (tag) {
        select.appendChild(element("option", "", tag.name)).value = String(tag.index);
      });
    controls.appendChild(input);
    controls.appendChild(select);
    var keyOnly = null;
    if (rows.some(function (item) { return item.row[10]; })) {
      keyOnly = checkbox("tl-key-only", labels.key_only);
      controls.appendChild(keyOnly.parentNode);
    }
    var status = element("p", "tl-status");
    status.setAttribute("aria-live", "polite");
    var list = element("ol", "tl-list");
    var more = element("button", "md-button tl-more", labels.more);
    more.type = "button";
    var fallback = document.getElementById("tl-fallback");
    if (fallback) fallback.hidden = true;
    root.textContent = "";
    root.appendChild(controls);
    root.appendChild(status);
    root.appendChild(list);
    root.appendChild(more);

    var matches = rows;
    var shown = 0;
    var lastYear = null;
    var lastMonth = null;

    function renderMore() {
      var end = Math.min(matches.length, shown + PAGE_SIZE);
      var fragment = document.createDocumentFragment();
      for (var i = shown; i < end; i++) {
        var item = matches[i];
        var row = item.row;
        var year = row[3].slice(0, 4);
        var monthKnown = /^\d{4}-(\d{2}|W\d{2})/.test(row[1]);
        var month = monthKnown ? Number(row[3].slice(5, 7)) : null;
        if (year !== lastYear) {
          fragment.appendChild(element("li", "tl-year", String(Number(year))));
          lastYear = year;
          lastMonth = null;
        }
        if (month !== null && month !== lastMonth) {
          fragment.appendChild(element("li", "tl-month", data.months[month - 1]));
          lastMonth = month;
        }
        var entry = element("li", "tl-item");
        entry.setAttribute("data-date", row[1]);
        if (row[8]) {
          entry.classList.add("tl-range");
          entry.setAttribute("data-last", row[8]);
        }
        if (row[9]) entry.classList.add("tl-announced");
        if (row[10]) entry.classList.add("tl-key-event");
        entry.appendChild(element("span", "tl-date", row[2]));
        var link = element("a", "tl-title", row[4]);
        link.href = new URL(data.url.replace("{id}", encodeURIComponent(row[0])), dataUrl).href;
        entry.appendChild(link);
        var meta = element("span", "tl-meta");
        if (row[10]) meta.appendChild(element("span", "tl-key", labels.key_event));
        item.tags.forEach(function (name) { meta.appendChild(element("span", "tl-tag", name)); });
        meta.appendChild(element("span", "tl-count", sourceCount(labels, row[6])));
        if (row[7]) meta.appendChild(element("span", "tl-uncertain", labels.uncertain));
        if (row[9]) meta.appendChild(element("span", "tl-planned", labels.planned));
        entry.appendChild(meta);
        fragment.appendChild(entry);
      }
      list.appendChild(fragment);
      shown = end;
      status.textContent = labels.shown
        .replace("{shown}", String(shown))
        .replace("{total}", String(matches.length));
      more.hidden = shown >= matches.length;
    }

    function applyFilter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var tag = select.value === "" ? null : data.tags[Number(select.value)];
      var onlyKey = keyOnly !== null && keyOnly.checked;
      matches = rows.filter(function (item) {
        if (onlyKey && !item.row[10]) return false;
        if (tag !== null && item.tags.indexOf(tag) < 0) return false;
        return words.every(function (word) { return item.text.indexOf(word) >= 0; });
      });
      list.textContent = "";
      shown = 0;
      lastYear = null;
      lastMonth = null;
      renderMore();
    }

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(applyFilter, 150);
    });
    select.addEventListener("change", applyFilter);
    if (keyOnly !== null) keyOnly.addEventListener("change", applyFilter);
    more.addEventListener("click", renderMore);
    if ("IntersectionObserver" in window) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; }) && !more.hidden) renderMore();
      }, { rootMargin: "400px" }).observe(more);
    }
    renderMore();
    root.setAttribute("data-ready", "true");
  }

  // A checkbox inside its label; the label is the box's parent.
  function checkbox(id, text) {
    var label = element("label", "tl-key-switch");
    var box = element("input", "");
    box.type = "checkbox";
    box.id = id;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + text));
    return box;
  }

  // The chronology's "key events only" switch: hides the events that are not key
  // events (a class on the page's content; the CSS does the hiding).
  function initKeyToggle() {
    document.querySelectorAll("p.tl-key-toggle").forEach(function (place) {
      if (place.getAttribute("data-ready")) return;
      place.setAttribute("data-ready", "true");
      var box = checkbox("tl-key-chronology", place.getAttribute("data-label"));
      place.appendChild(box.parentNode);
      var scope = place.closest("article") || document.body;
      box.addEventListener("change", function () {
        scope.classList.toggle("tl-key-only", box.checked);
      });
    });
  }

  function init() {
    initKeyToggle();
    var root = document.getElementById("tl-view");
    var link = document.getElementById("tl-data");
    if (!root || !link || root.getAttribute("data-loading")) return;
    root.setAttribute("data-loading", "true");
    var dataUrl = link.href;
    fetch(dataUrl)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.json();
      })
      .then(function (data) { build(root, data, dataUrl); })
      .catch(function (error) {
        root.textContent = "";
        root.appendChild(element("p", "tl-error", String(error)));
      });
  }

  // Material's instant navigation swaps pages without reloading scripts; it
  // announces each new page on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

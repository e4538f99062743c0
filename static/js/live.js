// A live page's new entries, without a reload. Everything works without this file: the "Show new
// updates" link reloads the page. This script
//  - asks the server every data-poll-seconds for the entries newer than the newest one shown (a
//    conditional request: 304 while nothing is new, answered from the page cache),
//  - adds them above the others without moving what the reader is looking at, and
//  - says how many arrived in the page's polite live region, for screen readers.
(function () {
  "use strict";

  var section = document.querySelector(".live[data-poll-url]");
  var list = section && section.querySelector("[data-live-entries]");
  if (!section || !list || !window.fetch || !window.DOMParser) {
    return;
  }
  var announce = section.querySelector("[data-live-announce]");
  var refresh = section.querySelector("[data-live-refresh]");
  var seconds = Math.max(1, parseInt(section.dataset.pollSeconds, 10) || 15);
  var newest = section.dataset.newest || "0";
  var timer = null;

  if (refresh) {
    refresh.parentNode.hidden = true; // this script shows new updates itself
  }
  // The browser's own scroll anchoring would move the page a second time: this script keeps the place.
  document.documentElement.style.overflowAnchor = "none";

  // The first entry still on screen, and where it is: after the insert, scroll back by as much as it moved.
  function firstVisible() {
    var entries = list.children;
    for (var i = 0; i < entries.length; i++) {
      var top = entries[i].getBoundingClientRect().top;
      if (entries[i].getBoundingClientRect().bottom > 0) {
        return { element: entries[i], top: top };
      }
    }
    return null;
  }

  function insert(fresh) {
    var listTop = list.getBoundingClientRect().top;
    var anchor = listTop < 0 ? firstVisible() : null; // the reader has scrolled into the updates
    var items = Array.prototype.slice.call(fresh.querySelectorAll("ol > li[data-entry]"));
    items.forEach(function (item) {
      if (!document.getElementById(item.id)) {
        list.insertBefore(document.importNode(item, true), list.firstChild);
      }
    });
    if (anchor) {
      var moved = anchor.element.getBoundingClientRect().top - anchor.top;
      if (moved) {
        window.scrollBy(0, moved);
      }
    }
    var empty = section.querySelector("[data-live-empty]");
    if (empty && items.length) {
      empty.remove();
    }
    return items.length;
  }

  function say(text) {
    if (announce && text) {
      announce.textContent = text;
    }
  }

  function poll() {
    var url = section.dataset.pollUrl + "?after=" + encodeURIComponent(newest);
    // "no-cache": always revalidated, so a 304 (nothing new) costs the server almost nothing.
    fetch(url, { credentials: "same-origin", cache: "no-cache", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-live-new]");
          if (fresh) {
            if (insert(fresh)) {
              say(fresh.dataset.announcement);
            }
            newest = fresh.dataset.newest || newest;
            if (fresh.dataset.open === "0") {
              say(fresh.dataset.closed);
              return; // the coverage has ended: nothing more will come
            }
          }
        }
        schedule();
      })
      .catch(schedule); // offline for a moment: try again at the next turn
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, seconds * 1000);
  }

  schedule();
})();

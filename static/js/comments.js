// The "Leave a Reply" form's small helpers. Everything works without this file; it only
//  - focuses the error summary after a failed post,
//  - keeps "Save my name, email, and website" in this browser's own storage (never on the server,
//    so a cached page never carries one person's details), and
//  - moves the form under the comment being replied to,
//  - keeps the comment being posted in this tab until the post succeeds, so a failed post (the
//    server busy, the database unreachable, the connection lost) never loses what was typed, and
//  - follows a #comment-ID link to the page of comments that holds it.
(function () {
  "use strict";

  var STORAGE_KEY = "newsroom.commenter";
  var FIELDS = ["name", "email", "website"];

  // A link to #comment-ID whose comment is on another page of comments: its permalink knows the page.
  var section = document.getElementById("comments");
  var wanted = /^#comment-(\d+)$/.exec(window.location.hash);
  var paginated = document.querySelector(".comments__pages");
  if (section && paginated && wanted && !document.getElementById("comment-" + wanted[1])) {
    window.location.replace(section.dataset.permalink.replace(/0\/$/, wanted[1] + "/"));
    return;
  }

  var form = document.getElementById("commentform");
  var respond = document.getElementById("respond");
  if (!form || !respond) {
    return;
  }

  // After the browser has scrolled to #respond, so the jump does not take the focus away again.
  var summary = document.getElementById("comment-error-summary");
  if (summary) {
    window.addEventListener("load", function () {
      summary.focus();
    });
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage disabled: the form simply is not refilled
    }
  }

  var remember = form.elements.namedItem("remember");
  var store = storage();
  if (remember && store) {
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(STORAGE_KEY) || "null");
    } catch (error) {
      store.removeItem(STORAGE_KEY);
    }
    if (saved) {
      FIELDS.forEach(function (name) {
        var input = form.elements.namedItem(name);
        if (input && !input.value && saved[name]) {
          input.value = saved[name];
        }
      });
      remember.checked = true;
    }
    form.addEventListener("submit", function () {
      if (remember.checked) {
        var values = {};
        FIELDS.forEach(function (name) {
          var input = form.elements.namedItem(name);
          values[name] = input ? input.value : "";
        });
        store.setItem(STORAGE_KEY, JSON.stringify(values));
      } else {
        store.removeItem(STORAGE_KEY);
      }
    });
  }

  // The draft: saved when posting, given back to an empty form, forgotten once the comment is shown.
  var draftKey = "newsroom.draft:" + form.getAttribute("action").split("#")[0];
  var draftStore = null;
  try {
    draftStore = window.sessionStorage;
  } catch (error) {
    draftStore = null;
  }
  var draftBody = form.elements.namedItem("body");
  if (draftStore && draftBody) {
    var posted = /^#comment-\d+$/.test(window.location.hash) && document.querySelector(window.location.hash);
    if (posted) {
      draftStore.removeItem(draftKey);
    } else if (!draftBody.value && draftStore.getItem(draftKey)) {
      draftBody.value = draftStore.getItem(draftKey);
    }
    form.addEventListener("submit", function () {
      draftStore.setItem(draftKey, draftBody.value);
    });
  }

  // Replies: the form moves under the comment; "Cancel reply" puts it back.
  var home = document.createElement("div");
  home.id = "respond-home";
  home.hidden = true;
  respond.parentNode.insertBefore(home, respond);
  var replyTo = form.elements.namedItem("reply_to");
  var title = document.getElementById("reply-title-text");
  var cancel = document.getElementById("cancel-comment-reply-link");
  var body = form.elements.namedItem("body");

  function replyingTo(id, name, comment) {
    replyTo.value = id || "";
    // The template gives both titles in the site's language; "{name}" stands for the commenter's name
    // (replaced by a function, so that a "$" in a name is not read as a replacement pattern).
    title.textContent = id
      ? title.dataset.titleReply.replace("{name}", function () {
          return name;
        })
      : title.dataset.title;
    cancel.hidden = !id;
    if (comment) {
      comment.querySelector(".comment__card").after(respond);
    } else {
      home.after(respond);
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.comment__reply") : null;
    if (link) {
      event.preventDefault();
      replyingTo(link.dataset.replyTo, link.dataset.replyName, link.closest("li.comment"));
      body.focus();
    } else if (event.target === cancel) {
      event.preventDefault();
      var comment = respond.closest("li.comment");
      replyingTo("", "", null);
      var back = comment && comment.querySelector("a.comment__reply");
      (back || body).focus();
    }
  });
})();

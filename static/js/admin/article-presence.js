// Keeps the article change form's "… is editing this article" notice current. The server shows the
// notice when the form opens; this refreshes it, and records that this user still has the form open,
// every data-refresh-seconds. A notice only: nobody is ever blocked from saving.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("article-presence");
  const form = box && box.closest("form");
  const token = form && form.querySelector("input[name=csrfmiddlewaretoken]");
  if (!token) {
    return;
  }

  const show = (message) => {
    box.replaceChildren();
    if (message) {
      const list = document.createElement("ul");
      const item = document.createElement("li");
      list.className = "messagelist";
      item.className = "warning";
      item.textContent = message;
      list.append(item);
      box.append(list);
    }
  };

  const refresh = async () => {
    try {
      const response = await fetch(box.dataset.url, {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": token.value },
      });
      if (response.ok) {
        show((await response.json()).message);
      }
    } catch {
      // Offline for a moment: keep the last notice and try again at the next refresh.
    }
  };

  window.setInterval(refresh, Number(box.dataset.refreshSeconds) * 1000);
});

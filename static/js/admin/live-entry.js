// The live article's "Add a live update" form, posted without leaving the page, so the next update
// can be typed at once. Without this file the form posts as usual and comes back to this page.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("live-entry-form");
  if (!form || !window.fetch) {
    return;
  }
  const status = form.querySelector("[data-live-form-status]");
  const button = form.querySelector("input[type=submit]");

  const clearErrors = () => {
    form.querySelectorAll("[data-field]").forEach((row) => {
      row.classList.remove("errors");
      const list = row.querySelector(".errorlist");
      list.replaceChildren();
      list.hidden = true;
      row.querySelectorAll("[aria-invalid]").forEach((input) => input.removeAttribute("aria-invalid"));
    });
  };

  const showErrors = (errors) => {
    let first = null;
    Object.entries(errors).forEach(([name, messages]) => {
      const row = form.querySelector(`[data-field="${name}"]`) || form.querySelector("[data-field]");
      const list = row.querySelector(".errorlist");
      messages.forEach(({ message }) => {
        const item = document.createElement("li");
        item.textContent = message;
        list.append(item);
      });
      list.hidden = false;
      row.classList.add("errors");
      const input = row.querySelector("input, textarea, select");
      if (input) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", list.id);
        first = first || input;
      }
    });
    if (first) {
      first.focus();
    }
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    button.disabled = true;
    status.textContent = "";
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      const data = await response.json();
      if (response.ok) {
        // Emptied for the next update; the authors stay, as the same reporter usually posts again.
        form.querySelectorAll("[data-field] input, [data-field] textarea").forEach((input) => {
          if (input.type === "checkbox") {
            input.checked = false;
          } else {
            input.value = "";
          }
        });
        status.textContent = data.message;
        form.querySelector("[data-field=title] input").focus();
      } else {
        showErrors(data.errors || {});
      }
    } catch {
      status.textContent = form.dataset.failed; // offline, or signed out: nothing was lost, try again
    } finally {
      button.disabled = false;
    }
  });
});

// Accessible names for the admin widgets that build their DOM in JavaScript (select2 autocompletes,
// the rich-text body editor). Each is tied to the field's existing <label> with aria-labelledby, or,
// where a field has no <label> (tabular inlines), to the aria-label the server put on the field.
"use strict";
{
  const labelOf = (field) => {
    const label = field.id && document.querySelector(`label[for="${field.id}"]`);
    if (!label) {
      return field.getAttribute("aria-label") ? { text: field.getAttribute("aria-label") } : null;
    }
    label.id = label.id || `${field.id}-label`;
    return { id: label.id };
  };

  const name = (element, label, extraIds = "") => {
    if (label.id) {
      element.setAttribute("aria-labelledby", `${label.id} ${extraIds}`.trim());
    } else {
      element.setAttribute("aria-label", label.text);
    }
  };

  const nameSelect2 = (select) => {
    const label = labelOf(select);
    const container = select.nextElementSibling;
    if (!label || !container || !container.classList.contains("select2")) {
      return;
    }
    const rendered = container.querySelector(".select2-selection__rendered");
    const combobox = container.querySelector(".select2-selection[role=combobox]");
    if (rendered) {
      name(rendered, label);
      // A multiple select's "Remove all" button sits inside its <ul>, where only <li>s belong.
      const clear = rendered.querySelector(":scope > .select2-selection__clear");
      if (clear) {
        rendered.before(clear);
      }
    }
    if (combobox) {
      // The label first, then what is chosen: "Section: Harbour".
      name(combobox, label, rendered && rendered.id ? rendered.id : "");
      // ARIA 1.2 comboboxes point at their listbox with aria-controls; select2 only sets aria-owns.
      combobox.setAttribute("aria-controls", `select2-${select.id}-results`);
    }
    container.querySelectorAll(".select2-search__field").forEach((search) => name(search, label));
  };

  const nameOpenSearch = (search) => {
    // The dropdown's search box lives at the end of <body>; aria-controls names its select.
    const match = /^select2-(.+)-results$/.exec(search.getAttribute("aria-controls") || "");
    const select = match && document.getElementById(match[1]);
    const label = select && labelOf(select);
    if (label) {
      name(search, label);
    }
  };

  const nameEditor = (editable) => {
    const textarea = editable.closest(".prose-editor")?.querySelector("textarea");
    const label = textarea && labelOf(textarea);
    if (label) {
      name(editable, label);
      editable.setAttribute("aria-multiline", "true");
    }
  };

  const nameAll = () => {
    document.querySelectorAll("select.select2-hidden-accessible").forEach(nameSelect2);
    document.querySelectorAll(".select2-dropdown .select2-search__field").forEach(nameOpenSearch);
    document.querySelectorAll(".prose-editor .ProseMirror[contenteditable]").forEach(nameEditor);
  };

  // Our own changes are attributes only, so observing added nodes never loops.
  const observer = new MutationObserver(nameAll);
  document.addEventListener("DOMContentLoaded", () => {
    nameAll();
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

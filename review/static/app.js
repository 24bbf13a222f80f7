// The document view's behaviour: field <-> box linking, inline edits, keyboard shortcuts.
// Served from the package; no inline script anywhere (the pages' CSP allows only this file
// and htmx). Shortcuts never act while the reviewer types in a box.
(function () {
  "use strict";
  var lastField = null;  // data-field of the field to focus again after a panel swap

  function boxesFor(id) {
    return document.querySelectorAll('.box[data-field="' + id + '"]');
  }
  function light(id, on) {
    boxesFor(id).forEach(function (b) { b.classList.toggle("lit", on); });
    var f = document.getElementById("field-" + id);
    if (f) { f.classList.toggle("lit", on); }
  }
  function fields() { return Array.prototype.slice.call(document.querySelectorAll("li.field")); }
  function currentField() {
    var el = document.activeElement;
    return el && el.closest ? el.closest("li.field") : null;
  }
  function focusField(li) {
    if (!li) { return; }
    li.focus();
    li.scrollIntoView({ block: "nearest" });
    var box = boxesFor(li.dataset.field)[0];
    if (box) { box.scrollIntoView({ block: "nearest" }); }
  }
  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  function openEdit(li) {
    var form = li && li.querySelector("form.edit");
    if (!form) { return; }
    form.hidden = false;
    li.classList.add("editing");
    var input = form.querySelector(".edit-value");
    input.focus();
    input.select();
  }
  function closeEdit(li) {
    var form = li && li.querySelector("form.edit");
    if (!form) { return; }
    form.reset();
    form.hidden = true;
    li.classList.remove("editing");
    li.focus();
  }
  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); }
    return !!el;
  }
  function follow(selector) {
    var a = document.querySelector(selector);
    if (a) { window.location.assign(a.href); }
  }
  function showHelp() {
    var d = document.getElementById("shortcuts");
    if (d && !d.open) { d.showModal(); }
  }

  document.addEventListener("mouseover", function (e) {
    var t = e.target.closest && e.target.closest("li.field, .box");
    if (t) { light(t.dataset.field, true); }
  });
  document.addEventListener("mouseout", function (e) {
    var t = e.target.closest && e.target.closest("li.field, .box");
    if (t) { light(t.dataset.field, false); }
  });
  document.addEventListener("focusin", function (e) {
    var li = e.target.closest && e.target.closest("li.field");
    if (li) { light(li.dataset.field, true); lastField = li.dataset.field; }
  });
  document.addEventListener("focusout", function (e) {
    var li = e.target.closest && e.target.closest("li.field");
    if (li && !li.contains(e.relatedTarget)) { light(li.dataset.field, false); }
  });
  document.addEventListener("click", function (e) {
    var box = e.target.closest && e.target.closest(".box");
    if (box) {
      e.preventDefault();
      focusField(document.getElementById("field-" + box.dataset.field));
      return;
    }
    if (e.target.closest && e.target.closest("[data-cancel]")) {
      closeEdit(e.target.closest("li.field"));
      return;
    }
    if (e.target.closest && e.target.closest("[data-help]")) { showHelp(); return; }
    var li = e.target.closest && e.target.closest("li.field");
    if (li && !li.classList.contains("editing") && e.detail === 2) { openEdit(li); }
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) { return; }
    var target = e.target;
    if (typing(target)) {
      if (e.key === "Escape" && target.closest("form.edit")) {
        e.preventDefault();
        closeEdit(target.closest("li.field"));
      }
      return;
    }
    var dialog = document.getElementById("shortcuts");
    if (dialog && dialog.open) { return; }
    var list = fields();
    var li = currentField();
    switch (e.key) {
      case "j":
      case "k": {
        if (!list.length) { return; }
        var i = li ? list.indexOf(li) : -1;
        var next = e.key === "j" ? Math.min(i + 1, list.length - 1) : Math.max(i - 1, 0);
        if (i === -1) { next = 0; }
        focusField(list[next]);
        break;
      }
      case "e":
      case "Enter":
        if (!li) { return; }
        openEdit(li);
        break;
      case "Escape":
        if (li) { closeEdit(li); }
        return;
      case "a":
        if (!click("li.flag:not(.decided) button.accept")) { return; }
        break;
      case "c":
        if (!click("button.confirm")) { return; }
        break;
      case "n":
        follow("#next-doc");
        break;
      case "p":
        follow("#prev-doc");
        break;
      case "?":
        showHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  // After htmx replaces the panels, keep the reviewer on the field they were on.
  document.addEventListener("htmx:afterSwap", function () {
    if (lastField) {
      var li = document.getElementById("field-" + lastField);
      if (li) { li.focus({ preventScroll: true }); }
    }
  });
})();

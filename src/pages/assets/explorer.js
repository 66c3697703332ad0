// Progressive enhancement only: every page works without this file.
// - absolute links: where the server knows no public address, citations and the curl line show
//   paths, and this fills in the browser's own origin;
// - copy buttons beside the citation and the curl line;
// - filter forms leave their empty fields out of the address (the server ignores them anyway).
/* global window, document, navigator */
(() => {
  'use strict';
  const origin = window.location.origin;
  for (const el of document.querySelectorAll('[data-origin]')) {
    if (el.textContent === '') el.textContent = origin;
  }
  const cite = document.getElementById('citation');
  const permalink = cite && cite.getAttribute('data-permalink');
  if (cite && permalink && cite.textContent.includes(` ${permalink}`)) {
    cite.textContent = cite.textContent.replace(` ${permalink}`, ` ${origin}${permalink}`);
  }
  for (const form of document.querySelectorAll('form[method="get"]')) {
    form.addEventListener('submit', () => {
      for (const field of form.elements) {
        if (field.name && field.value === '' && !field.disabled) {
          field.disabled = true;
          // Back in history, the form is whole again.
          window.addEventListener('pageshow', () => (field.disabled = false), { once: true });
        }
      }
    });
  }
  // The words come from the page (the message catalogues), not from here.
  const labels = [document.body.dataset.copy, document.body.dataset.copied];
  if (!navigator.clipboard || !labels[0]) return;
  for (const el of document.querySelectorAll('#citation, pre.curl')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = labels[0];
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(el.textContent.trim()).then(() => {
        button.textContent = labels[1];
      });
    });
    el.insertAdjacentElement('afterend', button);
  }
})();

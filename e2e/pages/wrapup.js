// Configures the page's dialog from the query string, as a host would from its own state, and
// keeps a log of the dialog's events for the tests to read.
const params = new URLSearchParams(location.search);
const dialog = document.getElementById('dialog');
window.wrapupEvents = [];
for (const type of ['wrapup-select', 'wrapup-extend', 'wrapup-expire', 'wrapup-submit', 'wrapup-complete', 'wrapup-error']) {
  dialog.addEventListener(type, (event) => window.wrapupEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) }));
}
for (const [name, value] of params) dialog.setAttribute(name, value);
dialog.open = true;

// Configures the page's dialog from the query string, as a host would from its own state, and
// keeps a log of the dialog's events for the tests to read.
const params = new URLSearchParams(location.search);
const dialog = document.getElementById('dialog');
window.wrapupEvents = [];
for (const type of ['wrapup-select', 'wrapup-extend', 'wrapup-expire', 'wrapup-submit', 'wrapup-complete', 'wrapup-error']) {
  dialog.addEventListener(type, (event) => window.wrapupEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) }));
}
// `host-submits`: the page submits the wrap-up itself, as a host calling its SDK would (here a
// POST of its own to the same endpoint), then calls complete().
if (params.has('host-submits')) {
  dialog.addEventListener('wrapup-submit', async (event) => {
    event.preventDefault();
    const { wrapup, idempotencyKey } = event.detail;
    await new Promise((resolve) => setTimeout(resolve, 500)); // an SDK call takes a moment
    const response = await fetch(`/api/interactions/${wrapup.interactionId}/wrapup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ ...wrapup, via: 'host' }),
    });
    if (response.ok) dialog.complete(response.status);
    else dialog.fail(response.status);
  });
  params.delete('host-submits');
}
for (const [name, value] of params) dialog.setAttribute(name, value);
dialog.open = true;

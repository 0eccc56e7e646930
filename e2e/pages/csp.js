// Records every CSP violation and opens the dialog for the interaction named in the URL.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.completed = false;
const dialog = document.getElementById('dialog');
dialog.addEventListener('wrapup-complete', () => (window.completed = true));
dialog.setAttribute('interaction-id', new URLSearchParams(location.search).get('id'));
dialog.open = true;

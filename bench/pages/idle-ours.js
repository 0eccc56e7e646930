// Idle cost of ours: 100 <wrapup-timer>s and 10 open dialogs counting down.
import { pastInstants, setHidden } from './idle.js';
import { makeReasons } from './reasons.js';

const reasons = makeReasons(100);
for (const since of pastInstants(100)) {
  const timer = document.createElement('wrapup-timer');
  timer.since = since;
  document.body.append(timer);
}
for (let i = 0; i < 10; i += 1) {
  const dialog = document.createElement('wrapup-dialog');
  dialog.interactionId = `idle-${Date.now()}-${i}`;
  dialog.submitUrl = '/api/interactions/{interactionId}/wrapup';
  dialog.autoWrapup = 3600;
  dialog.defaultReason = reasons[0].id;
  dialog.extendable = true;
  dialog.reasons = reasons;
  dialog.open = true;
  document.body.append(dialog);
}
window.bench = { name: '<wrapup-timer> ×100 + <wrapup-dialog> ×10', setHidden, elements: () => document.querySelectorAll('wrapup-timer, wrapup-dialog').length };

// Idle cost of the peer: 100 <relative-time> elements counting seconds.
import '@github/relative-time-element';
import { pastInstants, setHidden } from './idle.js';

for (const since of pastInstants(100)) {
  const time = document.createElement('relative-time');
  time.setAttribute('datetime', new Date(since).toISOString());
  time.setAttribute('format', 'duration');
  time.setAttribute('precision', 'second');
  document.body.append(time);
}
window.bench = { name: '@github/relative-time-element ×100', setHidden, elements: () => document.querySelectorAll('relative-time').length };

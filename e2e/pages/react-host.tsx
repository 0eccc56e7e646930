// A React 19 host page, as an agent desktop built with React would use the dialog: reasons and
// fetch set as properties, wrap-up events received through React's custom-element event
// support, and the tags typed from the package's generated JSX types. Bundled and driven by
// e2e/react.test.mjs; type-checked by `npm test`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'wrapup-elements';
import type { FetchLike, WrapupReason } from 'wrapup-elements';
import type { CustomElements } from '../../types/jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

const firstReasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question', group: 'Billing' },
  { id: 'refund', name: 'Refund request', group: 'Billing' },
  { id: 'other', name: 'Other' },
];

/** Records each POST on the page and answers 200, as a host's own fetch (auth, SDK) would. */
const requests: { url: string; body: unknown; key: string | null }[] = [];
const hostFetch: FetchLike = async (url, init) => {
  requests.push({ url: String(url), body: JSON.parse(String(init?.body)), key: new Headers(init?.headers).get('Idempotency-Key') });
  return new Response('{}', { status: 200 });
};
Object.assign(window, { hostRequests: requests });

function Desk() {
  const [reasons, setReasons] = useState(firstReasons);
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  // The desktop learns of another reason while the modal is open (its own controls are inert).
  Object.assign(window, { addReason: () => setReasons([...firstReasons, { id: 'sales', name: 'New contract' }]) });
  return (
    <main>
      <wrapup-timer since={Date.now() - 5000}></wrapup-timer>
      <wrapup-dialog
        interaction-id="react-42"
        submit-url="/api/interactions/{interactionId}/wrapup"
        default-reason="other"
        open
        reasons={reasons}
        fetch={hostFetch}
        onwrapup-select={(event) => note(`select ${event.detail.reason.id}`)}
        onwrapup-submit={(event) => note(`submit ${event.detail.wrapup.reasonId}`)}
        onwrapup-complete={(event) => note(`complete ${event.detail.status}`)}
      ></wrapup-dialog>
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

// The generated types hold: these would not compile.
// @ts-expect-error reasons is a list of { id, name }, not a string
void (<wrapup-dialog reasons="billing" />);
// @ts-expect-error state is read-only: not a prop
void (<wrapup-dialog state="done" />);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Desk />
  </StrictMode>,
);

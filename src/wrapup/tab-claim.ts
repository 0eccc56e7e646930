/**
 * One tab at a time, without Web Locks (an insecure context, an old embedded browser): a claim
 * announced on a `BroadcastChannel`, held unless another tab answers that it holds the name or
 * claims it at the same moment with a lower ticket. Part of the lazily loaded sender.
 *
 * Weaker than Web Locks (a tab that dies while holding a claim is not noticed until
 * {@link STALE_CLAIM_MS} have passed), which is why it is only the fallback.
 */

/**
 * How long a claim is listened against before it is taken, at least (plus up to as much again,
 * at random). Long enough for a busy browser to deliver another tab's answer: a late answer
 * means two tabs send (the same idempotency key, but two requests).
 */
const CLAIM_WAIT_MS = 400;
/** A tab that lost waits this long for a release before it claims again. */
const STALE_CLAIM_MS = 3000;

type Message = { name: string } & ({ kind: 'claim'; ticket: number } | { kind: 'held' } | { kind: 'released' });

let channel: BroadcastChannel | undefined;
/** Names this tab holds, answered `held` to other tabs' claims. */
const owned = new Set<string>();
/** The turn of each name in this page: a BroadcastChannel does not hear its own messages. */
const turns = new Map<string, Promise<void>>();

function open(): BroadcastChannel {
  if (!channel) {
    channel = new BroadcastChannel('wrapup-elements:claims');
    channel.addEventListener('message', ({ data }: MessageEvent<Message>) => {
      if (data.kind === 'claim' && owned.has(data.name)) channel!.postMessage({ kind: 'held', name: data.name } satisfies Message);
    });
  }
  return channel;
}

/**
 * Runs `task` once this tab holds the claim on `name` (and no other caller in this page
 * does); undefined when `signal` stopped the wait first.
 */
export async function withClaim<T>(name: string, signal: AbortSignal, task: () => Promise<T>): Promise<T | undefined> {
  const bus = open();
  while (!signal.aborted) {
    const turn = turns.get(name);
    if (turn) {
      await turn;
      continue;
    }
    let release!: () => void;
    turns.set(name, new Promise<void>((resolve) => (release = resolve)));
    let won = false;
    try {
      won = await claim(bus, name, signal);
      if (won) {
        owned.add(name);
        return await task();
      }
    } finally {
      owned.delete(name);
      turns.delete(name);
      release();
      if (won) bus.postMessage({ kind: 'released', name } satisfies Message);
    }
  }
  return undefined;
}

/** Claims `name`; false when another tab holds it or won the claim (after waiting for it). */
function claim(bus: BroadcastChannel, name: string, signal: AbortSignal): Promise<boolean> {
  const ticket = Math.random();
  return new Promise((resolve) => {
    let lost = false;
    const onMessage = ({ data }: MessageEvent<Message>) => {
      if (data.name !== name) return;
      if (data.kind === 'held' || (data.kind === 'claim' && data.ticket < ticket)) lost = true;
      if (data.kind === 'released' && lost) finish(false);
    };
    const finish = (won: boolean) => {
      clearTimeout(decide);
      clearTimeout(stale);
      bus.removeEventListener('message', onMessage);
      signal.removeEventListener('abort', aborted);
      resolve(won);
    };
    const aborted = () => finish(false);
    bus.addEventListener('message', onMessage);
    signal.addEventListener('abort', aborted, { once: true });
    bus.postMessage({ kind: 'claim', name, ticket } satisfies Message);
    let stale: ReturnType<typeof setTimeout> | undefined;
    // A short random wait, so that tabs claiming together hear each other.
    const decide = setTimeout(() => {
      if (!lost) finish(true);
      else stale = setTimeout(() => finish(false), STALE_CLAIM_MS);
    }, CLAIM_WAIT_MS * (1 + Math.random()));
  });
}

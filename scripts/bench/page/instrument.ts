/**
 * In-page instrumentation of `npm run bench`, installed with page.addInitScript before any of the
 * page's own scripts run (bundled into an IIFE by ../bundle.ts). The same script measures the app
 * and the plain-HTML baseline page, so the two are directly comparable.
 *
 * Keystrokes — for the trusted keyboard-driven events (keydown, keypress, beforeinput, input, keyup,
 * and the change/focusout/focusin a Tab causes) a window *capture* listener, registered before any
 * of the page's listeners, and a window *bubble* listener record performance.now():
 *   - main-thread work (handlers + render commit): the events a key dispatches in one go form a
 *     group (keydown…input [+ change/focus changes], then keyup on its own); a group runs from the
 *     first event's capture listener to the last event's bubble listener, which runs after every
 *     handler of the page, the microtasks after them and React's synchronous render + commit (React
 *     19 renders discrete input updates synchronously and flushes their effects). When a handler
 *     stops propagation the bubble listener does not run; then the group ends in a microtask queued
 *     (three deep) by the patched stopPropagation, i.e. after that handler and its microtasks.
 *     A key's work is the sum of its groups. The browser's own work between events (text editing,
 *     focus change) inside a group is included; not included are the browser's work after the last
 *     event of a task (against a CDP trace of the same keys: the text field's style + layout after
 *     `input`, ~0.5–1 ms per digit on this machine; Tab keys agree within ~0.5 ms) and work the page
 *     defers to later tasks (timers, transitions, IndexedDB saves).
 *     Why not "until a MessageChannel message posted in the handler runs": after input, Chromium's
 *     scheduler runs rendering (and the next key event) before ordinary tasks, so that message only
 *     runs after the next frame, and the figure would be the paint latency again.
 *   - keystroke-to-next-paint: keydown capture time → requestAnimationFrame → a MessageChannel
 *     message posted from that frame callback; it runs as the first ordinary task after the frame's
 *     style, layout and paint, so its time ≈ when the key's result was painted (the compositor's
 *     work on other threads is not included).
 * Navigation — a MutationObserver waits for an enabled input[data-cell]; the next frame checks it is
 *   visible, and a message posted from that frame gives the time it was painted. Times are
 *   performance.now(), i.e. ms since the navigation started (performance.timeOrigin).
 */
import type { KeystrokeApi, KeystrokeSample, NavigationSample } from './api.ts';

interface Group {
  readonly start: number;
  end: number;
}

interface Keystroke {
  readonly key: string;
  readonly start: number;
  readonly groups: Group[];
  paint: number;
}

const EVENTS = new Set([
  'keydown',
  'keypress',
  'beforeinput',
  'input',
  'keyup',
  'change',
  'focusout',
  'focusin',
]);
/** The browser dispatches each of these as a new input event, never inside another key's group. */
const GROUP_STARTERS = new Set(['keydown', 'keyup']);

function install(): void {
  let suspended = false;
  let current: Keystroke | null = null;
  let open: Group | null = null;
  const paints: Keystroke[] = [];
  let samples: Keystroke[] = [];
  let waiters: (() => void)[] = [];

  const tracked = (e: Event) => !suspended && e.isTrusted && EVENTS.has(e.type);
  const settle = () => {
    if (paints.length > 0 || waiters.length === 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const afterFrame = new MessageChannel();
  afterFrame.port1.onmessage = () => {
    const ks = paints.shift();
    if (ks) ks.paint = performance.now() - ks.start;
    settle();
  };

  const onCapture = (e: Event) => {
    if (!tracked(e)) return;
    const now = performance.now();
    if (e.type === 'keydown') {
      const ks: Keystroke = {
        key: (e as KeyboardEvent).key,
        start: now,
        groups: [],
        paint: Number.NaN,
      };
      current = ks;
      samples.push(ks);
      paints.push(ks);
      requestAnimationFrame(() => {
        // A frame ran: whatever comes next is a new group.
        if (open && ks.groups.includes(open)) open = null;
        afterFrame.port2.postMessage(null);
      });
    }
    if (!current) return;
    if (open && GROUP_STARTERS.has(e.type)) open = null;
    if (!open) {
      open = { start: now, end: now };
      current.groups.push(open);
    }
  };
  const onBubble = (e: Event) => {
    if (tracked(e) && open) open.end = Math.max(open.end, performance.now());
  };
  for (const type of EVENTS) {
    window.addEventListener(type, onCapture, { capture: true });
    window.addEventListener(type, onBubble);
  }

  // A handler that stops propagation hides the event from the bubble listener: end the group after
  // that handler instead (microtasks run when it returns; three deep to come after React's own).
  const patch = (name: 'stopPropagation' | 'stopImmediatePropagation') => {
    const original = Event.prototype[name];
    Event.prototype[name] = function (this: Event) {
      const group = open;
      if (group && tracked(this)) {
        const mark = () => {
          group.end = Math.max(group.end, performance.now());
        };
        queueMicrotask(() => {
          mark();
          queueMicrotask(() => {
            mark();
            queueMicrotask(mark);
          });
        });
      }
      original.call(this);
    };
  };
  patch('stopPropagation');
  patch('stopImmediatePropagation');

  const navigation = watchNavigation();

  const api: KeystrokeApi = {
    start() {
      samples = [];
    },
    stop() {
      const done: KeystrokeSample[] = samples
        .filter((s) => s.groups.length > 0 && Number.isFinite(s.paint))
        .map((s) => ({
          key: s.key,
          work: s.groups.reduce((t, g) => t + (g.end - g.start), 0),
          groups: s.groups.length,
          paint: s.paint,
        }));
      samples = [];
      return done;
    },
    idle() {
      // Called from Node after page.keyboard.press returned, i.e. after the keyup was dispatched.
      open = null;
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    ensureFocus(selector, index) {
      const target = document.querySelectorAll<HTMLInputElement>(selector)[index];
      if (!target) throw new Error(`bench: no element ${index} for ${selector}`);
      if (document.activeElement === target) return true;
      suspended = true;
      try {
        target.focus();
        target.select();
      } finally {
        suspended = false;
      }
      return false;
    },
    navigation: () => navigation,
  };
  window.__xxgkBench = api;
}

function watchNavigation(): Promise<NavigationSample> {
  return new Promise((resolve) => {
    let inDom = Number.NaN;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ inDom, painted: performance.now() });
    const editable = () =>
      [...document.querySelectorAll<HTMLInputElement>('input[data-cell]')].filter((el) =>
        el.matches(':enabled'),
      );
    const whenVisible = () => {
      requestAnimationFrame(() => {
        if (editable().some((el) => el.checkVisibility())) channel.port2.postMessage(null);
        else whenVisible();
      });
    };
    const observer = new MutationObserver(() => {
      if (editable().length === 0) return;
      inDom = performance.now();
      observer.disconnect();
      whenVisible();
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
  });
}

if (!window.__xxgkBench) install();

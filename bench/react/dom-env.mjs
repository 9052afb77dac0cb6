// A jsdom document for React in plain Node, and a render recorder on React's DevTools hook.
// Both must be installed before react-dom is first imported.
import { JSDOM } from 'jsdom';

/** jsdom's window as the global scope; Node's own fetch, AbortController, Event etc. stay. */
export function installDom() {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const { window } = dom;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    try {
      Object.defineProperty(globalThis, key, {
        configurable: true,
        get: () => window[key],
      });
    } catch {
      // a non-configurable global of Node's: keep Node's
    }
  }
  Object.defineProperty(globalThis, 'window', { configurable: true, value: window });
  Object.defineProperty(globalThis, 'document', { configurable: true, value: window.document });
  Object.defineProperty(globalThis, 'navigator', { configurable: true, value: window.navigator });
  return dom;
}

// React's fiber tags for things that run user render code.
const FunctionComponent = 0;
const ClassComponent = 1;
const ForwardRef = 11;
const SimpleMemoComponent = 15;
const componentTags = new Set([FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent]);
// ReactFiberFlags.PerformedWork: set on a fiber whose render function ran in this commit.
const PerformedWork = 0b1;

/** @param {any} fiber */
function componentName(fiber) {
  const type = fiber.type;
  if (!type) return 'Anonymous';
  if (fiber.tag === ForwardRef) return type.displayName ?? type.render?.name ?? 'ForwardRef';
  return type.displayName ?? type.name ?? 'Anonymous';
}

/**
 * @typedef {{ name: string, fiber: any }} RenderedComponent
 * @typedef {{ commits: number, rendered: RenderedComponent[] }} RenderWindow
 */

/**
 * Records, per commit, which components rendered — the way React DevTools' profiler
 * decides it: a component rendered when it mounted or its fiber has `PerformedWork`, and a
 * subtree whose child list was reused from the previous commit did not render at all.
 */
export function installRenderRecorder() {
  /** @type {RenderWindow | null} */
  let current = null;

  /** @param {any} fiber @param {any} previous @param {RenderedComponent[]} out */
  function collect(fiber, previous, out) {
    if (componentTags.has(fiber.tag) && (previous === null || fiber.flags & PerformedWork)) {
      out.push({ name: componentName(fiber), fiber });
    }
    if (previous !== null && fiber.child === previous.child) return; // bailed out: untouched
    for (let child = fiber.child; child; child = child.sibling) {
      collect(child, child.alternate, out);
    }
  }

  Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      /** @param {number} _id @param {any} root */
      onCommitFiberRoot(_id, root) {
        if (!current) return;
        current.commits += 1;
        const rootFiber = root.current;
        collect(rootFiber, rootFiber.alternate, current.rendered);
      },
    },
  });

  return {
    /** Starts a window; `stop()` returns the commits and renders seen since. */
    start() {
      current = { commits: 0, rendered: [] };
    },
    /** @returns {RenderWindow} */
    stop() {
      const result = current ?? { commits: 0, rendered: [] };
      current = null;
      return result;
    },
  };
}

/**
 * Whether a rendered component is the given field or inside it: some component on its way
 * up to the root has the prop `name` equal to the field's name.
 * @param {any} fiber
 * @param {string} field
 */
export function isInsideField(fiber, field) {
  for (let node = fiber; node; node = node.return) {
    if (componentTags.has(node.tag) && node.memoizedProps?.name === field) return true;
  }
  return false;
}

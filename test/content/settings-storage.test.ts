/** Dismissed ids in extension storage: none lost when banners are hidden in quick succession. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An extension storage area whose calls take a while and finish out of order, as real ones can. */
const area = () => {
  let data: Record<string, unknown> = {};
  const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
  return {
    reset: () => void (data = {}),
    dump: () => ({ ...data }),
    get: async (keys: string | string[] | null) => {
      const snapshot = { ...data };
      await later();
      if (keys === null) return snapshot;
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in snapshot).map((k) => [k, snapshot[k]]));
    },
    set: async (items: Record<string, unknown>) => {
      await later();
      Object.assign(data, items);
      changed(Object.fromEntries(Object.keys(items).map((k) => [k, {}])));
    },
    remove: async (keys: string | string[]) => {
      await later();
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
      changed(Object.fromEntries((typeof keys === 'string' ? [keys] : keys).map((k) => [k, {}])));
    },
  };
};
const listeners = new Set<(changes: Record<string, unknown>) => void>();
const changed = (changes: Record<string, unknown>) => listeners.forEach((l) => l(changes));
const local = area();

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local,
      sync: area(),
      onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
    },
  },
}));

// Content scripts reach the extension API through src/content/ext.ts (the browser's own promise
// API, no polyfill); here it is the same fake as the polyfill's.
vi.mock('../../src/content/ext.js', async () => ({ ext: (await import('webextension-polyfill')).default }));

const { extensionStore } = await import('../../src/content/settings-storage.js');
const { maxDismissed } = await import('../../src/content/settings.js');

beforeEach(() => local.reset());

describe('extension storage of dismissed banners', () => {
  it('keeps both of two quick dismissals, from one page or from two', async () => {
    const page = extensionStore();
    const otherTab = extensionStore();
    await Promise.all([page.dismiss('gmail:msg-f:1'), page.dismiss('gmail:msg-f:2'), otherTab.dismiss('outlook:abc')]);
    expect([...(await page.getDismissed())].sort()).toEqual(['gmail:msg-f:1', 'gmail:msg-f:2', 'outlook:abc']);
    // Many at once, too.
    await Promise.all(Array.from({ length: 20 }, (_, i) => page.dismiss(`gmail:msg-f:${100 + i}`)));
    expect((await otherTab.getDismissed()).size).toBe(23);
  });

  it('brings every hidden banner back, and tells other pages', async () => {
    const store = extensionStore();
    const controller = new AbortController();
    let calls = 0;
    store.onChange(() => calls++, controller.signal);
    await store.dismiss('gmail:msg-f:1');
    expect(calls).toBeGreaterThan(0);
    await store.clearDismissed();
    expect((await store.getDismissed()).size).toBe(0);
    controller.abort();
  });

  it('reads the former single list, and folds it into keys of their own', async () => {
    await local.set({ dismissed: ['gmail:msg-f:1', 'gmail:msg-f:2'] });
    const store = extensionStore();
    expect([...(await store.getDismissed())].sort()).toEqual(['gmail:msg-f:1', 'gmail:msg-f:2']);
    await store.dismiss('gmail:msg-f:3');
    expect(Object.keys(local.dump()).sort()).toEqual(['dismissed:gmail:msg-f:1', 'dismissed:gmail:msg-f:2', 'dismissed:gmail:msg-f:3']);
    expect([...(await store.getDismissed())].sort()).toEqual(['gmail:msg-f:1', 'gmail:msg-f:2', 'gmail:msg-f:3']);
  });

  it('forgets the oldest ids past the limit', async () => {
    const old = Object.fromEntries(Array.from({ length: maxDismissed }, (_, i) => [`dismissed:gmail:msg-f:${i}`, 1000 + i]));
    await local.set(old);
    const store = extensionStore();
    await store.dismiss('gmail:msg-f:new');
    const ids = await store.getDismissed();
    expect(ids.size).toBe(maxDismissed);
    expect(ids.has('gmail:msg-f:new')).toBe(true);
    expect(ids.has('gmail:msg-f:0')).toBe(false);
    expect(ids.has('gmail:msg-f:1')).toBe(true);
  });
});

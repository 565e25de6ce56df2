/**
 * A page's memory, for the wall seat that runs all day (issue 16), from a heap snapshot
 * after garbage collection.
 *
 * `objects` is what the page's own code keeps: objects, arrays, closures, strings and their
 * shapes. Left aside: compiled code (it grows while functions warm up, then stops) and the
 * browser's native objects (among them the record the test driver's DevTools connection
 * keeps of every request, which a seat without a debugger attached never has).
 */
import type { Page } from '@playwright/test';

export interface HeapFigures {
  /** The JS heap as the browser reports it (compiled code included), bytes. */
  used: number;
  /** The page's JS objects, bytes. */
  objects: number;
}

const NOT_OBJECTS = new Set(['code', 'native', 'synthetic', 'hidden']);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

export async function heapOf(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
    const fields = snapshot.meta.node_fields;
    const types = snapshot.meta.node_types[0];
    const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
    let objects = 0;
    for (let i = 0; i < nodes.length; i += fields.length) if (!NOT_OBJECTS.has(types[nodes[i + type]!]!)) objects += nodes[i + size]!;
    return { used: usedSize, objects };
  } finally {
    await cdp.detach();
  }
}

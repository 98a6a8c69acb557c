import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../../../test/stores.js';
import { STATEMENT_CACHE, openSqlite } from './index.js';

it('keeps a bounded number of prepared statements, however many IN-list lengths are asked for', async () => {
  const store = await openSqlite(join(tempDir(), 'cache.db'));
  try {
    const cached = () => (store as unknown as { db: { cachedStatements: number } }).db.cachedStatements;
    for (let n = 1; n <= STATEMENT_CACHE + 100; n++) await store.queryEvents({ types: Array.from({ length: n }, (_, i) => `T${i}`) });
    expect(cached()).toBeLessThanOrEqual(STATEMENT_CACHE);
    // Still answering, from cached and fresh statements alike.
    expect((await store.queryEvents({ types: ['T1'] })).total).toBe(0);
    expect((await store.queryEvents({ types: Array.from({ length: 999 }, (_, i) => `X${i}`) })).total).toBe(0);
  } finally {
    await store.close();
  }
});

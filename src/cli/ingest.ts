/**
 * @module `sitrep ingest INPUT... [--db FILE|URL]`: analyse and store documents (and merge them with
 * what is stored). Idempotent: a document already stored with the same id, content and analyser is
 * skipped; one whose content changed is updated. Each document is one transaction, so a killed run
 * loses nothing committed and a re-run completes it.
 */
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/read.js';
import { buildPipeline } from '../stages/index.js';
import { DEFAULT_DB, openStore, type Store } from '../store/index.js';
import { ingestOne } from '../store/ingest.js';
import { commandArgs, fail, Progress, publishedArg, warnAbout } from './io.js';

export const INGEST_HELP = `usage: sitrep ingest INPUT... [options]

Analyses INPUT (the same inputs as sitrep analyze) and stores documents, layers, entities, places,
events and statements, merging events and statements reported by several articles.

options:
  --db FILE|URL           SQLite file (default ${DEFAULT_DB}, or $SITREP_DB) or postgres://… URL
  --published YYYY-MM-DD  publication date for inputs that carry none
  --force                 re-analyse and re-store documents even when unchanged
  --max-bytes N           largest document accepted (default ${DEFAULT_MAX_BYTES})
  --quiet                 no progress or summary on standard error

A .txt or .html file with a meta.json beside it whose "file" names it takes its id, title, source,
url, language and published date from there (as with sitrep analyze).
`;

export async function ingestCommand(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    {
      db: { type: 'string' },
      published: { type: 'string' },
      force: { type: 'boolean' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    INGEST_HELP,
  );
  if (args.exit !== null) return args.exit;
  const { values, positionals } = args;
  if (!positionals.length) {
    fail(`no input given\n\n${INGEST_HELP}`);
    return 2;
  }
  const published = publishedArg(values.published);
  if (published === false) return 2;
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    fail('--max-bytes must be a positive number');
    return 2;
  }
  let store: Store;
  try {
    store = await openStore(values.db ?? process.env.SITREP_DB ?? DEFAULT_DB);
  } catch (error) {
    fail(`cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  const pipeline = buildPipeline();
  const progress = new Progress('ingest', values.quiet);
  const counts = { added: 0, updated: 0, unchanged: 0, errors: 0, events: 0, mergedEvents: 0, mergedClaims: 0 };
  let ok = true;
  try {
    for await (const item of readInputs(positionals, { published, maxBytes })) {
      if (!item.ok) {
        counts.errors++;
        fail(item.error.message);
        continue;
      }
      warnAbout(item.init);
      try {
        const r = await ingestOne(store, pipeline, item.init, { force: values.force });
        counts[r.status]++;
        counts.events += r.events;
        counts.mergedEvents += r.mergedEvents;
        counts.mergedClaims += r.mergedClaims;
        for (const w of r.warnings) fail(`${item.origin}: ${w}`);
      } catch (error) {
        counts.errors++;
        fail(`${item.origin}: not stored: ${(error as Error).message}`);
      }
      progress.tick(counts.added + counts.updated + counts.unchanged, counts.errors);
    }
  } catch (error) {
    ok = false;
    fail(`stopped: ${(error as Error).stack ?? error}`);
  } finally {
    if (counts.added + counts.updated > 0) await store.optimize().catch(() => undefined);
    await store.close();
  }
  progress.done(
    `sitrep ingest: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.errors} errors; ` +
      `${counts.events} events (${counts.mergedEvents} merged with other articles), ${counts.mergedClaims} statements merged; ` +
      `${progress.seconds().toFixed(1)} s → ${store.location}`,
  );
  return ok && !counts.errors ? 0 : 1;
}

export const MERGE_HELP = `usage: sitrep merge [--db FILE|URL] (--rebuild | --split event:ID | --split claim:ID)

  --rebuild        recompute every group from the stored per-article records (after changing the
                   merge rules in src/merge/data/rules.json)
  --split KIND:ID  undo a merge: each member of the group becomes a group of its own
`;

export async function mergeCommand(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    {
      db: { type: 'string' },
      rebuild: { type: 'boolean' },
      split: { type: 'string' },
    },
    MERGE_HELP,
    { positionals: false },
  );
  if (args.exit !== null) return args.exit;
  const { values } = args;
  const split = values.split ? /^(event|claim):(\d+)$/.exec(values.split) : null;
  if (values.split && !split) {
    fail(`--split takes event:ID or claim:ID, not '${values.split}'`);
    return 2;
  }
  if (!values.rebuild && !split) {
    fail(`nothing to do\n\n${MERGE_HELP}`);
    return 2;
  }
  const store = await openStore(values.db ?? process.env.SITREP_DB ?? DEFAULT_DB);
  try {
    if (split) {
      const n = await store.splitGroup(split[1] as 'event' | 'claim', Number(split[2]));
      process.stderr.write(n ? `sitrep merge: split ${split[1]} group ${split[2]} into ${n}\n` : `sitrep merge: ${split[1]} group ${split[2]} has fewer than two members\n`);
    } else {
      const r = await store.rebuildMerges();
      process.stderr.write(`sitrep merge: ${r.eventGroups} event groups, ${r.claimGroups} statement groups\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

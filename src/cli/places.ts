/**
 * @module `sitrep places NAME [--country CC] [--limit N] [--json]`: the gazetteer's candidates for a
 * name, ranked as the places stage ranks them for a document about CC (or with no context), with
 * their scores. For checking why a name resolves as it does, and what an alias file change does.
 */
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { nameKey } from '../stages/places/normalize.js';
import { resolveMentions } from '../stages/places/resolve.js';
import { commandArgs, fail } from './io.js';

export const PLACES_HELP = `usage: sitrep places NAME [options]

Lists the gazetteer entries a place name can mean, best first, with the score the places stage gives
each (prominence, spelling, and the context of a document about --country).

options:
  --country CC   read the name as in a document about this country (ISO 3166 alpha-2, e.g. SY)
  --limit N      how many candidates to list (default 10)
  --json         one JSON object per candidate, one per line
`;

const KIND = ['name', 'ascii name', 'alias', 'alternate name', 'name without its generic word', 'abbreviation'];

export async function placesCommand(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    {
      country: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
    PLACES_HELP,
  );
  if (args.exit !== null) return args.exit;
  const { values, positionals } = args;
  const name = positionals.join(' ').trim();
  if (!name) {
    fail(`a place name is needed\n\n${PLACES_HELP}`);
    return 2;
  }
  const country = values.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    fail(`--country takes an ISO 3166 alpha-2 code (e.g. SY), not '${values.country}'`);
    return 2;
  }
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    fail(`--limit takes a positive whole number, not '${values.limit}'`);
    return 2;
  }
  const g = loadGazetteer();
  if (country && !g.countryEntry.has(country)) {
    fail(`unknown country code '${country}'`);
    return 2;
  }
  const postings = g.postings(nameKey(name));
  if (!postings) {
    process.stderr.write(`sitrep places: no gazetteer entry is called '${name}'\n`);
    return 1;
  }
  const { resolutions } = resolveMentions(
    g,
    [{ key: nameKey(name), postings, cue: null, container: -1, isContainer: true }],
    country ? [country, country, country, country] : [],
  );
  const r = resolutions[0];
  if (!r) {
    process.stderr.write(`sitrep places: no gazetteer entry is called '${name}'\n`);
    return 1;
  }
  const rows = r.candidates.slice(0, limit).map((c, rank) => ({ rank: rank + 1, score: Math.round(c.score * 100) / 100, matched: KIND[c.kind], ...g.entry(c.entry) }));
  if (values.json) {
    for (const row of rows) {
      const { index: _, ...rest } = row;
      process.stdout.write(`${JSON.stringify(rest)}\n`);
    }
    return 0;
  }
  const cols = (x: (string | number)[]) => x.map((v, i) => String(v).padEnd([4, 7, 10, 28, 6, 3, 24, 11, 20][i] ?? 0)).join(' ').trimEnd();
  process.stdout.write(`${cols(['#', 'score', 'geonameid', 'name', 'feat', 'cc', 'admin1', 'population', 'lat,lon'])}  matched by\n`);
  for (const row of rows) {
    process.stdout.write(
      `${cols([row.rank, row.score.toFixed(2), row.geonameid ?? '-', row.name, row.feature, row.country ?? '-', row.admin1 ?? '-', Math.round(row.population), `${row.lat.toFixed(3)},${row.lon.toFixed(3)}`])}  ${row.matched}\n`,
    );
  }
  if (r.candidates.length > limit) process.stdout.write(`(${r.candidates.length - limit} more: --limit ${r.candidates.length})\n`);
  return 0;
}

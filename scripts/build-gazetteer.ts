/** @module `npm run gazetteer`: (re)builds the places gazetteer from the npm data packages. */
import { buildGazetteer } from '../src/stages/places/build.js';

const r = buildGazetteer();
process.stdout.write(
  `gazetteer: ${r.entries} entries, ${r.keys} name keys, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.ms} ms → ${r.path}\n`,
);

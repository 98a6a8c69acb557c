/**
 * @module Builds the web app into dist/web: the TypeScript client bundled by esbuild (Leaflet and
 * topojson-client inside), Leaflet's CSS, and the Natural Earth country boundaries from world-atlas,
 * so the app runs with no network at all.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'web');
const client = join(root, 'src', 'web', 'client');
const require = createRequire(import.meta.url);

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(client, 'main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
  legalComments: 'linked',
});
copyFileSync(join(client, 'index.html'), join(out, 'index.html'));
copyFileSync(join(client, 'style.css'), join(out, 'style.css'));
copyFileSync(require.resolve('leaflet/dist/leaflet.css'), join(out, 'leaflet.css'));
copyFileSync(require.resolve('world-atlas/countries-50m.json'), join(out, 'countries-50m.json'));
process.stderr.write(`web app built in ${out}\n`);

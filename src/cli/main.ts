#!/usr/bin/env node
/** @module The `sitrep` command: dispatches to a sub-command. */
import { readFileSync } from 'node:fs';
import { analyzeCommand } from './analyze.js';
import { placesCommand } from './places.js';

const HELP = `sitrep — conflict and political news into auditable event data

usage: sitrep <command> [options]

commands:
  analyze INPUT...   analyse articles and write sitrep/1 JSON (sitrep analyze --help)
  ingest INPUT...    analyse and store articles in a database, merging across articles
  serve              the HTTP API and the web app over a database (sitrep serve --help)
  merge              rebuild or undo cross-article merges (sitrep merge --help)
  places NAME        the gazetteer's candidates for a place name, with scores (sitrep places --help)
  help               this text
  version            the version

Every extracted field points at the characters of the source that support it.
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  // Loaded on use: \`analyze\` should not pay for the database drivers and the web server.
  ingest: async (argv) => (await import('./ingest.js')).ingestCommand(argv),
  serve: async (argv) => (await import('./serve.js')).serveCommand(argv),
  merge: async (argv) => (await import('./ingest.js')).mergeCommand(argv),
  places: placesCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === 'version' || name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sitrep: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  return command(rest);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`sitrep analyze … | head`) is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sitrep: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);

/**
 * @module The gazetteer's file layout: a JSON header line, then typed-array sections and text sections
 * (newline-joined strings), each 8-byte aligned. Loading is a read and a few views, no parse of 200k
 * records: the whole gazetteer comes up in well under a second.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Typed = Int32Array | Float32Array | Uint16Array | Uint8Array;

/** Sort order of name keys, shared by the build (sorting) and the lookup (binary search). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const pad8 = (n: number) => (n + 7) & ~7;

export function writeSections(path: string, header: object, arrays: Typed[], texts: string[]): number {
  const head = Buffer.from(JSON.stringify({ ...header, arrays: arrays.map((a) => [a.constructor.name, a.length]) }) + '\n');
  const textBufs = texts.map((t) => Buffer.from(t, 'utf8'));
  const parts: Buffer[] = [];
  let size = pad8(head.length + 16);
  const lens = Buffer.alloc(16);
  lens.writeUInt32LE(head.length, 0);
  lens.writeUInt32LE(textBufs.length, 4);
  parts.push(lens, head, Buffer.alloc(size - head.length - 16));
  for (const a of arrays) {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b, Buffer.alloc(pad8(b.length) - b.length));
    size += pad8(b.length);
  }
  for (const b of textBufs) {
    const len = Buffer.alloc(8);
    len.writeUInt32LE(b.length, 0);
    parts.push(len, b, Buffer.alloc(pad8(b.length) - b.length));
    size += 8 + pad8(b.length);
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat(parts));
  renameSync(tmp, path); // atomic: a concurrent reader never sees half a file
  return size;
}

const CTORS = { Int32Array, Float32Array, Uint16Array, Uint8Array } as const;

export function readSections<H>(path: string): { header: H; arrays: Typed[]; texts: string[] } {
  const file = readFileSync(path);
  const headLen = file.readUInt32LE(0);
  const nTexts = file.readUInt32LE(4);
  const header = JSON.parse(file.subarray(16, 16 + headLen).toString('utf8')) as H & { arrays: [keyof typeof CTORS, number][] };
  let at = pad8(headLen + 16);
  // A Buffer from readFileSync may sit at any offset of a shared pool: copy into an aligned one.
  const buf = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const arrays: Typed[] = header.arrays.map(([kind, length]) => {
    const C = CTORS[kind];
    const a = new C(buf.buffer, buf.byteOffset + at, length);
    at += pad8(a.byteLength);
    return a;
  });
  const texts: string[] = [];
  for (let i = 0; i < nTexts; i++) {
    const len = buf.readUInt32LE(at);
    texts.push(buf.toString('utf8', at + 8, at + 8 + len));
    at += 8 + pad8(len);
  }
  return { header, arrays, texts };
}

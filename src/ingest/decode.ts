/**
 * @module Bytes → text. UTF-8 (with or without BOM), UTF-16 with a BOM, and a legacy single-byte
 * fallback (windows-1252, a superset of Latin-1 that most mislabelled news text is in). Binary data is
 * refused with a reason rather than decoded into noise.
 */
import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array, origin: string): Decoded {
  if (bytes.length === 0) throw new InputError(origin, 'empty input (0 bytes)');
  let decoded: Decoded;
  const bom = byteOrderMark(bytes);
  if (bom && bom.encoding !== 'utf-8') {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding };
  } else {
    const kind = binaryKind(bytes);
    if (kind) throw new InputError(origin, `binary data (${kind}), not text`);
    decoded = decodeUtf8Or1252(bytes);
  }
  if (controlShare(decoded.text) > 0.05) throw new InputError(origin, 'binary data (control characters), not text');
  if (decoded.text.trim().length === 0) throw new InputError(origin, 'empty input (white space only)');
  return decoded;
}

/** The encoding a byte-order mark at the start of `bytes` names, and the mark's length; or null. */
export function byteOrderMark(bytes: Uint8Array): { encoding: Decoded['encoding']; length: number } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  return null;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else windows-1252. */
export function decodeUtf8Or1252(bytes: Uint8Array): Decoded {
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** A name for recognizable binary data, or null. NUL bytes in the first 8 KB count as binary. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'NUL bytes';
  return null;
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

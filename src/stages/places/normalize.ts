/**
 * @module Name keys: one folding shared by the gazetteer build and the per-document lookup, so that
 * "Ḩamāh", "Hamah" and "HAMAH" meet, as do "St. Louis" / "St Louis" and "Deir ez-Zor" / "Deir ez Zor".
 */

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const SPECIAL: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h', ŧ: 't', ŋ: 'n',
};
const SPECIAL_RE = /[ıłøđðþßæœħŧŋ]/g;
const MARKS = /\p{M}+/gu;
/** Apostrophes, ʻokina and the like vanish ("Coeur d'Alene" → "coeur dalene"); periods too ("U.S."). */
const DROP = /['’‘`´ʻʼʿʾ.]/g;
const SPACE = /[\s\-‐‑‒–—_/]+/g;

/** Lower case, no diacritics, no apostrophes or periods, hyphens as spaces, single spaces. */
const PLAIN = /^[a-z0-9]*$/;

export function nameKey(s: string): string {
  let x = s.toLowerCase();
  if (PLAIN.test(x)) return x; // the common case: one plain word
  if (/[^\x00-\x7f]/.test(x)) x = x.normalize('NFKD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  return x.replace(DROP, '').replace(SPACE, ' ').trim();
}

/** True when a folded key is plain Latin letters, digits and spaces (names in other scripts are not
 * indexed: sitrep reads English text). */
export function isLatinKey(key: string): boolean {
  return /^[a-z0-9 ]+$/.test(key) && /[a-z]/.test(key);
}

/** The text without accents and apostrophe-like marks, case kept: "Aḑ Ḑāli‘" → "Ad Dali". */
export function asciiFold(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.replace(/['`]/g, '');
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[ıłøđðþßæœħŧŋ]/gi, (c) => {
      const l = c.toLowerCase();
      const r = SPECIAL[l] ?? c;
      return c === l ? r : r.charAt(0).toUpperCase() + r.slice(1);
    })
    .replace(/['’‘`´ʻʼʿʾ]/g, '');
}

/** Generic words around a division's name that people leave out when they name it. */
const LABEL_PREFIX = /^(?:muhafazat|wilayat|province of|state of|region of|republic of|autonomous republic of)\s+/i;
const LABEL_SUFFIX = /\s+(?:governorate|province|state|region|oblast|division|department|county|prefecture|voivodeship|district|autonomous district|municipality|krai|kray|governate)$/i;

/** A first-level division's name as reports usually write it: plain Latin letters, without its
 * generic word ("Aḑ Ḑāli‘" → "Ad Dali", "Maidan Wardak Province" → "Maidan Wardak", "Muhafazat
 * Hadramaout" → "Hadramaout"). "City" stays ("Kyiv City" is not Kyiv Oblast). */
export function divisionLabel(name: string): string {
  const plain = asciiFold(name).trim();
  const bare = plain.replace(LABEL_PREFIX, '').replace(LABEL_SUFFIX, '').trim();
  return bare || plain;
}

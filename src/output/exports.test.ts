import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { annotatedSamples } from '../../test/contract-docs.js';
import { analyzeJson } from '../../test/support.js';
import type { DocumentJson } from './json.js';
import { CSV_COLUMNS, EVENT_COLUMNS, GEOJSON_PROPERTIES, bratAnnotation, codePointOffsets, csvCell, csvHeader, csvRows, eventExports, geojsonFeatures, ploverRecords } from './exports.js';

/** The text-bound lines of a .ann file: type, code-point start and end, text. */
function textBound(ann: string): { type: string; start: number; end: number; text: string }[] {
  return ann.split('\n').filter((l) => /^T\d+\t/.test(l)).map((l) => {
    const [, where, text] = l.split('\t');
    const [type, start, end] = where.split(' ');
    return { type, start: Number(start), end: Number(end), text };
  });
}

describe('brat offsets count code points', () => {
  it('identity without astral characters', () => expect(codePointOffsets('héllo — ok')(7)).toBe(7));
  it('one less after an emoji', () => expect(codePointOffsets('😀 Idlib')(3)).toBe(2));
  it('an offset inside a pair maps to its code point', () => expect(codePointOffsets('a😀b')(2)).toBe(1));
  it('the end of the text', () => expect(codePointOffsets('😀😀')(4)).toBe(2));
  it('a lone surrogate counts as one', () => expect(codePointOffsets('\uDC00😀x')(3)).toBe(2));

  it('an emoji-prefixed article: each span, sliced by code points, is its text', () => {
    const json = analyzeJson({ id: 'emoji', text: '🔴📢 Russian warplanes struck the town of Jisr al-Shughur in Idlib on Tuesday, a monitor said. 🇸🇾 Rebels shelled Aleppo.', published: '2018-09-06' });
    const codePoints = [...(json.document as { text: string }).text];
    const spans = textBound(bratAnnotation(json));
    expect(spans.length).toBeGreaterThan(4);
    expect(spans.map((s) => s.type)).toEqual(expect.arrayContaining(['Place', 'Assault']));
    for (const s of spans) expect(codePoints.slice(s.start, s.end).join('').replace(/\s+/g, ' ')).toBe(s.text);
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines', () => expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"'));
  it('defuses spreadsheet formulas', () => expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`));
  it.each(['+1', '-cmd', '@SUM(A1)', '\tx', '\rx'])('defuses %j', (v) => expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/));
  it('leaves negative numbers alone', () => expect(csvCell(-3.5)).toBe('-3.5'));
  it('joins lists', () => expect(csvCell(['Russia', 'Syria'])).toBe('Russia; Syria'));
  it('a list whose first name is a formula', () => expect(csvCell(['=1+1', 'x'])).toBe("'=1+1; x"));
  it('empty for null', () => expect(csvCell(null)).toBe(''));
});

describe('one table for CSV and GeoJSON', () => {
  const [presstv, afp, daily] = annotatedSamples();
  const parse = (csv: string) => parseCsv(csv) as string[][];

  it('a column repeating another under a second name has its value', () => {
    const row = (parseCsv(`${csvHeader()}${csvRows(daily)}`, { columns: true }) as Record<string, string>[])[0];
    for (const c of EVENT_COLUMNS.filter((x) => x.same)) expect(row[c.name], c.name).toBe(row[c.same!]);
  });

  it('the columns are the union of the API and command-line sets, each named once', () => {
    expect(csvHeader()).toMatch(/^doc_id,event_id,type,/);
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
    expect(CSV_COLUMNS).toEqual(expect.arrayContaining(['doc_id', 'event_id', 'type', 'mode', 'status', 'date_from', 'date_to', 'date_basis', 'actors',
      'recipients', 'source_of_claim', 'place', 'geonameid', 'country', 'lat', 'lon', 'acled_event_type', 'acled_sub_event_type', 'confidence', 'group_id',
      'group_sources', 'evidence_start', 'evidence_end', 'evidence', 'outlet', 'published', 'url']));
    expect(CSV_COLUMNS).toEqual(expect.arrayContaining(['event_id', 'document_id', 'source', 'url', 'published', 'event_date', 'date_from', 'date_to',
      'date_source', 'event_type', 'sub_event_type', 'plover_type', 'plover_mode', 'cameo', 'status', 'attributed_to', 'actor1', 'assoc_actor_1', 'actor2',
      'actor1_country', 'actor1_sector', 'actor2_country', 'actor2_sector', 'country', 'admin1', 'location', 'geonameid', 'latitude', 'longitude',
      'geo_precision', 'fatalities', 'injuries', 'confidence', 'trigger', 'trigger_start', 'trigger_end', 'evidence_start', 'evidence_end', 'notes']));
  });

  it('a row per event, every cell under its column', () => {
    const rows = parse(csvRows(daily));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows.length).toBe((daily.events as unknown[]).length);
    const first = eventExports(daily)[0];
    const cell = (name: string) => parse(`${csvHeader()}${csvRows(daily)}`)[1][CSV_COLUMNS.indexOf(name)];
    expect([cell('doc_id'), cell('event_id'), cell('type'), cell('plover_type'), cell('location'), cell('place'), cell('latitude'), cell('lat')])
      .toEqual([daily.document.id, `${daily.document.id}:${first.id}`, 'ASSAULT', 'ASSAULT', 'Jisr ash Shughur', 'Jisr ash Shughur', String(first.place!.lat), String(first.place!.lat)]);
    expect([cell('date_from'), cell('date_basis'), cell('date_source'), cell('event_date'), cell('group_id')]).toEqual(['2018-09-04', 'time', 'text', '2018-09-04', '']);
  });

  it('a name that is a formula is defused on the command line too', () => {
    const doc = structuredClone(afp) as DocumentJson;
    const entities = doc.entities as { name: string }[];
    for (const e of entities) e.name = `=HYPERLINK("http://x","${e.name}")`;
    const csv = csvRows(doc);
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
  });

  it('GeoJSON features carry the same columns as properties, lists as arrays', () => {
    const features = geojsonFeatures(presstv) as { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    const located = eventExports(presstv).filter((e) => e.place?.lat != null);
    expect(features.length).toBe(located.length);
    expect(Object.keys(features[0].properties)).toEqual(GEOJSON_PROPERTIES.map((c) => c.name));
    expect(GEOJSON_PROPERTIES.map((c) => c.name)).not.toContain('latitude'); // the same as lat
    expect(features[0].properties.lat).toBe(located[0].place!.lat);
    expect(features[0].id).toBe(features[0].properties.event_id);
    expect(features[0].geometry.coordinates).toEqual([located[0].place!.lon, located[0].place!.lat]);
    expect(Array.isArray(features[0].properties.actors)).toBe(true);
  });

  it('undated forecasts: no date, said so; PLOVER falls back to the publication date', () => {
    const doc = analyzeJson({ id: 'p', text: 'Turkey pledged to send aid to the refugees.', published: '2018-09-06' });
    const pledged = eventExports(doc).filter((e) => e.dateBasis === 'undated');
    expect(pledged.map((e) => e.status)).toEqual(['pledged']);
    for (const e of pledged) expect([e.date, e.dateFrom, e.dateTo]).toEqual([null, null, null]);
    const plover = ploverRecords(doc) as { date: string }[];
    expect(plover.every((r) => r.date === '2018-09-06')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitsText } from '../../src/model/money.js';
import { JsonWriter } from '../../src/render/json-writer.js';

/** Writes any JSON value through the writer's calls, as a renderer would. */
function write(w: JsonWriter, v: unknown, key?: string): void {
  if (v === null || typeof v === 'string') w.string(v, key);
  else if (typeof v === 'number') w.number(v, key);
  else if (typeof v === 'boolean') throw new Error('no booleans in our reports');
  else if (Array.isArray(v)) {
    w.open('[', key);
    for (const x of v) write(w, x);
    w.close();
  } else {
    w.open('{', key);
    for (const [k, x] of Object.entries(v as object)) write(w, x, k);
    w.close();
  }
}

/** What a writer hands its sink, joined: each chunk copied, since the writer reuses its buffer. */
function written(make: (w: JsonWriter) => void, chunkSize?: number): { text: string; chunks: number } {
  const chunks: Buffer[] = [];
  const w = new JsonWriter((c) => chunks.push(Buffer.from(c)), chunkSize);
  make(w);
  w.finish();
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
}

// JSON values without booleans (our reports have none), with any string: Hangul, quotes, controls, lone surrogates.
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4 }),
})).value;

describe('JsonWriter', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, as UTF-8, with a final line break', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 80 }), (v, chunkSize) => {
        // Small chunks put their boundaries everywhere: inside keys, figures and Hangul characters.
        expect(written((w) => write(w, v), chunkSize).text).toBe(JSON.stringify(v, null, 2) + '\n');
      }),
      { numRuns: 500 },
    );
  });

  it('hands long output over in several chunks that join to the same text', () => {
    const v = { rows: Array.from({ length: 40_000 }, (_, i) => ({ id: `P${i}`, name: `사업 "${i}"`, amount: String(i * 1000) })) };
    const out = written((w) => write(w, v));
    expect(out.chunks).toBeGreaterThan(1);
    expect(out.text).toBe(JSON.stringify(v, null, 2) + '\n');
  });

  it('refuses to finish with a container open, or to close one never opened', () => {
    expect(() => new JsonWriter(() => undefined).open('{').finish()).toThrow();
    expect(() => new JsonWriter(() => undefined).close()).toThrow();
  });
});

describe('JsonWriter.scaled', () => {
  it('writes the same text as unitsText for any safe integer and unit scale', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -100_000, max: 100_000 }), fc.constant(-0)), fc.constantFrom(1, 1000, 1_000_000), (units, scale) => {
        expect(written((w) => w.open('[').scaled(units, scale).close()).text).toBe(JSON.stringify([unitsText(units, scale)], null, 2) + '\n');
      }),
      { numRuns: 2000 },
    );
  });

  it('writes 1234567 원 in 천원 as "1234.567", 1234500 as "1234.5", -5000 as "-5", -0 as "0"', () => {
    const out = written((w) => {
      w.open('[');
      for (const u of [1234567, 1234500, -5000, -0, 7, -7]) w.scaled(u, 1000);
      w.close();
    });
    expect(JSON.parse(out.text)).toEqual(['1234.567', '1234.5', '-5', '0', '0.007', '-0.007']);
  });
});

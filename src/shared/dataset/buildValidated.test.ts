import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseDataset } from './loadDataset';
import { buildValidatedDataset, expectBuildDataset, isBuildDataset, sameData, sha256Hex, withSchemaDefaults } from './buildValidated';

const text = readFileSync('public/data/wuzhong-2024.json', 'utf8');
const digest = createHash('sha256').update(text).digest('hex');

describe('the dataset the build validated', () => {
  afterEach(() => expectBuildDataset(null));

  it('is the validator’s result with only the schema’s defaults added (what the build checks)', () => {
    expect(sameData(withSchemaDefaults(JSON.parse(text)), parseDataset(JSON.parse(text)))).toBe(true);
  });

  it('is recognised by its SHA-256 and taken without the validator', async () => {
    expect(await sha256Hex(text)).toBe(digest);
    expectBuildDataset(digest);
    const dataset = await buildValidatedDataset(text);
    expect(dataset && isBuildDataset(dataset)).toBe(true);
    expect(sameData(dataset, parseDataset(JSON.parse(text)))).toBe(true);
  });

  it('is not taken for any other text, nor without a digest: those go through the validator', async () => {
    expectBuildDataset(digest);
    expect(await buildValidatedDataset(text.replace('1638', '1639'))).toBeNull();
    expect(await buildValidatedDataset(`${text} `)).toBeNull();
    expectBuildDataset(null);
    expect(await buildValidatedDataset(text)).toBeNull();
    expectBuildDataset('not a digest');
    expect(await buildValidatedDataset(text)).toBeNull();
  });

  it('tells data apart by content, not by the order of keys', () => {
    expect(sameData({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, doc: 'x' })).toBe(false);
  });
});

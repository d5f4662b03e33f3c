import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { fixtureDataset } from '../dataset/fixture.testutil';

describe('fingerprint', () => {
  it('is stable for equal data and changes with any figure', () => {
    const a = fixtureDataset();
    expect(fingerprint(a)).toBe(fingerprint(fixtureDataset()));
    a.indicators[0]!.values[0]!.value = 1683;
    expect(fingerprint(a)).not.toBe(fingerprint(fixtureDataset()));
    expect(fingerprint(fixtureDataset())).toMatch(/^[0-9a-f]{8}-[0-9a-f]+$/);
  });
});

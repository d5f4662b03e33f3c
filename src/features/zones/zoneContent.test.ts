import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { fixtureDataset } from '../../shared/dataset/fixture.testutil';
import { allValues } from '../../shared/dataset/selectors';
import { Dataset, type Zone } from '../../shared/dataset/schema';
import { parseZoneParam, zoneContent } from './zoneContent';

const printed = (id: string) => {
  const content = zoneContent(dataset, 'new-city');
  const figure = content?.figures.find((f) => f.indicator.id === id);
  return figure && `${figure.value.qualifier ?? ''}${figure.value.value}${figure.value.unit}`;
};

describe('what the dataset ties to a zone', () => {
  it('gives Taihu New City its four 2023 figures as printed', () => {
    const ids = ['new-city-projects-signed', 'new-city-projects-started', 'new-city-projects-completed', 'digital-economy-new-city'];
    expect(ids.map(printed)).toEqual(['15个', '18个', '13个', '突破310亿元']);
  });

  it('holds every value marked with the zone, and none marked with another', () => {
    for (const zone of dataset.zones) {
      const content = zoneContent(dataset, zone.id);
      const expected = allValues(dataset)
        .filter(({ value }) => value.zone === zone.id)
        .map(({ value }) => value.id)
        .sort();
      expect(content?.figures.map((f) => f.value.id).sort(), zone.id).toEqual(expected);
      expect(content?.statements.map((s) => s.id).sort(), zone.id).toEqual(zone.statements.map((s) => s.id).sort());
    }
  });

  it('lists 2023 before 2024, keeping the report’s order within a year', () => {
    const content = zoneContent(dataset, 'new-city');
    expect(content?.statements.map((s) => s.id)).toEqual(['new-city-management-reform', 'new-city-future-centre', 'new-city-interchange']);
    expect(content?.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(content?.years[0]?.figures).toHaveLength(4);
    expect(content?.years[1]?.figures).toHaveLength(0);
    expect(content?.years[1]?.statements.map((s) => s.id)).toEqual(['new-city-interchange']);
  });

  it('puts 2023 first even when the dataset lists 2024 first, and leaves out empty years', () => {
    const base = fixtureDataset();
    const zone: Zone = {
      id: 'resort',
      layers: ['platform'],
      shortName: { zh: '度假区', en: 'Taihu Resort' },
      name: { zh: '苏州太湖国家旅游度假区', en: 'Suzhou Taihu National Tourism Vacation Zone' },
      description: { zh: '旅游度假区。', en: 'A tourism resort.' },
      statements: [
        { id: 's-2024', year: 2024, text: { zh: '明年', en: 'Next year' }, quote: '明年的事情' },
        { id: 's-2023-a', year: 2023, text: { zh: '去年一', en: 'Last year, one' }, quote: '去年的事一' },
        { id: 's-2023-b', year: 2023, text: { zh: '去年二', en: 'Last year, two' }, quote: '去年的事二' },
      ],
    };
    const gdp = base.indicators[0]!;
    const withZone = Dataset.parse({
      ...base,
      indicators: [{ ...gdp, values: gdp.values.map((v) => ({ ...v, zone: 'resort' })).reverse() }, ...base.indicators.slice(1)],
      zones: [zone],
    });
    const content = zoneContent(withZone, 'resort');
    expect(content?.statements.map((s) => s.id)).toEqual(['s-2023-a', 's-2023-b', 's-2024']);
    expect(content?.figures.map((f) => f.value.id)).toEqual(['gdp@2023', 'gdp@2024']);

    const onlyStatements = Dataset.parse({ ...base, zones: [{ ...zone, statements: zone.statements.slice(0, 1) }] });
    expect(zoneContent(onlyStatements, 'resort')?.years.map((y) => y.year)).toEqual([2024]);
  });

  it('is null for a zone the dataset does not hold', () => {
    expect(zoneContent(fixtureDataset(), 'new-city')).toBeNull();
  });
});

describe('reading ?zone=', () => {
  it('selects nothing when absent or empty', () => {
    expect(parseZoneParam(null, dataset.zones)).toEqual({ kind: 'none' });
    expect(parseZoneParam('', dataset.zones)).toEqual({ kind: 'none' });
  });

  it('selects a zone the dataset holds', () => {
    expect(parseZoneParam('resort', dataset.zones)).toEqual({ kind: 'zone', id: 'resort' });
    expect(parseZoneParam('new-city', dataset.zones)).toEqual({ kind: 'zone', id: 'new-city' });
  });

  it('calls anything else unknown, hostile or long input included', () => {
    for (const raw of ['<script>', '(((', 'x'.repeat(5000), 'NEW-CITY', ' resort', 'resort ', 'constructor', '__proto__']) {
      expect(parseZoneParam(raw, dataset.zones), raw.slice(0, 20)).toEqual({ kind: 'unknown' });
    }
    // A valid id is still unknown when this dataset has no such zone.
    expect(parseZoneParam('resort', [])).toEqual({ kind: 'unknown' });
  });
});

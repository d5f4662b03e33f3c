import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataset, parseDatasetText } from './loadDataset';
import { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from './queries';
import { DatasetError } from './datasetError';
import { fixtureDataset } from './fixture.testutil';
import { checkQuotes } from '../report/quoteCheck';
import { reportText } from '../report/reportText.testutil';

function problemsOf(fn: () => unknown): { kind: string; problems: readonly string[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetError) return { kind: error.kind, problems: error.problems };
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(parseDataset(fixtureDataset()).indicators[0]?.values[0]?.value).toBe(1638);
  });

  it('names the path of a missing field', () => {
    const raw = fixtureDataset() as unknown as { indicators: { values: Record<string, unknown>[] }[] };
    delete raw.indicators[0]!.values[0]!.quote;
    expect(problemsOf(() => parseDataset(raw)).problems).toEqual([expect.stringContaining('indicators[0].values[0].quote')]);
  });

  it('names the path of a wrong type', () => {
    const raw = fixtureDataset() as unknown as { indicators: { values: Record<string, unknown>[] }[] };
    raw.indicators[0]!.values[0]!.value = '1638';
    expect(problemsOf(() => parseDataset(raw)).problems.join()).toContain('indicators[0].values[0].value');
  });

  it('rejects an unknown unit', () => {
    const raw = fixtureDataset() as unknown as { indicators: { values: Record<string, unknown>[] }[] };
    raw.indicators[1]!.values[0]!.unit = 'billion';
    expect(problemsOf(() => parseDataset(raw)).problems.join()).toContain('indicators[1].values[0].unit');
  });

  it('rejects a duplicate id and says where both are', () => {
    const raw = fixtureDataset();
    raw.indicators[1]!.id = 'gdp';
    const { problems } = problemsOf(() => parseDataset(raw));
    expect(problems).toEqual(['indicators[1].id: duplicate id "gdp" (also at indicators[0].id)']);
  });

  it('rejects HTML in a label', () => {
    const raw = fixtureDataset();
    raw.indicators[0]!.name.en = '<img src=x onerror=alert(1)>GDP';
    expect(problemsOf(() => parseDataset(raw)).problems.join()).toContain('indicators[0].name.en: text contains HTML markup');
  });

  it('rejects Chinese in an English label', () => {
    const raw = fixtureDataset();
    raw.indicators[0]!.name.en = '地区生产总值';
    expect(problemsOf(() => parseDataset(raw)).problems.join()).toContain('indicators[0].name.en');
  });

  it('rejects a value that states neither a figure nor a change', () => {
    const raw = fixtureDataset();
    delete raw.indicators[0]!.values[1]!.growthPct;
    delete raw.indicators[0]!.values[1]!.growthQualifier;
    expect(problemsOf(() => parseDataset(raw)).problems.join()).toContain('indicators[0].values[1].value');
  });
});

describe('parseDatasetText', () => {
  it('says when the file is empty', () => {
    expect(() => parseDatasetText('  \n')).toThrow('The dataset file is empty.');
  });

  it('says when the file is not JSON', () => {
    const error = problemsOf(() => parseDatasetText('<!doctype html><title>404</title>'));
    expect(error.kind).toBe('json');
  });
});

describe('checkQuotes', () => {
  it('passes quotes that stand in the report', () => {
    expect(checkQuotes(fixtureDataset(), reportText)).toEqual([]);
  });

  it('names a quote that is not in the report', () => {
    const raw = fixtureDataset();
    raw.indicators[0]!.values[0]!.quote = '2023年完成地区生产总值1683亿元';
    expect(checkQuotes(raw, reportText)).toEqual(['indicators[0].values[0].quote (gdp@2023): not found verbatim in the report']);
  });
});

/**
 * The query the app runs: fetch the file, then validate it in a worker. The worker here is the real
 * datasetWorker module, run in this thread behind a stand-in for the Worker API.
 */
const workerScope: { onmessage: ((event: MessageEvent<string>) => void) | null; postMessage: (data: unknown) => void } = {
  onmessage: null,
  postMessage: () => {},
};

class InThreadWorker {
  static started: string[] = [];
  static terminated = 0;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(url: URL) {
    InThreadWorker.started.push(url.pathname.split('/').pop()!);
  }
  postMessage(text: string) {
    workerScope.postMessage = (data) => this.onmessage?.({ data } as MessageEvent);
    void import('./datasetWorker').then(() => workerScope.onmessage!({ data: text } as MessageEvent<string>));
  }
  terminate() {
    InThreadWorker.terminated += 1;
  }
}

/** The app's query through React Query, once: retries are the app's policy, tested on their own below. */
const runQuery = () => new QueryClient().fetchQuery({ ...datasetQuery, retry: false });

describe('the dataset query', () => {
  beforeEach(() => {
    vi.stubGlobal('self', workerScope);
    vi.stubGlobal('Worker', InThreadWorker);
    InThreadWorker.started = [];
    InThreadWorker.terminated = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('turns a network failure into a retryable error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await runQuery().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).retryable).toBe(true);
    // The validator starts beside the request, and stops when the request fails.
    expect(InThreadWorker.started).toEqual(['datasetWorker.ts']);
    expect(InThreadWorker.terminated).toBe(1);
  });

  it('reports the HTTP status', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('missing', { status: 404 })));
    await expect(runQuery()).rejects.toThrow('HTTP 404');
  });

  it("brings a malformed file's problems back from the worker, and does not retry it", async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"indicators": 3}')));
    const error = (await runQuery().catch((e: unknown) => e)) as DatasetError;
    expect(InThreadWorker.started).toEqual(['datasetWorker.ts']);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.kind).toBe('schema');
    expect(error.problems).toContain('indicators: Invalid input: expected array, received number');
    expect(error.retryable).toBe(false);
  });

  it('tries a network failure twice more and a malformed file never again', () => {
    const retry = datasetQuery.retry as (failureCount: number, error: unknown) => boolean;
    const network = new DatasetError('network', 'Could not load data.json.');
    expect([0, 1, 2].map((failures) => retry(failures, network))).toEqual([true, true, false]);
    expect(retry(0, new DatasetError('schema', 'The dataset does not match the expected format.'))).toBe(false);
  });

  it('returns the dataset the worker validated', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(fixtureDataset()))));
    const dataset = await runQuery();
    expect(InThreadWorker.started).toEqual(['datasetWorker.ts']);
    expect(dataset.indicators.map((i) => i.id)).toEqual(['gdp', 'cluster-biomed']);
  });
});

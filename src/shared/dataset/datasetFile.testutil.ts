import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dataset } from './schema';

export { reportText } from '../report/reportText.testutil';

/** The bundled dataset, read from disk for tests (Vitest runs from the project root). */
export const rawDataset: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/wuzhong-2024.json'), 'utf8'));
export const dataset = Dataset.parse(rawDataset);

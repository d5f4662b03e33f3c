import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The bundled report text, read from disk for tests (Vitest runs from the project root). */
export const reportText = readFileSync(resolve(process.cwd(), 'public/data/wuzhong-2024.report.zh.txt'), 'utf8');

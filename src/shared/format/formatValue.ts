import type { CitedQualifier, CitedUnitCode, Polarity } from '../dataset/schema';
import { printedNumber, withQualifier } from '../dataset/printed';
import { integerDigits, shiftDecimal } from './decimal';

import type { Lang } from '../i18n/lang';
import WORDS from '../i18n/locales/format.json';

/*
 * The words figures are written with live in a locale file of their own (format.json, both
 * languages): every page needs them at once and synchronously, unlike the rest of the text,
 * which each page loads in its own language only.
 */
type UnitWord = keyof typeof WORDS.en.unitWords;
type QualifierWord = keyof typeof WORDS.en.qualifiers;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/**
 * A figure split for display: the qualifier and currency before the number,
 * the scale and unit after it. Chinese shows the figure as the report prints
 * it; English converts 亿 and 万 into billions, millions and thousands.
 */
export interface FigureParts {
  before: string;
  number: string;
  after: string;
}

type Scale =
  { kind: 'money'; currency: 'CNY' | 'USD'; exponent: number } | { kind: 'count'; exponent: number; word?: UnitWord; one?: UnitWord };

/**
 * How each unit reads in English: 亿 is 10^8, 万 is 10^4. A measure word the
 * English does not need (个, 家, 件…) is left out: the indicator's name says what
 * is counted. So is 户, which counts households in one place (1968户 connected to
 * gas) and businesses in another (11.2万户 个体经营户): "households" would mislead.
 * 人次 counts each time a person takes part (a person trained twice counts twice);
 * the report uses it only for training, where that is attendances (a test keeps
 * it so). 亩 keeps its name and gains hectares (see formatFigure).
 */
const EN_UNITS: Record<CitedUnitCode, Scale | { kind: 'percent' } | { kind: 'rank' } | { kind: 'ratio' }> = {
  亿元: { kind: 'money', currency: 'CNY', exponent: 8 },
  亿美元: { kind: 'money', currency: 'USD', exponent: 8 },
  万元: { kind: 'money', currency: 'CNY', exponent: 4 },
  '%': { kind: 'percent' },
  个: { kind: 'count', exponent: 0 },
  万个: { kind: 'count', exponent: 4 },
  家: { kind: 'count', exponent: 0 },
  万家: { kind: 'count', exponent: 4 },
  亩: { kind: 'count', exponent: 0, word: 'mu' },
  公里: { kind: 'count', exponent: 0, word: 'km' },
  万平方米: { kind: 'count', exponent: 4, word: 'm2' },
  人: { kind: 'count', exponent: 0, word: 'people', one: 'person' },
  万人: { kind: 'count', exponent: 4, word: 'people' },
  万人次: { kind: 'count', exponent: 4, word: 'attendances' },
  名: { kind: 'count', exponent: 0, word: 'people', one: 'person' },
  万名: { kind: 'count', exponent: 4, word: 'people' },
  套: { kind: 'count', exponent: 0, word: 'units', one: 'unit' },
  万套: { kind: 'count', exponent: 4, word: 'units' },
  户: { kind: 'count', exponent: 0 },
  万户: { kind: 'count', exponent: 4 },
  件: { kind: 'count', exponent: 0 },
  万件: { kind: 'count', exponent: 4 },
  所: { kind: 'count', exponent: 0 },
  条: { kind: 'count', exponent: 0 },
  处: { kind: 'count', exponent: 0 },
  座: { kind: 'count', exponent: 0 },
  项: { kind: 'count', exponent: 0 },
  种: { kind: 'count', exponent: 0, word: 'species' },
  枚: { kind: 'count', exponent: 0 },
  场: { kind: 'count', exponent: 0 },
  年: { kind: 'count', exponent: 0, word: 'years', one: 'year' },
  小时: { kind: 'count', exponent: 0, word: 'hours', one: 'hour' },
  大类: { kind: 'count', exponent: 0, word: 'categories', one: 'category' },
  起: { kind: 'count', exponent: 0 },
  '微克/立方米': { kind: 'count', exponent: 0, word: 'ugPerM3' },
  '毫克/升': { kind: 'count', exponent: 0, word: 'mgPerL' },
  // Units only other documents use.
  平方公里: { kind: 'count', exponent: 0, word: 'km2' },
  辆: { kind: 'count', exponent: 0, word: 'vehicles', one: 'vehicle' },
  兆瓦: { kind: 'count', exponent: 0, word: 'MW' },
  千公顷: { kind: 'count', exponent: 3, word: 'hectares' },
  万吨: { kind: 'count', exponent: 4, word: 'tonnes' },
  吨: { kind: 'count', exponent: 0, word: 'tonnes', one: 'tonne' },
  万头: { kind: 'count', exponent: 4, word: 'head' },
  元: { kind: 'money', currency: 'CNY', exponent: 0 },
  位: { kind: 'rank' },
  比例: { kind: 'ratio' },
};

/** English renderings (words in the locale files), chosen to read the same for a 2023 actual and a 2024 target. */
const EN_QUALIFIER_BEFORE: Partial<Record<CitedQualifier, QualifierWord>> = {
  突破: 'past',
  超: 'over',
  达: 'reaching',
  约: 'approx',
  左右: 'around',
  增至: 'risingTo',
  恢复至: 'recoveredTo',
  保持: 'heldAt',
  近: 'nearly',
};

/** A qualifier that English writes before the number, in English words. */
function qualifierBefore(q: CitedQualifier | undefined): string | undefined {
  const word = q ? EN_QUALIFIER_BEFORE[q] : undefined;
  return word ? WORDS.en.qualifiers[word] : undefined;
}

const unitWord = (key: UnitWord | undefined) => (key ? WORDS.en.unitWords[key] : '');

const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });

/** Intl formats a decimal string exactly (no float rounding); the DOM typings only admit numbers. */
function formatDigits(format: Intl.NumberFormat, digits: string): string {
  return format.format(digits as unknown as number);
}

export interface FigureInput {
  value: number;
  unit: CitedUnitCode;
  qualifier?: CitedQualifier | undefined;
  /** Trailing zeros the document prints (2005.70). */
  decimals?: number | undefined;
}

export function formatFigure(figure: FigureInput, lang: Lang): FigureParts {
  const digits = printedNumber(figure.value, figure.decimals);
  const q = figure.qualifier;
  if (lang === 'zh') {
    // Chinese shows the digits exactly as printed: the qualifier and unit where the report writes them.
    const [before = '', after = ''] = withQualifier(q, '\u0000', figure.unit).split('\u0000');
    return { before, number: digits, after };
  }

  const before = qualifierBefore(q);
  const plus = q === '余' ? '+' : '';
  const orMore = q === '以上' ? WORDS.en.orMore : '';
  const scale = EN_UNITS[figure.unit];
  const lead = before ? `${before} ` : '';

  if (scale.kind === 'percent') {
    return { before: lead, number: formatDigits(enNumber, digits), after: `${plus}%${orMore}` };
  }
  if (scale.kind === 'rank') {
    const [rankBefore = '', rankAfter = ''] = fill(WORDS.en.rank, { rank: '\u0000' }).split('\u0000');
    return { before: `${lead}${rankBefore}`, number: formatDigits(enNumber, digits), after: rankAfter };
  }
  if (scale.kind === 'ratio') return { before: lead, number: formatDigits(enNumber, digits), after: '' };
  if (scale.kind === 'money') {
    const full = shiftDecimal(digits, scale.exponent);
    const size = integerDigits(full);
    const [shown, word] =
      size > 9
        ? [shiftDecimal(full, -9), ` ${unitWord('billion')}`]
        : size > 6
          ? [shiftDecimal(full, -6), ` ${unitWord('million')}`]
          : [full, ''];
    return { before: `${lead}${scale.currency} `, number: formatDigits(enNumber, shown), after: `${plus}${word}${orMore}` };
  }
  const shown = shiftDecimal(digits, scale.exponent);
  const word = unitWord(shown === '1' && !plus && scale.one ? scale.one : scale.word);
  const hectares = figure.unit === '亩' ? ` (${muInHectares(digits)})` : '';
  return {
    before: lead,
    number: formatDigits(enNumber, shown),
    after: `${plus}${word ? ` ${word}` : ''}${orMore}${hectares}`,
  };
}

/**
 * An area in mu, in hectares for the English reader: 1 hectare = 15 mu exactly,
 * so 1932 mu is 128.8 ha. A conversion that does not come out in tenths is
 * rounded to one decimal place and marked ≈; the printed figure in mu stays as it is.
 */
export function muInHectares(digits: string): string {
  const [whole = '', fraction = ''] = digits.split('.');
  const tenthsNumerator = Number(whole + fraction) * 10;
  const denominator = 15 * 10 ** fraction.length;
  const exact = tenthsNumerator % denominator === 0;
  const tenths = Math.round(tenthsNumerator / denominator);
  return `${exact ? '' : '≈'}${formatDigits(enNumber, shiftDecimal(String(tenths), -1))} ${WORDS.en.unitWords.ha}`;
}

export function figureText(parts: FigureParts): string {
  return `${parts.before}${parts.number}${parts.after}`;
}

export interface GrowthInput {
  growthPct: number;
  growthQualifier?: CitedQualifier | undefined;
}

export type Direction = 'up' | 'down' | 'flat';

/** A change in words: 增长4.5% / up 4.5%, 下降35.2% / down 35.2%, 增长超10% / up over 10%. */
export function formatGrowth(growth: GrowthInput, lang: Lang): { direction: Direction; text: string } {
  const direction: Direction = growth.growthPct > 0 ? 'up' : growth.growthPct < 0 ? 'down' : 'flat';
  const size = formatFigure({ value: Math.abs(growth.growthPct), unit: '%', qualifier: growth.growthQualifier }, lang);
  return { direction, text: fill(WORDS[lang][direction === 'down' ? 'down' : 'up'], { change: figureText(size) }) };
}

export type Assessment = 'good' | 'bad' | 'neutral';

/** Whether a change is good news, kept apart from its direction: a fall in PM2.5 is good. */
export function assessChange(polarity: Polarity, growthPct: number): Assessment {
  if (polarity === 'neutral' || growthPct === 0) return 'neutral';
  const rising = growthPct > 0;
  return rising === (polarity === 'higher-is-better') ? 'good' : 'bad';
}

/**
 * Compact figures for chart labels, where the unit is said once in the chart's
 * title: 亿元 stays 亿元 in Chinese and becomes CNY billion in English.
 */
export function chartUnit(unit: CitedUnitCode, lang: Lang): string {
  if (unit === '%') return '%';
  if (lang === 'zh') return unit;
  if (unit === '亿元') return WORDS.en.chartUnits.cnyBillion;
  if (unit === '亿美元') return WORDS.en.chartUnits.usdBillion;
  const scale = EN_UNITS[unit];
  return scale.kind === 'count' ? unitWord(scale.word) : unit;
}

export function formatScaled(figure: FigureInput & { approx?: boolean }, lang: Lang): string {
  const digits = printedNumber(figure.value, figure.decimals);
  const q = figure.qualifier;
  const percent = figure.unit === '%' ? '%' : '';
  const approx = figure.approx ? '≈' : '';
  if (lang === 'zh') return withQualifier(q, `${approx}${digits}`, percent);
  const scale = EN_UNITS[figure.unit];
  // 亿 (10^8) in billions (10^9) is one place to the left; 万 counts are written out in full.
  const exponent = figure.unit === '亿元' || figure.unit === '亿美元' ? -1 : scale.kind === 'count' ? scale.exponent : 0;
  const shown = shiftDecimal(digits, exponent);
  const before = qualifierBefore(q);
  return `${before ? `${before} ` : ''}${approx}${formatDigits(enNumber, shown)}${q === '余' ? '+' : ''}${percent}${q === '以上' ? WORDS.en.orMore : ''}`;
}

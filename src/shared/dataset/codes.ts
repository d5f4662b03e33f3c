/**
 * The dataset's code lists as plain constants. Kept apart from the zod schema
 * so the views can use them without loading the validator, which runs in a
 * worker (see validateDataset.ts).
 */

/** Unit codes are the report's own unit words, so a quote can be checked against them. */
export const UNIT_CODES = [
  '亿元',
  '亿美元',
  '万元',
  '%',
  '个',
  '万个',
  '家',
  '万家',
  '亩',
  '公里',
  '万平方米',
  '人',
  '万人',
  '万人次',
  '名',
  '万名',
  '套',
  '万套',
  '户',
  '万户',
  '件',
  '万件',
  '所',
  '条',
  '处',
  '座',
  '项',
  '种',
  '枚',
  '场',
  '年',
  '小时',
  '大类',
  '起',
  '微克/立方米',
  // Not printed in the report: the unit of a quantity whose change alone is printed (总磷浓度下降35.2%).
  '毫克/升',
] as const;

/**
 * The report's qualifiers are different claims: 突破 (passed a mark), 超 (over),
 * 达 (reached), 以上 (or more), 左右 (about), 约 (approximately), 余 (-odd, more
 * than), 增至 (rising to), 恢复至 (recovered to), 保持 (held at).
 * 以上, 左右 and 余 are written after the number; the others before it.
 */
export const QUALIFIERS = ['突破', '超', '达', '以上', '左右', '约', '余', '增至', '恢复至', '保持'] as const;

/** 预计数 = preliminary estimate; 同口径 = on a comparable basis; 累计 = cumulative total. */
export const NOTE_CODES = ['preliminary', 'comparableBasis', 'cumulative'] as const;

/**
 * Where a figure stands in the report: the opening of the 2023 review, its five
 * areas (一是…五是) and the government's own work; the 2024 expected targets,
 * the five actions (一、…五、) and the government's own work.
 */
export const SECTION_IDS = [
  'review-overview',
  'review-industry',
  'review-transformation',
  'review-ecology',
  'review-urban-rural',
  'review-livelihoods',
  'review-government',
  'plan-overview',
  'plan-industry',
  'plan-innovation',
  'plan-ecology',
  'plan-urban-rural',
  'plan-livelihoods',
  'plan-government',
] as const;

export const THEME_IDS = [
  'economy',
  'industry',
  'projects',
  'consumption',
  'openness',
  'innovation',
  'talent',
  'enterprise',
  'digital',
  'ecology',
  'urban',
  'transport',
  'rural',
  'education',
  'health',
  'culture-tourism',
  'employment',
  'welfare',
  'safety',
  'governance',
] as const;

/** 「三区一城」 (the three zones and one new city) and the 「四个一号」 (the four "No. 1" priorities). */
export const ZONE_IDS = ['etdz', 'hitech', 'resort', 'new-city', 'eco-island', 'dushu-lake', 'tcm-university'] as const;

/**
 * Units that other documents print and the 2024 report does not. Kept apart
 * from UNIT_CODES, which also tells the report's figure finder what a figure
 * is: adding 吨 or 位 there would change what counts as a figure of the report.
 */
export const CITED_UNIT_CODES = [
  ...UNIT_CODES,
  '平方公里',
  '辆',
  '兆瓦',
  '千公顷',
  '万吨',
  '吨',
  '万头',
  // A rank (第7位).
  '位',
  '元',
  // A ratio printed as parts (三次产业结构 0.98:46.66:52.36).
  '比例',
] as const;

/** 近 (nearly: just under the figure) is printed by a news report, not by the 2024 report. */
export const CITED_QUALIFIERS = [...QUALIFIERS, '近'] as const;

/**
 * Where a qualifier stands in a printed figure: before the number (突破1300亿元, 近2000亿元),
 * after the unit (5%以上, 50%左右), or between the number and the unit (3300余户). The one
 * table that formatting, the report's own phrases and the data tests read.
 */
export const QUALIFIER_POSITION = {
  突破: 'before',
  超: 'before',
  达: 'before',
  以上: 'after',
  左右: 'after',
  约: 'before',
  余: 'odd',
  增至: 'before',
  恢复至: 'before',
  保持: 'before',
  近: 'before',
} as const satisfies Record<(typeof CITED_QUALIFIERS)[number], 'before' | 'after' | 'odd'>;

/**
 * Notes that other documents carry: 初步核算 (preliminary accounting of the
 * statistics bureau, not the government's 预计数 estimate), 按可比价格计算
 * (growth at comparable prices), 较年初 (change since the start of the year,
 * not year on year), 按常住人口计算 (per resident), 年末 / 截至年底 (at the
 * year's end), 增速未给出 (the document states no growth), 疑有误 (the source
 * probably errs), 报告年份据内容推断 (the document's year is inferred),
 * 干部口述 (an official's spoken figure), 引《苏州统计年鉴》 (cited from the
 * yearbook by a secondary source).
 */
export const CITED_NOTE_CODES = [
  ...NOTE_CODES,
  'preliminaryAccounting',
  'comparablePrices',
  'sinceStartOfYear',
  'perResident',
  'yearEnd',
  'noGrowthStated',
  'suspectedSourceError',
  'yearInferred',
  'officialQuoted',
  'citesYearbook',
] as const;

/**
 * What a level is measured on, where that changes over the years, so a chart
 * breaks its line instead of joining incomparable levels:
 * GDP and value added before and after the fifth national economic census
 * revision; a cluster's output of firms above designated size (规上产值) or its
 * industry size (产业规模); foreign trade in US dollars or in yuan.
 */
export const BASIS_CODES = [
  'before-fifth-census',
  'after-fifth-census',
  'above-designated-size-output',
  'industry-size',
  'us-dollars',
  'yuan',
] as const;

export const DOCUMENT_KINDS = ['work-report', 'statistical-bulletin', 'yearbook', 'news'] as const;

/** The 2024 report: the dataset's primary document, quoted in full. Values without a `doc` belong to it. */
export const PRIMARY_DOCUMENT_ID = 'WZ-GWR-2024';

/** What happened to a target; see outcome.ts and the rule table in the README. */
export const OUTCOME_STATUSES = ['met', 'about-met', 'missed', 'qualitative', 'not-comparable', 'not-yet-reported'] as const;

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


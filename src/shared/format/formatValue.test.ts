import { describe, expect, it } from 'vitest';
import { UNIT_CODES } from '../dataset/codes';
import type { UnitCode } from '../dataset/schema';
import { assessChange, chartUnit, figureText, formatFigure, formatGrowth, formatScaled, muInHectares } from './formatValue';

const text = (value: number, unit: UnitCode, lang: 'zh' | 'en', qualifier?: Parameters<typeof formatFigure>[0]['qualifier']) =>
  figureText(formatFigure({ value, unit, qualifier }, lang));

describe('formatFigure in English', () => {
  it.each([
    [1638, '亿元', 'CNY 163.8 billion'],
    [222.6, '亿元', 'CNY 22.26 billion'],
    [15, '亿元', 'CNY 1.5 billion'],
    [4.86, '亿美元', 'USD 486 million'],
    [1, '亿美元', 'USD 100 million'],
    [4579.4, '万元', 'CNY 45.794 million'],
    [1802, '万元', 'CNY 18.02 million'],
    [70.7, '%', '70.7%'],
    [1706, '家', '1,706'],
    [8.9, '万家', '89,000'],
    [306, '个', '306'],
    [2.6, '万个', '26,000'],
    [1932, '亩', '1,932 mu (128.8 ha)'],
    [42.4, '公里', '42.4 km'],
    [97.6, '万平方米', '976,000 m²'],
    [9, '人', '9 people'],
    [1.7, '万人', '17,000 people'],
    [3.45, '万人次', '34,500 attendances'],
    [10, '名', '10 people'],
    [1, '万名', '10,000 people'],
    [5001, '套', '5,001 units'],
    [1.3, '万套', '13,000 units'],
    [1968, '户', '1,968'],
    [11.2, '万户', '112,000'],
    [150, '件', '150'],
    [1.8, '万件', '18,000'],
    [6, '所', '6'],
    [79, '条', '79'],
    [191, '处', '191'],
    [21, '座', '21'],
    [1759, '项', '1,759'],
    [1190, '种', '1,190 species'],
    [2, '枚', '2'],
    [363, '场', '363'],
    [16, '年', '16 years'],
    [24, '小时', '24 hours'],
    [12, '大类', '12 categories'],
    [29.2, '微克/立方米', '29.2 µg/m³'],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(text(value, unit, 'en')).toBe(expected);
  });

  it('says one person, one year, one unit: never "1 people"', () => {
    expect(text(1, '名', 'en')).toBe('1 person');
    expect(text(1, '人', 'en')).toBe('1 person');
    expect(text(1, '年', 'en')).toBe('1 year');
    expect(text(1, '套', 'en')).toBe('1 unit');
    expect(text(1, '万名', 'en')).toBe('10,000 people');
    expect(text(1, '万名', 'en', '约')).toBe('approx. 10,000 people');
    for (const unit of UNIT_CODES) expect(text(1, unit, 'en')).not.toMatch(/^1 (people|years|hours|units|categories)\b/);
  });

  it('leaves 户 without a word, since it counts households in one place and businesses in another', () => {
    expect(text(11.2, '万户', 'en')).not.toMatch(/household/);
    expect(text(1000, '户', 'en', '以上')).toBe('1,000 or more');
  });

  it('gives hectares beside mu, exact where the conversion is, marked ≈ where rounded', () => {
    expect(text(8073, '亩', 'en')).toBe('8,073 mu (538.2 ha)');
    expect(text(1050, '亩', 'en')).toBe('1,050 mu (70 ha)');
    expect(text(1000, '亩', 'en')).toBe('1,000 mu (≈66.7 ha)');
    expect(text(5176, '亩', 'en')).toBe('5,176 mu (≈345.1 ha)');
    expect(text(1932, '亩', 'zh')).toBe('1932亩');
    expect(muInHectares('7200')).toBe('480 ha');
    expect(muInHectares('1.5')).toBe('0.1 ha');
  });

  it('covers every unit code', () => {
    for (const unit of UNIT_CODES) expect(text(1, unit, 'en')).toMatch(/1|100/);
  });

  it('keeps each qualifier a distinct claim', () => {
    expect(text(1300, '亿元', 'en', '突破')).toBe('past CNY 130 billion');
    expect(text(380, '亿元', 'en', '超')).toBe('over CNY 38 billion');
    expect(text(780, '亿元', 'en', '达')).toBe('reaching CNY 78 billion');
    expect(text(95, '%', 'en', '以上')).toBe('95% or more');
    expect(text(50, '%', 'en', '左右')).toBe('around 50%');
    expect(text(1, '万名', 'en', '约')).toBe('approx. 10,000 people');
    expect(text(3300, '户', 'en', '余')).toBe('3,300+');
    expect(text(2000, '亩', 'en', '以上')).toBe('2,000 mu or more (≈133.3 ha)');
    expect(text(125, '件', 'en', '增至')).toBe('rising to 125');
    expect(text(343.2, '亿元', 'en', '恢复至')).toBe('recovered to CNY 34.32 billion');
    expect(text(100, '%', 'en', '保持')).toBe('held at 100%');
  });
});

describe('formatFigure in Chinese', () => {
  it('prints the figure as the report does, without grouping', () => {
    expect(text(1638, '亿元', 'zh')).toBe('1638亿元');
    expect(text(11000, '个', 'zh')).toBe('11000个');
    expect(text(4.86, '亿美元', 'zh')).toBe('4.86亿美元');
    expect(text(29.2, '微克/立方米', 'zh')).toBe('29.2微克/立方米');
  });

  it('writes every unit code after the number', () => {
    for (const unit of UNIT_CODES) expect(text(7, unit, 'zh')).toBe(`7${unit}`);
  });

  it('puts each qualifier where the report writes it', () => {
    expect(text(380, '亿元', 'zh', '超')).toBe('超380亿元');
    expect(text(1300, '亿元', 'zh', '突破')).toBe('突破1300亿元');
    expect(text(95, '%', 'zh', '以上')).toBe('95%以上');
    expect(text(50, '%', 'zh', '左右')).toBe('50%左右');
    expect(text(1, '万名', 'zh', '约')).toBe('约1万名');
    expect(text(3300, '户', 'zh', '余')).toBe('3300余户');
  });

  it('splits the parts so the number can be set large', () => {
    expect(formatFigure({ value: 380, unit: '亿元', qualifier: '超' }, 'zh')).toEqual({ before: '超', number: '380', after: '亿元' });
    expect(formatFigure({ value: 380, unit: '亿元', qualifier: '超' }, 'en')).toEqual({
      before: 'over CNY ',
      number: '38',
      after: ' billion',
    });
  });
});

describe('formatGrowth', () => {
  it.each([
    [4.5, undefined, '增长4.5%', 'up 4.5%', 'up'],
    [-35.2, undefined, '下降35.2%', 'down 35.2%', 'down'],
    [10, '超', '增长超10%', 'up over 10%', 'up'],
    [5, '以上', '增长5%以上', 'up 5% or more', 'up'],
  ] as const)('%s %s', (growthPct, growthQualifier, zh, en, direction) => {
    expect(formatGrowth({ growthPct, growthQualifier }, 'zh')).toEqual({ direction, text: zh });
    expect(formatGrowth({ growthPct, growthQualifier }, 'en')).toEqual({ direction, text: en });
  });
});

describe('assessChange', () => {
  it('keeps good or bad apart from the direction', () => {
    expect(assessChange('higher-is-better', 5.8)).toBe('good');
    expect(assessChange('lower-is-better', -14.6)).toBe('good');
    expect(assessChange('lower-is-better', 3)).toBe('bad');
    expect(assessChange('higher-is-better', -2)).toBe('bad');
    expect(assessChange('neutral', 22.6)).toBe('neutral');
  });
});

describe('figures of other documents', () => {
  it('keeps printed trailing zeros, and reads their units and qualifiers', () => {
    expect(figureText(formatFigure({ value: 2005.7, decimals: 2, unit: '亿元' }, 'zh'))).toBe('2005.70亿元');
    expect(figureText(formatFigure({ value: 2005.7, decimals: 2, unit: '亿元' }, 'en'))).toBe('CNY 200.57 billion');
    expect(figureText(formatFigure({ value: 2000, unit: '亿元', qualifier: '近' }, 'zh'))).toBe('近2000亿元');
    expect(figureText(formatFigure({ value: 2000, unit: '亿元', qualifier: '近' }, 'en'))).toBe('nearly CNY 200 billion');
    expect(figureText(formatFigure({ value: 3.87, unit: '千公顷' }, 'en'))).toBe('3,870 hectares');
    expect(figureText(formatFigure({ value: 2.78, unit: '万吨' }, 'en'))).toBe('27,800 tonnes');
    expect(figureText(formatFigure({ value: 7, unit: '位' }, 'en'))).toBe('No. 7');
    expect(figureText(formatFigure({ value: 7, unit: '位' }, 'zh'))).toBe('7位');
  });

  it('groups thousands in English only', () => {
    expect(figureText(formatFigure({ value: 11000, unit: '个' }, 'en'))).toBe('11,000');
    expect(figureText(formatFigure({ value: 11000, unit: '个' }, 'zh'))).toBe('11000个');
  });
});

describe('formatScaled', () => {
  it('prints chart labels in the chart unit, qualifier kept', () => {
    expect(formatScaled({ value: 1300, unit: '亿元', qualifier: '突破' }, 'zh')).toBe('突破1300');
    expect(formatScaled({ value: 1300, unit: '亿元', qualifier: '突破' }, 'en')).toBe('past 130');
    expect(formatScaled({ value: 380, unit: '亿元', qualifier: '超' }, 'en')).toBe('over 38');
    expect(formatScaled({ value: 1023.6, unit: '亿元', approx: true }, 'zh')).toBe('≈1023.6');
    expect(formatScaled({ value: 1023.6, unit: '亿元', approx: true }, 'en')).toBe('≈102.36');
    expect(formatScaled({ value: 25.8, unit: '%' }, 'en')).toBe('25.8%');
    expect(formatScaled({ value: 5, unit: '%', qualifier: '以上' }, 'zh')).toBe('5%以上');
    expect(formatScaled({ value: 1.7, unit: '万人' }, 'en')).toBe('17,000');
  });

  it('names the chart unit', () => {
    expect(chartUnit('亿元', 'zh')).toBe('亿元');
    expect(chartUnit('亿元', 'en')).toBe('CNY billion');
    expect(chartUnit('%', 'en')).toBe('%');
  });
});

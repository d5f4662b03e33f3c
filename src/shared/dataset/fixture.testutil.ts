import type { Dataset } from './schema';

/** A small valid dataset for tests that exercise code, not the bundled figures. */
export function fixtureDataset(): Dataset {
  return {
    dataset: { version: '1.0.0', date: '2026-11-27', reportFile: 'wuzhong-2024.report.zh.txt' },
    report: {
      title: { zh: '2024年吴中区政府工作报告', en: 'Wuzhong District Government Work Report 2024' },
      body: { zh: '苏州市吴中区人民政府', en: "People's Government of Wuzhong District, Suzhou" },
      meeting: { zh: '苏州市吴中区第五届人民代表大会第三次会议', en: "Third Session of the Fifth People's Congress of Wuzhong District" },
      date: '2024-01-08',
      speaker: { zh: '顾晓东', en: 'Gu Xiaodong' },
    },
    documents: [
      {
        id: 'WZ-GWR-2024',
        kind: 'work-report',
        title: { zh: '2024年吴中区政府工作报告', en: 'Wuzhong District Government Work Report 2024' },
        issuer: { zh: '苏州市吴中区人民政府', en: "People's Government of Wuzhong District, Suzhou" },
        date: '2024-01-08',
        reliability: { zh: '全文', en: 'Full text' },
        primary: true,
        textFile: 'wuzhong-2024.report.zh.txt',
      },
      {
        id: 'WZ-GWR-2025',
        kind: 'work-report',
        title: { zh: '吴中区人民政府工作报告（2025年）', en: 'Wuzhong District Government Work Report 2025' },
        issuer: { zh: '苏州市吴中区人民政府', en: "People's Government of Wuzhong District, Suzhou" },
        date: '2025-01-06',
        indexNumber: '014195072/2025-00001',
        reliability: { zh: '官方文本的转载', en: 'Copies of the official text' },
      },
    ],
    indicators: [
      {
        id: 'gdp',
        category: 'economy',
        name: { zh: '地区生产总值', en: 'Gross regional product (GDP)' },
        polarity: 'higher-is-better',
        values: [
          {
            id: 'gdp@2023',
            doc: 'WZ-GWR-2024',
            year: 2023,
            kind: 'actual',
            value: 1638,
            unit: '亿元',
            growthPct: 4.5,
            notes: ['preliminary'],
            section: 'review-overview',
            quote: '2023年完成地区生产总值1638亿元、增长4.5%（预计数、下同）',
          },
          {
            id: 'gdp@2024',
            doc: 'WZ-GWR-2024',
            year: 2024,
            kind: 'target',
            value: null,
            unit: '亿元',
            growthPct: 5,
            growthQualifier: '以上',
            section: 'plan-overview',
            quote: '地区生产总值增长5%以上',
          },
        ],
        cited: [
          {
            id: 'gdp@2024-wz-gwr-2025',
            doc: 'WZ-GWR-2025',
            row: 1,
            year: 2024,
            kind: 'actual',
            value: null,
            unit: '亿元',
            growthPct: 5.5,
            notes: ['preliminary'],
            location: { zh: '2024年工作回顾 开篇段', en: 'Review of the work in 2024, opening paragraph' },
          },
        ],
      },
      {
        id: 'cluster-biomed',
        category: 'industry',
        name: { zh: '生物医药及大健康产业规模', en: 'Biomedicine and health industry' },
        polarity: 'higher-is-better',
        values: [
          {
            id: 'cluster-biomed@2023',
            doc: 'WZ-GWR-2024',
            year: 2023,
            kind: 'actual',
            value: 380,
            unit: '亿元',
            qualifier: '超',
            growthPct: 25.4,
            section: 'review-industry',
            quote: '生物医药及大健康产业规模超380亿元、增长25.4%',
          },
        ],
      },
    ],
    zones: [],
    glossary: [],
  };
}

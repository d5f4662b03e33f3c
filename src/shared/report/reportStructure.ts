import type { SectionId } from '../dataset/schema';

/**
 * Splits the report text into its paragraphs and headings, and says which
 * section of the report each paragraph stands in. The markers are the report's
 * own words, so a changed report text fails loudly rather than mis-sectioning.
 */

export type ParagraphKind = 'title' | 'byline' | 'heading' | 'paragraph';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
  section: SectionId | null;
  /** The paragraph's lead-in ("一是产业发展实现新提升。", "1．打造优势产业集群。"), if any. */
  leadEnd: number;
}

const SECTION_MARKERS: readonly (readonly [SectionId, string])[] = [
  ['review-overview', '过去的一年'],
  ['review-industry', '一是产业发展'],
  ['review-transformation', '二是转型升级'],
  ['review-ecology', '三是生态保护'],
  ['review-urban-rural', '四是城乡建设'],
  ['review-livelihoods', '五是民生事业'],
  ['review-government', '这一年，我们切实加强政府自身建设'],
  ['plan-overview', '今年是新中国成立'],
  ['plan-industry', '一、实施产业跃升行动'],
  ['plan-innovation', '二、实施科技赋能行动'],
  ['plan-ecology', '三、实施生态攻坚行动'],
  ['plan-urban-rural', '四、实施城乡融合行动'],
  ['plan-livelihoods', '五、实施民生改善行动'],
  ['plan-government', '全面建设人民满意政府'],
];

/** Paragraphs after these belong to no section (thanks, challenges, the closing call). */
const SECTION_ENDS = ['各位代表，回顾过去的一年', '各位代表！吴中的未来令人憧憬'];

const HEADINGS = ['2023年工作回顾', '2024年主要任务'];

export function parseReport(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let section: SectionId | null = null;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, lineNo) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    const marker = SECTION_MARKERS.find(([, words]) => line.startsWith(words));
    if (marker) section = marker[0];
    if (SECTION_ENDS.some((words) => line.startsWith(words))) section = null;

    let kind: ParagraphKind = 'paragraph';
    if (lineNo === 0) kind = 'title';
    else if (line.startsWith('——') || (paragraphs.at(-1)?.kind === 'byline' && !line.includes('：'))) kind = 'byline';
    else if (HEADINGS.includes(line) || /^[一二三四五]、/.test(line) || line === '全面建设人民满意政府') kind = 'heading';

    const lead = /^(?:[一二三四五]是|\d．)[^。]{1,30}。/.exec(line);
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: start + line.length,
      text: line,
      kind,
      section: kind === 'paragraph' || kind === 'heading' ? section : null,
      leadEnd: lead ? lead[0].length : 0,
    });
  });
  return paragraphs;
}

export function sectionAt(paragraphs: readonly Paragraph[], position: number): SectionId | null {
  const paragraph = paragraphs.find((p) => position >= p.start && position < p.end);
  return paragraph?.section ?? null;
}

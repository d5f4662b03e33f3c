import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../shared/report/reportStructure';
import type { FigureMatch, LocatedValue } from '../../shared/report/figureIndex';
import { figureText, formatFigure, formatGrowth } from '../../shared/format/formatValue';
import type { Lang } from '../../shared/i18n/lang';
import { handleInternalLink } from '../../shared/lib/urlState';
import { segmentParagraph, valuesInParagraph, type Segment, type Span } from './reportSegments';
import { hasFigure } from '../../shared/dataset/narrow';

interface Props {
  paragraph: Paragraph;
  mark: Span | null;
  figures: readonly FigureMatch[];
  located: readonly LocatedValue[];
  lang: Lang;
  /** The ledger row's address for a figure. */
  ledgerHref: (valueId: string) => string;
}

function Run({ segment, label, ledgerHref }: { segment: Segment; label: string; ledgerHref: (valueId: string) => string }) {
  if (!segment.valueId) return <>{segment.text}</>;
  return (
    <a className="figure-link" href={ledgerHref(segment.valueId)} onClick={handleInternalLink} aria-label={label}>
      {segment.text}
    </a>
  );
}

function renderSegments(segments: Segment[], labelFor: (segment: Segment) => string, ledgerHref: (valueId: string) => string): ReactNode[] {
  const out: ReactNode[] = [];
  let markRun: ReactNode[] = [];
  const flushMark = (key: number) => {
    if (markRun.length === 0) return;
    out.push(
      <mark key={`mark-${key}`} id="source-passage" tabIndex={-1}>
        {markRun}
      </mark>,
    );
    markRun = [];
  };
  segments.forEach((segment, i) => {
    const node = <Run key={i} segment={segment} label={labelFor(segment)} ledgerHref={ledgerHref} />;
    if (segment.marked) markRun.push(node);
    else {
      flushMark(i);
      out.push(node);
    }
  });
  flushMark(segments.length);
  return out;
}

/** One paragraph of the original; in English, the English labels of its figures follow it. */
export const ReportParagraph = memo(function ReportParagraph({ paragraph, mark, figures, located, lang, ledgerHref }: Props) {
  const { t } = useTranslation();
  const segments = segmentParagraph(paragraph, mark, figures);
  const labelFor = (segment: Segment) => {
    const hit = located.find((l) => l.value.id === segment.valueId);
    return hit ? t('report.figureLink', { text: segment.text, name: hit.indicator.name[lang] }) : segment.text;
  };
  const content = renderSegments(segments, labelFor, ledgerHref);
  const lead = paragraph.leadEnd > 0 ? paragraph.text.slice(0, paragraph.leadEnd) : '';

  let block: ReactNode;
  if (paragraph.kind === 'title') block = <h3 className="report-title">{content}</h3>;
  else if (paragraph.kind === 'heading') block = <h3 className="report-heading">{content}</h3>;
  else if (paragraph.kind === 'byline') block = <p className="report-byline">{content}</p>;
  else
    block = (
      <p className="report-paragraph" data-lead={lead || undefined}>
        {content}
      </p>
    );

  const english = lang === 'en' && paragraph.kind === 'paragraph' ? valuesInParagraph(paragraph, located) : [];
  return (
    <div className="report-block" data-paragraph={paragraph.index}>
      {block}
      {english.length > 0 && (
        <details className="report-english" lang="en" open>
          <summary>{t('report.englishFigures', { count: english.length })}</summary>
          <ul>
            {english.map(({ indicator, value }) => (
              <li key={value.id}>
                <a href={ledgerHref(value.id)} onClick={handleInternalLink}>
                  {indicator.name.en}
                </a>
                {': '}
                {[
                  hasFigure(value) ? figureText(formatFigure(value, 'en')) : null,
                  value.growthPct !== undefined
                    ? formatGrowth({ growthPct: value.growthPct, growthQualifier: value.growthQualifier }, 'en').text
                    : null,
                ]
                  .filter(Boolean)
                  .join(', ')}{' '}
                ({value.year} {value.kind})
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});

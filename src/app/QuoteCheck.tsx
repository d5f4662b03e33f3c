import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../shared/dataset/schema';
import { reportTextQuery } from '../shared/dataset/queries';
import { checkQuotes } from '../shared/report/quoteCheck';

/**
 * Once the page is idle, checks every quote of the dataset against the report
 * text and, if one is not there verbatim, says so above every view, naming the
 * field. The check waits so that it never delays the first view.
 */
export function QuoteCheck({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const start = () => setIdle(true);
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(start, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, 1500);
    return () => clearTimeout(timer);
  }, []);
  const report = useQuery({ ...reportTextQuery, enabled: idle });
  const problems = useMemo(() => (report.data ? checkQuotes(dataset, report.data) : []), [dataset, report.data]);
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="view-error quote-problems">
      <p>{t('status.quoteProblems')}</p>
      <ul>
        {problems.slice(0, 20).map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

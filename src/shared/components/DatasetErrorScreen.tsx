import { useTranslation } from 'react-i18next';
import { DatasetError } from '../dataset/datasetError';

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** A dataset that fails to load or validate says what is wrong, field by field; never a blank page. */
export function DatasetErrorScreen({ error, onRetry, retrying }: Props) {
  const { t } = useTranslation();
  const datasetError = error instanceof DatasetError ? error : null;
  const problems = datasetError?.problems ?? [];
  return (
    <section className="error-screen" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('status.errorTitle')}</h2>
      {datasetError?.retryable ? <p>{t('status.errorNetwork')}</p> : <p>{t('status.errorIntro')}</p>}
      <p className="error-message">{error instanceof Error ? error.message : String(error)}</p>
      {problems.length > 0 && (
        <ul className="error-problems">
          {problems.slice(0, 50).map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {t('status.retry')}
      </button>
    </section>
  );
}

import { useId } from 'react';

interface Props {
  label: string;
  /** The chosen option's value; null for all. */
  value: string | null;
  /** The first option's text, the one that filters nothing. */
  allLabel: string;
  options: readonly { value: string; label: string }[];
  /** The chosen option's value; '' for all. */
  onChange: (value: string) => void;
  className?: string;
}

/** A labelled filter: a select whose first option, all, filters nothing. */
export function FilterSelect({ label, value, allLabel, options, onChange, className = 'control' }: Props) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

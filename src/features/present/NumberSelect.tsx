/** A labelled choice of a number (seconds a slide, minutes a talk), each option named by `optionLabel`. */
export function NumberSelect({
  label,
  value,
  options,
  optionLabel,
  onChange,
  className,
}: {
  label: string;
  value: number;
  options: readonly number[];
  optionLabel: (option: number) => string;
  onChange: (value: number) => void;
  className: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

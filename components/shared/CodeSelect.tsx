/** A select of coded options (countries, languages) with the EU ones grouped first. */
import type { ControlProps } from './Field';

export interface CodeOption {
  code: string;
  name: string;
}

export interface CodeSelectProps {
  control: ControlProps;
  value: string;
  placeholder: string;
  groups: Array<{ label: string; options: CodeOption[] }>;
  onChange: (code: string) => void;
}

export function CodeSelect({ control, value, placeholder, groups, onChange }: CodeSelectProps) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{placeholder}</option>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name} ({option.code})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/**
 * One labelled form control with its hint and its error message. The control is rendered
 * by the caller with the ids this gives it, so every input, select and textarea is tied to
 * its label (for/id) and to its hint and error (aria-describedby).
 */
import type { ComponentChildren } from 'preact';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  errors?: readonly string[];
  class?: string;
  children: (control: ControlProps) => ComponentChildren;
}

function describedBy(...ids: Array<string | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

export function ErrorMessage({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">Error: </span>
      {errors.join(' ')}
    </p>
  );
}

export function Field({ id, label, hint, optional, errors = [], class: className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div class={['field', errors.length > 0 && 'has-error', className].filter(Boolean).join(' ')}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} errors={errors} />
      {children({
        id,
        'aria-describedby': describedBy(errorId, hintId),
        'aria-invalid': errors.length > 0 ? 'true' : undefined,
      })}
    </div>
  );
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

interface ChoiceFieldProps<V extends string> {
  /** The id of the first radio; the others get `${id}-${value}`. Errors focus the first. */
  id: string;
  label: string;
  hint?: string;
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V | '';
  errors?: readonly string[];
  class?: string;
  onChange: (value: V) => void;
}

/** A radio group in a fieldset: the legend is the question, each radio has its own label. */
export function ChoiceField<V extends string>({
  id,
  label,
  hint,
  options,
  value,
  errors = [],
  class: className,
  onChange,
}: ChoiceFieldProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset
      class={['field', 'choice-field', errors.length > 0 && 'has-error', className].filter(Boolean).join(' ')}
    >
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} errors={errors} />
      <div class="choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <label class="choice" key={option.value} for={optionId}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={describedBy(errorId, hintId)}
                aria-invalid={errors.length > 0 ? 'true' : undefined}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export const YES_NO: ReadonlyArray<ChoiceOption<'yes' | 'no'>> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

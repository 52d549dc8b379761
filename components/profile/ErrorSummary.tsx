import type { FieldError } from '../../lib/profile';
import { describePath, fieldId, fieldKeyOf } from './form-state';

interface ErrorSummaryProps {
  /** The form's current problems. */
  errors: readonly FieldError[];
  /** Changes on every failed save, so the alert is announced again even if the count did not change. */
  attempt: number;
  /** What was refused: "Not saved" or "Not exported". */
  action: 'save' | 'export';
}

/** Lists the problems above the form, each linking to its field. */
export function ErrorSummary({ errors, attempt, action }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return (
    <div class="error-summary" aria-labelledby="error-summary-title">
      <div role="alert" key={attempt}>
        <h2 id="error-summary-title">
          {action === 'save' ? 'Not saved' : 'Not exported'}: {count} to fix
        </h2>
      </div>
      <ul>
        {errors.map((error, index) => {
          const key = fieldKeyOf(error.path);
          const label = `${describePath(error.path)}: ${error.message}`;
          if (key === null) return <li key={index}>{label}</li>;
          const id = fieldId(key);
          return (
            <li key={index}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = event.currentTarget.ownerDocument.getElementById(id);
                  target?.focus();
                  target?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

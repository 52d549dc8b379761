import { CLEARANCE_LEVELS } from '../../lib/profile';
import { ChoiceField, Field, YES_NO } from '../shared/Field';
import { Section } from '../shared/Section';
import { fieldId, type SecurityState } from './form-state';
import { CLEARANCE_LEVEL_LABELS, FIELD_LABELS, SECTION_TITLES } from './labels';

const LABELS = FIELD_LABELS.securityClearance;

interface SecuritySectionProps {
  value: SecurityState;
  errors: ReadonlyMap<string, string[]>;
  onChange: (patch: Partial<SecurityState>) => void;
}

export function SecuritySection({ value, errors, onChange }: SecuritySectionProps) {
  const field = (name: keyof typeof LABELS) => {
    const key = `securityClearance.${name}`;
    return { id: fieldId(key), errors: errors.get(key) ?? [] };
  };
  const level = field('level');
  const expires = field('expires');
  const willing = field('willingToBeVetted');
  const noClearance = value.level === 'none';
  return (
    <Section
      id="section-security"
      title={SECTION_TITLES.securityClearance}
      intro="Leave this empty if you prefer not to say: the eligibility check will then tell you when a post asks for clearance."
    >
      <div class="row-fields cols-3">
        <Field
          id={level.id}
          label={LABELS.level}
          errors={level.errors}
          hint="Leave it empty if you hold none."
          optional
        >
          {(control) => (
            <select
              {...control}
              value={value.level}
              onChange={(event) => {
                const next = event.currentTarget.value as SecurityState['level'];
                onChange(next === 'none' ? { level: next, expires: '' } : { level: next });
              }}
            >
              <option value="">Not answered</option>
              <option value="none">No clearance</option>
              {CLEARANCE_LEVELS.map((option) => (
                <option key={option} value={option}>
                  {CLEARANCE_LEVEL_LABELS[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={expires.id} label={LABELS.expires} errors={expires.errors} optional>
          {(control) => (
            <input
              {...control}
              type="date"
              value={value.expires}
              disabled={noClearance}
              onInput={(event) => onChange({ expires: event.currentTarget.value })}
            />
          )}
        </Field>
        <ChoiceField
          id={willing.id}
          label={LABELS.willingToBeVetted}
          options={YES_NO}
          value={value.willingToBeVetted}
          errors={willing.errors}
          onChange={(next) => onChange({ willingToBeVetted: next })}
        />
      </div>
    </Section>
  );
}

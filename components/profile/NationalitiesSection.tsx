import { CodeSelect } from '../shared/CodeSelect';
import { Field } from '../shared/Field';
import { AddButton, EmptyRows, Section } from '../shared/Section';
import { countryLabel, countryOptions } from './code-names';
import type { NationalityRow } from './form-state';
import { SECTION_TITLES } from './labels';
import { addButtonId, fieldOf, type RowSectionProps } from './section-props';

export function NationalitiesSection({
  rows,
  errors,
  onUpdate,
  onAdd,
  onRemove,
}: RowSectionProps<NationalityRow>) {
  const { eu, other } = countryOptions();
  return (
    <Section
      id="section-nationalities"
      title={SECTION_TITLES.nationalities}
      intro="Every nationality you hold. Most EU posts require the nationality of a member state."
    >
      {rows.length === 0 && <EmptyRows>No nationality yet.</EmptyRows>}
      <ul class="compact-rows">
        {rows.map((row, index) => {
          const field = fieldOf(errors, 'nationalities', index);
          const title = `Nationality ${index + 1}`;
          return (
            <li key={row.key} class="compact-row">
              <Field id={field.id} label={title} errors={field.errors}>
                {(control) => (
                  <CodeSelect
                    control={control}
                    value={row.code}
                    placeholder="Choose a country…"
                    groups={[
                      { label: 'EU member states', options: eu },
                      { label: 'Other countries', options: other },
                    ]}
                    onChange={(code) => onUpdate(index, { code })}
                  />
                )}
              </Field>
              <button
                type="button"
                class="button button-quiet"
                aria-label={`Remove ${title.toLowerCase()}${row.code ? ` (${countryLabel(row.code)})` : ''}`}
                onClick={() => onRemove(index)}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <AddButton id={addButtonId('nationalities')} label="Add nationality" onClick={onAdd} />
    </Section>
  );
}

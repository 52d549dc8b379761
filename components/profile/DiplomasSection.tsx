import { EDUCATION_LEVELS } from '../../lib/notice/schema';
import { ChoiceField, Field, YES_NO } from '../shared/Field';
import { AddButton, EmptyRows, RowCard, Section } from '../shared/Section';
import type { DiplomaRow } from './form-state';
import { EDUCATION_LEVEL_LABELS, FIELD_LABELS, SECTION_TITLES } from './labels';
import { addButtonId, fieldOf, type RowSectionProps } from './section-props';

const LABELS = FIELD_LABELS.diplomas;

export function DiplomasSection({ rows, errors, onUpdate, onAdd, onRemove }: RowSectionProps<DiplomaRow>) {
  return (
    <Section
      id="section-diplomas"
      title={SECTION_TITLES.diplomas}
      intro="Every diploma you hold, including your secondary diploma: some posts accept it plus experience. A diploma from outside the EU counts only with an equivalence issued by a member state."
    >
      {rows.length === 0 && <EmptyRows>No diploma yet.</EmptyRows>}
      {rows.map((row, index) => {
        const field = (name: keyof typeof LABELS) => fieldOf(errors, 'diplomas', index, name);
        const level = field('level');
        const study = field('field');
        const awarded = field('awarded');
        const recognised = field('recognisedInEU');
        return (
          <RowCard
            key={row.key}
            id={`${fieldOf(errors, 'diplomas', index).id}-title`}
            title={`Diploma ${index + 1}`}
            detail={row.level ? EDUCATION_LEVEL_LABELS[row.level] : undefined}
            layout="diploma-grid"
            onRemove={() => onRemove(index)}
          >
            <Field id={level.id} label={LABELS.level} errors={level.errors}>
              {(control) => (
                <select
                  {...control}
                  value={row.level}
                  onChange={(event) =>
                    onUpdate(index, { level: event.currentTarget.value as DiplomaRow['level'] })
                  }
                >
                  <option value="">Choose a level…</option>
                  {EDUCATION_LEVELS.map((value) => (
                    <option key={value} value={value}>
                      {EDUCATION_LEVEL_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={awarded.id} label={LABELS.awarded} errors={awarded.errors}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.awarded}
                  onInput={(event) => onUpdate(index, { awarded: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field id={study.id} label={LABELS.field} errors={study.errors} optional>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={row.field}
                  onInput={(event) => onUpdate(index, { field: event.currentTarget.value })}
                />
              )}
            </Field>
            <ChoiceField
              id={recognised.id}
              label={LABELS.recognisedInEU}
              options={YES_NO}
              value={row.recognisedInEU}
              errors={recognised.errors}
              onChange={(value) => onUpdate(index, { recognisedInEU: value })}
            />
          </RowCard>
        );
      })}
      <AddButton id={addButtonId('diplomas')} label="Add diploma" onClick={onAdd} />
    </Section>
  );
}

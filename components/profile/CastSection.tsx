import { CAST_FUNCTION_GROUPS, CAST_STATUSES } from '../../lib/profile';
import { ChoiceField, Field } from '../shared/Field';
import { AddButton, EmptyRows, RowCard, Section } from '../shared/Section';
import type { CastRow } from './form-state';
import { CAST_STATUS_LABELS, FIELD_LABELS, FUNCTION_GROUP_LABELS, SECTION_TITLES } from './labels';
import { addButtonId, fieldOf, type RowSectionProps } from './section-props';

const LABELS = FIELD_LABELS.cast;
const STATUS_OPTIONS = CAST_STATUSES.map((value) => ({ value, label: CAST_STATUS_LABELS[value] }));

export function CastSection({ rows, errors, onUpdate, onAdd, onRemove }: RowSectionProps<CastRow>) {
  return (
    <Section
      id="section-cast"
      title={SECTION_TITLES.cast}
      intro="Contract-agent selection tests (CAST Permanent). Many contract-agent posts ask for a passed test."
    >
      {rows.length === 0 && <EmptyRows>No CAST result yet.</EmptyRows>}
      {rows.map((row, index) => {
        const group = fieldOf(errors, 'cast', index, 'functionGroup');
        const status = fieldOf(errors, 'cast', index, 'status');
        const testDate = fieldOf(errors, 'cast', index, 'testDate');
        return (
          <RowCard
            key={row.key}
            id={`${fieldOf(errors, 'cast', index).id}-title`}
            title={`CAST result ${index + 1}`}
            detail={row.functionGroup ? FUNCTION_GROUP_LABELS[row.functionGroup] : undefined}
            layout="cols-3"
            onRemove={() => onRemove(index)}
          >
            <Field id={group.id} label={LABELS.functionGroup} errors={group.errors}>
              {(control) => (
                <select
                  {...control}
                  value={row.functionGroup}
                  onChange={(event) =>
                    onUpdate(index, { functionGroup: event.currentTarget.value as CastRow['functionGroup'] })
                  }
                >
                  <option value="">Choose…</option>
                  {CAST_FUNCTION_GROUPS.map((value) => (
                    <option key={value} value={value}>
                      {FUNCTION_GROUP_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ChoiceField
              id={status.id}
              label={LABELS.status}
              options={STATUS_OPTIONS}
              value={row.status}
              errors={status.errors}
              onChange={(value) => onUpdate(index, { status: value })}
            />
            <Field id={testDate.id} label={LABELS.testDate} errors={testDate.errors} optional>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.testDate}
                  onInput={(event) => onUpdate(index, { testDate: event.currentTarget.value })}
                />
              )}
            </Field>
          </RowCard>
        );
      })}
      <AddButton id={addButtonId('cast')} label="Add CAST result" onClick={onAdd} />
    </Section>
  );
}

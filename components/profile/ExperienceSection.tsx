import { ChoiceField, Field, YES_NO } from '../shared/Field';
import { AddButton, EmptyRows, RowCard, Section } from '../shared/Section';
import type { ExperienceRow } from './form-state';
import { FIELD_LABELS, SECTION_TITLES } from './labels';
import { addButtonId, fieldOf, type RowSectionProps } from './section-props';

const LABELS = FIELD_LABELS.experience;

export function ExperienceSection({
  rows,
  errors,
  onUpdate,
  onAdd,
  onRemove,
}: RowSectionProps<ExperienceRow>) {
  return (
    <Section
      id="section-experience"
      title={SECTION_TITLES.experience}
      intro="One entry per job or period. Part-time work counts in proportion to its share of full time; unpaid work (volunteering, unpaid traineeships) often does not count at all."
    >
      {rows.length === 0 && <EmptyRows>No experience yet.</EmptyRows>}
      {rows.map((row, index) => {
        const field = (name: keyof typeof LABELS) => fieldOf(errors, 'experience', index, name);
        const from = field('from');
        const to = field('to');
        const share = field('fullTimeShare');
        const paid = field('paid');
        const domains = field('domains');
        const description = field('description');
        const ongoingId = `${to.id}-ongoing`;
        return (
          <RowCard
            key={row.key}
            id={`${fieldOf(errors, 'experience', index).id}-title`}
            title={`Experience ${index + 1}`}
            detail={row.description.trim() || undefined}
            layout="cols-4"
            onRemove={() => onRemove(index)}
          >
            <Field id={from.id} label={LABELS.from} errors={from.errors}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.from}
                  onInput={(event) => onUpdate(index, { from: event.currentTarget.value })}
                />
              )}
            </Field>
            <div class="field-stack">
              <Field id={to.id} label={LABELS.to} errors={to.errors}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.ongoing ? '' : row.to}
                    disabled={row.ongoing}
                    onInput={(event) => onUpdate(index, { to: event.currentTarget.value })}
                  />
                )}
              </Field>
              <label class="check" for={ongoingId}>
                <input
                  type="checkbox"
                  id={ongoingId}
                  checked={row.ongoing}
                  onChange={(event) => onUpdate(index, { ongoing: event.currentTarget.checked })}
                />
                <span>Ongoing</span>
              </label>
            </div>
            <Field id={share.id} label={LABELS.fullTimeShare} errors={share.errors} hint="100 = full time">
              {(control) => (
                <span class="input-suffix">
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    size={6}
                    value={row.fullTimePercent}
                    onInput={(event) => onUpdate(index, { fullTimePercent: event.currentTarget.value })}
                  />
                  <span aria-hidden="true">%</span>
                </span>
              )}
            </Field>
            <ChoiceField
              id={paid.id}
              label={LABELS.paid}

              options={YES_NO}
              value={row.paid}
              errors={paid.errors}
              onChange={(value) => onUpdate(index, { paid: value })}
            />
            <Field
              id={domains.id}
              label={LABELS.domains}
              errors={domains.errors}
              hint="Separate with commas."
              class="span-half"
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={row.domains}
                  onInput={(event) => onUpdate(index, { domains: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field
              id={description.id}
              label={LABELS.description}
              errors={description.errors}
              class="span-half"
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  value={row.description}
                  onInput={(event) => onUpdate(index, { description: event.currentTarget.value })}
                />
              )}
            </Field>
          </RowCard>
        );
      })}
      <AddButton id={addButtonId('experience')} label="Add experience" onClick={onAdd} />
    </Section>
  );
}

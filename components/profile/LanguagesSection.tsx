import { CEFR_LEVELS } from '../../lib/notice/schema';
import { CodeSelect } from '../shared/CodeSelect';
import { Field } from '../shared/Field';
import { AddButton, EmptyRows, RowCard, Section } from '../shared/Section';
import { languageLabel, languageOptions } from './code-names';
import { effectiveLevelOf, type LanguageRow } from './form-state';
import { FIELD_LABELS, SECTION_TITLES } from './labels';
import { addButtonId, fieldOf, type RowSectionProps } from './section-props';

const LABELS = FIELD_LABELS.languages;
const SKILLS = ['understanding', 'speaking', 'writing'] as const;

export function LanguagesSection({ rows, errors, onUpdate, onAdd, onRemove }: RowSectionProps<LanguageRow>) {
  const { eu, other } = languageOptions();
  return (
    <Section
      id="section-languages"
      title={SECTION_TITLES.languages}
      intro={
        <>
          Your own assessment on the{' '}
          <abbr title="Common European Framework of Reference for Languages">CEFR</abbr> scale, A1 to C2. EPSO
          counts the lowest of the three as your level in that language.
        </>
      }
    >
      {rows.length === 0 && <EmptyRows>No language yet.</EmptyRows>}
      {rows.map((row, index) => {
        const language = fieldOf(errors, 'languages', index, 'language');
        const effective = effectiveLevelOf(row);
        const effectiveId = `${fieldOf(errors, 'languages', index).id}-effective`;
        return (
          <RowCard
            key={row.key}
            id={`${fieldOf(errors, 'languages', index).id}-title`}
            title={`Language ${index + 1}`}
            detail={row.language ? languageLabel(row.language) : undefined}
            layout="language-grid"
            onRemove={() => onRemove(index)}
          >
            <Field id={language.id} label={LABELS.language} errors={language.errors}>
              {(control) => (
                <CodeSelect
                  control={control}
                  value={row.language}
                  placeholder="Choose a language…"
                  groups={[
                    { label: 'Official EU languages', options: eu },
                    { label: 'Other languages', options: other },
                  ]}
                  onChange={(language) => onUpdate(index, { language })}
                />
              )}
            </Field>
            {SKILLS.map((skill) => {
              const level = fieldOf(errors, 'languages', index, skill);
              return (
                <Field key={skill} id={level.id} label={LABELS[skill]} errors={level.errors}>
                  {(control) => (
                    <select
                      {...control}
                      value={row[skill]}
                      onChange={(event) =>
                        onUpdate(index, { [skill]: event.currentTarget.value as LanguageRow[typeof skill] })
                      }
                    >
                      <option value="">Level…</option>
                      {CEFR_LEVELS.map((value) => (
                        <option key={value} value={value}>
                          {value}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            })}
            <div class="effective-level">
              <span class="effective-label" id={`${effectiveId}-label`}>
                Effective level
              </span>
              <output id={effectiveId} aria-labelledby={`${effectiveId}-label`} class="level-badge">
                {effective ?? '—'}
              </output>
            </div>
          </RowCard>
        );
      })}
      <AddButton id={addButtonId('languages')} label="Add language" onClick={onAdd} />
    </Section>
  );
}

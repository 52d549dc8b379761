/**
 * The quick profile: five questions (nationality, diplomas, paid work, languages, CAST) with
 * one row ready in each, and one level per language (the lowest of understanding, speaking
 * and writing, which is what EPSO counts). Same state, same ids and same rules as the full
 * form on the options page, which shows everything else.
 */
import type { ComponentChildren } from 'preact';
import { CAST_FUNCTION_GROUPS, CAST_STATUSES } from '../../lib/profile';
import { CEFR_LEVELS, EDUCATION_LEVELS, type CefrLevel } from '../../lib/notice/schema';
import { CodeSelect } from '../shared/CodeSelect';
import { ChoiceField, Field, YES_NO } from '../shared/Field';
import { countryOptions, languageOptions } from './code-names';
import { effectiveLevelOf, fieldId, newRow, type ProfileFormState, type RowSection } from './form-state';
import type { FormUpdater } from './ProfileForm';
import { quickExperienceRow } from './quick-state';
import { CAST_STATUS_LABELS, EDUCATION_LEVEL_LABELS, FUNCTION_GROUP_LABELS } from './labels';

interface QuickProfileFormProps {
  value: ProfileFormState;
  errors: ReadonlyMap<string, string[]>;
  onChange: (update: FormUpdater) => void;
}

const STATUS_OPTIONS = CAST_STATUSES.map((value) => ({ value, label: CAST_STATUS_LABELS[value] }));

function errorsOf(errors: ReadonlyMap<string, string[]>, key: string) {
  return { id: fieldId(key), errors: errors.get(key) ?? [] };
}

export function QuickProfileForm({ value, errors, onChange }: QuickProfileFormProps) {
  function rows<S extends RowSection>(section: S) {
    type R = ProfileFormState[S][number];
    const set = (update: (rows: R[]) => R[]) =>
      onChange((previous) => ({ ...previous, [section]: update(previous[section] as R[]) }));
    return {
      update: (index: number, patch: Partial<R>) =>
        set((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row))),
      add: (row: R) => set((list) => [...list, row]),
      remove: (index: number) => set((list) => list.filter((_, i) => i !== index)),
    };
  }
  const nationalities = rows('nationalities');
  const diplomas = rows('diplomas');
  const experience = rows('experience');
  const languages = rows('languages');
  const cast = rows('cast');
  const countries = countryOptions();
  const langs = languageOptions();

  return (
    <div class="quick-form">
      <Question number={1} id="quick-nationality" title="Your nationality">
        {value.nationalities.map((row, index) => {
          const field = errorsOf(errors, `nationalities.${index}`);
          return (
            <div class="quick-row" key={row.key}>
              <Field
                id={field.id}
                label={index === 0 ? 'Nationality' : `Nationality ${index + 1}`}
                errors={field.errors}
              >
                {(control) => (
                  <CodeSelect
                    control={control}
                    value={row.code}
                    placeholder="Choose a country…"
                    groups={[
                      { label: 'EU member states', options: countries.eu },
                      { label: 'Other countries', options: countries.other },
                    ]}
                    onChange={(code) => nationalities.update(index, { code })}
                  />
                )}
              </Field>
              {index > 0 && (
                <RemoveButton
                  label={`nationality ${index + 1}`}
                  onClick={() => nationalities.remove(index)}
                />
              )}
            </div>
          );
        })}
        <AddLink label="Add another nationality" onClick={() => nationalities.add(newRow.nationalities())} />
      </Question>

      <Question
        number={2}
        id="quick-diplomas"
        title="Your diplomas"
        intro="Your highest diploma is enough to start. Add a secondary diploma too if you have one: some posts accept it with experience."
      >
        {value.diplomas.map((row, index) => {
          const level = errorsOf(errors, `diplomas.${index}.level`);
          const awarded = errorsOf(errors, `diplomas.${index}.awarded`);
          const recognised = errorsOf(errors, `diplomas.${index}.recognisedInEU`);
          const study = errorsOf(errors, `diplomas.${index}.field`);
          return (
            <div class="quick-card" key={row.key} role="group" aria-label={`Diploma ${index + 1}`}>
              <div class="quick-grid quick-grid-diploma">
                <Field id={level.id} label="Level" errors={level.errors}>
                  {(control) => (
                    <select
                      {...control}
                      value={row.level}
                      onChange={(event) =>
                        diplomas.update(index, { level: event.currentTarget.value as typeof row.level })
                      }
                    >
                      <option value="">Choose a level…</option>
                      {EDUCATION_LEVELS.map((option) => (
                        <option key={option} value={option}>
                          {EDUCATION_LEVEL_LABELS[option]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={awarded.id} label="Date awarded" errors={awarded.errors}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={row.awarded}
                      onInput={(event) => diplomas.update(index, { awarded: event.currentTarget.value })}
                    />
                  )}
                </Field>
                <ChoiceField
                  id={recognised.id}
                  label="Issued or recognised by an EU member state"
                  options={YES_NO}
                  value={row.recognisedInEU}
                  errors={recognised.errors}
                  onChange={(answer) => diplomas.update(index, { recognisedInEU: answer })}
                />
                <Field id={study.id} label="Field of study" errors={study.errors} optional>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      value={row.field}
                      onInput={(event) => diplomas.update(index, { field: event.currentTarget.value })}
                    />
                  )}
                </Field>
              </div>
              {value.diplomas.length > 1 && (
                <RemoveButton label={`diploma ${index + 1}`} onClick={() => diplomas.remove(index)} />
              )}
            </div>
          );
        })}
        <AddLink label="Add another diploma" onClick={() => diplomas.add(newRow.diplomas())} />
      </Question>

      <Question
        number={3}
        id="quick-experience"
        title="Your work since your first diploma"
        intro="One line per job. Leave it empty if you have none yet. Part-time work counts pro rata; unpaid work does not count."
      >
        {value.experience.map((row, index) => {
          const from = errorsOf(errors, `experience.${index}.from`);
          const to = errorsOf(errors, `experience.${index}.to`);
          const share = errorsOf(errors, `experience.${index}.fullTimeShare`);
          const paid = errorsOf(errors, `experience.${index}.paid`);
          return (
            <div class="quick-card" key={row.key} role="group" aria-label={`Job ${index + 1}`}>
              <div class="quick-grid quick-grid-job">
                <Field id={from.id} label="From" errors={from.errors}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={row.from}
                      onInput={(event) => experience.update(index, { from: event.currentTarget.value })}
                    />
                  )}
                </Field>
                <div class="field-stack">
                  <Field id={to.id} label="To" errors={to.errors}>
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        value={row.ongoing ? '' : row.to}
                        disabled={row.ongoing}
                        onInput={(event) => experience.update(index, { to: event.currentTarget.value })}
                      />
                    )}
                  </Field>
                  <label class="check" for={`${to.id}-ongoing`}>
                    <input
                      type="checkbox"
                      id={`${to.id}-ongoing`}
                      checked={row.ongoing}
                      onChange={(event) => experience.update(index, { ongoing: event.currentTarget.checked })}
                    />
                    <span>I still work there</span>
                  </label>
                </div>
                <Field id={share.id} label="Share of full time" errors={share.errors} hint="100 = full time">
                  {(control) => (
                    <span class="input-suffix">
                      <input
                        {...control}
                        type="text"
                        inputMode="decimal"
                        size={6}
                        value={row.fullTimePercent}
                        onInput={(event) =>
                          experience.update(index, { fullTimePercent: event.currentTarget.value })
                        }
                      />
                      <span aria-hidden="true">%</span>
                    </span>
                  )}
                </Field>
                <div class="field">
                  <span class="quick-label" aria-hidden="true">
                    Pay
                  </span>
                  <label class="check" for={paid.id}>
                    <input
                      type="checkbox"
                      id={paid.id}
                      checked={row.paid === 'yes'}
                      onChange={(event) =>
                        experience.update(index, { paid: event.currentTarget.checked ? 'yes' : 'no' })
                      }
                    />
                    <span>Paid work</span>
                  </label>
                </div>
              </div>
              {value.experience.length > 1 && (
                <RemoveButton label={`job ${index + 1}`} onClick={() => experience.remove(index)} />
              )}
            </div>
          );
        })}
        <AddLink label="Add another job" onClick={() => experience.add(quickExperienceRow())} />
      </Question>

      <Question
        number={4}
        id="quick-languages"
        title="Your languages"
        intro="For each language, the lowest of your understanding, speaking and writing (CEFR A1 to C2): that is the level EPSO counts."
      >
        {value.languages.map((row, index) => {
          const language = errorsOf(errors, `languages.${index}.language`);
          const levelKey = `languages.${index}.understanding`;
          const level = errorsOf(errors, levelKey);
          const levelErrors = [
            ...new Set([
              ...level.errors,
              ...(errors.get(`languages.${index}.speaking`) ?? []),
              ...(errors.get(`languages.${index}.writing`) ?? []),
            ]),
          ];
          const effective = effectiveLevelOf(row);
          const mixed =
            effective !== null && !(row.understanding === row.speaking && row.speaking === row.writing);
          return (
            <div class="quick-row" key={row.key}>
              <Field
                id={language.id}
                label={
                  index === 0 ? 'Main language' : index === 1 ? 'Second language' : `Language ${index + 1}`
                }
                errors={language.errors}
              >
                {(control) => (
                  <CodeSelect
                    control={control}
                    value={row.language}
                    placeholder="Choose a language…"
                    groups={[
                      { label: 'Official EU languages', options: langs.eu },
                      { label: 'Other languages', options: langs.other },
                    ]}
                    onChange={(code) => languages.update(index, { language: code })}
                  />
                )}
              </Field>
              <Field
                id={level.id}
                label="Level"
                errors={levelErrors}
                hint={
                  mixed
                    ? `Understanding ${row.understanding}, speaking ${row.speaking}, writing ${row.writing}.`
                    : undefined
                }
              >
                {(control) => (
                  <select
                    {...control}
                    value={effective ?? ''}
                    onChange={(event) => {
                      const next = event.currentTarget.value as CefrLevel | '';
                      languages.update(index, { understanding: next, speaking: next, writing: next });
                    }}
                  >
                    <option value="">Level…</option>
                    {CEFR_LEVELS.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {value.languages.length > 1 && (
                <RemoveButton label={`language ${index + 1}`} onClick={() => languages.remove(index)} />
              )}
            </div>
          );
        })}
        <AddLink label="Add another language" onClick={() => languages.add(newRow.languages())} />
      </Question>

      <Question
        number={5}
        id="quick-cast"
        title="EPSO CAST (contract-agent tests)"
        intro="Many contract-agent posts ask for a CAST registration or a passed test. Leave it empty if you have none."
      >
        {value.cast.map((row, index) => {
          const group = errorsOf(errors, `cast.${index}.functionGroup`);
          const status = errorsOf(errors, `cast.${index}.status`);
          return (
            <div class="quick-row" key={row.key}>
              <Field id={group.id} label="Function group" errors={group.errors}>
                {(control) => (
                  <select
                    {...control}
                    value={row.functionGroup}
                    onChange={(event) =>
                      cast.update(index, {
                        functionGroup: event.currentTarget.value as typeof row.functionGroup,
                      })
                    }
                  >
                    <option value="">None</option>
                    {CAST_FUNCTION_GROUPS.map((option) => (
                      <option key={option} value={option}>
                        {FUNCTION_GROUP_LABELS[option]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <ChoiceField
                id={status.id}
                label="Status"
                options={STATUS_OPTIONS}
                value={row.status}
                errors={status.errors}
                onChange={(next) => cast.update(index, { status: next })}
              />
              {value.cast.length > 1 && (
                <RemoveButton label={`CAST result ${index + 1}`} onClick={() => cast.remove(index)} />
              )}
            </div>
          );
        })}
        <AddLink label="Add another CAST result" onClick={() => cast.add(newRow.cast())} />
      </Question>
    </div>
  );
}

function Question({
  number,
  id,
  title,
  intro,
  children,
}: {
  number: number;
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="section quick-question" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span class="quick-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

function AddLink({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="button button-link" onClick={onClick}>
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="button button-quiet" aria-label={`Remove ${label}`} onClick={onClick}>
      Remove
    </button>
  );
}

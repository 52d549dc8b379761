/**
 * The profile's sections. Props in, markup out: the state lives in the page, which passes
 * the errors to show (none until the first save attempt).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EuStaffStatus } from '../../lib/profile';
import { CastSection } from './CastSection';
import { DiplomasSection } from './DiplomasSection';
import { ExperienceSection } from './ExperienceSection';
import { fieldId, newRow, type ProfileFormState, type RowSection, type SecurityState } from './form-state';
import { LanguagesSection } from './LanguagesSection';
import { NationalitiesSection } from './NationalitiesSection';
import { SecuritySection } from './SecuritySection';
import { addButtonId, type RowSectionProps } from './section-props';
import { StaffStatusSection } from './StaffStatusSection';

export type FormUpdater = (previous: ProfileFormState) => ProfileFormState;

interface ProfileFormProps {
  value: ProfileFormState;
  /** Messages per field key (see `errorsByField`). */
  errors: ReadonlyMap<string, string[]>;
  onChange: (update: FormUpdater) => void;
}

/** The control a new row's focus goes to. */
const FIRST_FIELD: Record<RowSection, string | null> = {
  nationalities: null,
  diplomas: 'level',
  experience: 'from',
  languages: 'language',
  cast: 'functionGroup',
};

export function ProfileForm({ value, errors, onChange }: ProfileFormProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  // After adding a row, focus its first control; after removing one, the section's add button.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    rootRef.current?.ownerDocument.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  function rowProps<S extends RowSection>(section: S): RowSectionProps<ProfileFormState[S][number]> {
    type R = ProfileFormState[S][number];
    const setRows = (update: (rows: R[]) => R[]) =>
      onChange((previous) => ({ ...previous, [section]: update(previous[section] as R[]) }));
    return {
      rows: value[section],
      errors,
      onUpdate: (index, patch) =>
        setRows((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row))),
      onAdd: () => {
        const index = value[section].length;
        setRows((rows) => [...rows, newRow[section]() as R]);
        const first = FIRST_FIELD[section];
        setFocusId(fieldId(first === null ? `${section}.${index}` : `${section}.${index}.${first}`));
      },
      onRemove: (index) => {
        setRows((rows) => rows.filter((_, i) => i !== index));
        setFocusId(addButtonId(section));
      },
    };
  }

  return (
    <div class="profile-form" ref={rootRef}>
      <NationalitiesSection {...rowProps('nationalities')} />
      <DiplomasSection {...rowProps('diplomas')} />
      <ExperienceSection {...rowProps('experience')} />
      <LanguagesSection {...rowProps('languages')} />
      <CastSection {...rowProps('cast')} />
      <SecuritySection
        value={value.security}
        errors={errors}
        onChange={(patch: Partial<SecurityState>) =>
          onChange((previous) => ({ ...previous, security: { ...previous.security, ...patch } }))
        }
      />
      <StaffStatusSection
        value={value.euStaffStatus}
        errors={errors}
        onChange={(euStaffStatus: EuStaffStatus) => onChange((previous) => ({ ...previous, euStaffStatus }))}
      />
    </div>
  );
}

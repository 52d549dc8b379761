import { EU_STAFF_STATUSES, type EuStaffStatus } from '../../lib/profile';
import { ChoiceField } from '../shared/Field';
import { Section } from '../shared/Section';
import { fieldId } from './form-state';
import { EU_STAFF_STATUS_LABELS, SECTION_TITLES } from './labels';

const OPTIONS = EU_STAFF_STATUSES.map((value) => ({ value, label: EU_STAFF_STATUS_LABELS[value] }));

interface StaffStatusSectionProps {
  value: EuStaffStatus;
  errors: ReadonlyMap<string, string[]>;
  onChange: (value: EuStaffStatus) => void;
}

export function StaffStatusSection({ value, errors, onChange }: StaffStatusSectionProps) {
  return (
    <Section
      id="section-staff"
      title={SECTION_TITLES.euStaffStatus}
      intro="Internal and inter-agency posts are open only to people already working for the EU."
    >
      <ChoiceField
        id={fieldId('euStaffStatus')}
        label="Your current status"
        options={OPTIONS}
        value={value}
        errors={errors.get('euStaffStatus') ?? []}
        class="stacked"
        onChange={onChange}
      />
    </Section>
  );
}

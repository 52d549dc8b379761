/** When to be reminded before each deadline: the user's choice of offsets. */
import { useState } from 'preact/hooks';
import type { ReminderOffset } from '../../lib/db/records';

export const REMINDER_CHOICES: ReminderOffset[] = [
  { amount: 14, unit: 'days' },
  { amount: 7, unit: 'days' },
  { amount: 3, unit: 'days' },
  { amount: 1, unit: 'days' },
  { amount: 12, unit: 'hours' },
  { amount: 3, unit: 'hours' },
  { amount: 1, unit: 'hours' },
];

const key = (o: ReminderOffset) => `${o.amount}${o.unit}`;
const label = (o: ReminderOffset) =>
  `${o.amount} ${o.amount === 1 ? o.unit.replace(/s$/, '') : o.unit} before`;

export interface ReminderSettingsProps {
  initial: readonly ReminderOffset[];
  onChange: (offsets: ReminderOffset[]) => Promise<void>;
}

export function ReminderSettings({ initial, onChange }: ReminderSettingsProps) {
  const [chosen, setChosen] = useState(new Set(initial.map(key)));
  const [status, setStatus] = useState('');
  return (
    <section class="section" aria-labelledby="vl-reminders-title">
      <h2 id="vl-reminders-title">Reminders</h2>
      <fieldset>
        <legend>Notify me before each deadline (notices you have not applied to yet)</legend>
        {REMINDER_CHOICES.map((o) => (
          <label key={key(o)} class="reminder-choice">
            <input
              type="checkbox"
              checked={chosen.has(key(o))}
              onChange={async (e) => {
                const next = new Set(chosen);
                if (e.currentTarget.checked) next.add(key(o));
                else next.delete(key(o));
                setChosen(next);
                await onChange(REMINDER_CHOICES.filter((c) => next.has(key(c))));
                setStatus(next.size ? 'Reminders updated.' : 'Reminders are off.');
              }}
            />{' '}
            {label(o)}
          </label>
        ))}
      </fieldset>
      <p role="status">{status}</p>
    </section>
  );
}

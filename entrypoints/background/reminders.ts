/**
 * Deadline reminders: alarms computed from the tracker (lib/tracker), rebuilt on
 * browser start, on install and after every change — so none is lost when the
 * service worker sleeps or the browser restarts — and shown as notifications.
 */
import { browser } from 'wxt/browser';
import { listTracked, type VacancyDb } from '../../lib/db';
import { z } from 'zod';
import { reminderOffsetSchema } from '../../lib/db/records';
import { reminderSchedule, stripBidiControls } from '../../lib/tracker';

const PREFIX = 'reminder:';

export async function rescheduleReminders(db: VacancyDb): Promise<number> {
  const { value: records } = await listTracked(db);
  const stored = (await browser.storage.local.get('reminderOffsets')).reminderOffsets;
  const parsed = z.array(reminderOffsetSchema).safeParse(stored);
  const reminders = reminderSchedule(records, parsed.success ? parsed.data : undefined, new Date());
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((a) => a.name.startsWith(PREFIX)).map((a) => browser.alarms.clear(a.name)),
  );
  const labels: Record<string, string> = {};
  for (const r of reminders) {
    browser.alarms.create(`${PREFIX}${r.id}`, { when: r.fireAt });
    labels[r.id] = stripBidiControls(r.label);
  }
  // The label travels with the alarm name through a restart.
  await browser.storage.local.set({ reminderLabels: labels });
  return reminders.length;
}

export async function notifyReminder(alarmName: string): Promise<void> {
  if (!alarmName.startsWith(PREFIX)) return;
  const id = alarmName.slice(PREFIX.length);
  const labels = ((await browser.storage.local.get('reminderLabels')).reminderLabels ?? {}) as Record<
    string,
    string
  >;
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Vacancy Lens — deadline reminder',
    // Notice titles reach the system's notification as plain text: no bidi controls (lib/tracker/bidi.ts).
    message: stripBidiControls(labels[id] ?? 'A notice you saved closes soon.'),
    priority: 2,
  });
}

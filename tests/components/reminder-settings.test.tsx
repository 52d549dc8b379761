// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderSettings } from '../../components/tracker/ReminderSettings';
import { DEFAULT_REMINDER_OFFSETS } from '../../lib/tracker';

afterEach(cleanup);

describe('ReminderSettings', () => {
  it('starts from the given offsets and reports the new choice', async () => {
    const onChange = vi.fn(async () => undefined);
    render(<ReminderSettings initial={DEFAULT_REMINDER_OFFSETS} onChange={onChange} />);
    expect((screen.getByLabelText('7 days before') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('1 day before') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('3 hours before') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('14 days before') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('14 days before'));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange).toHaveBeenLastCalledWith([
      { amount: 14, unit: 'days' },
      { amount: 7, unit: 'days' },
      { amount: 1, unit: 'days' },
      { amount: 3, unit: 'hours' },
    ]);
    await screen.findByText('Reminders updated.');
  });

  it('says when every reminder is off', async () => {
    const onChange = vi.fn(async () => undefined);
    render(<ReminderSettings initial={[{ amount: 1, unit: 'days' }]} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('1 day before'));
    await screen.findByText('Reminders are off.');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

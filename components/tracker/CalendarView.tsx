/**
 * The calendar: a month of deadlines, reminders and the dates of each step (saved, applied,
 * interview…), each on its day in the user's zone; a deadline that falls on another day in
 * Brussels says so. A table (days as cells) with the same events listed by day underneath
 * for screen readers and small screens. Pure: props in, markup out.
 */
import { useMemo } from 'preact/hooks';
import type { ReminderOffset, TrackedNotice } from '../../lib/db';
import {
  calendarEvents,
  dayKey,
  dayTitle,
  eventsByDay,
  monthGrid,
  monthOf,
  monthTitle,
  shiftMonth,
  type CalendarEvent,
  type MonthKey,
} from '../../lib/tracker/views';
import { clip } from '../notice/evidence';

export interface CalendarViewProps {
  records: readonly TrackedNotice[];
  userZone: string;
  nowMs: number;
  defaultOffsets: readonly ReminderOffset[];
  month: MonthKey | null;
  onMonth: (month: MonthKey) => void;
  onOpen: (id: string) => void;
}

const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

/** A marker drawn in CSS (a square, a ring, a dot): no font is needed for it. */
function Marker({ kind }: { kind: CalendarEvent['kind'] }) {
  return <span class={`calendar-marker calendar-marker--${kind}`} aria-hidden="true" />;
}

export function CalendarView(props: CalendarViewProps) {
  const { records, userZone, nowMs } = props;
  const today = dayKey(nowMs, userZone);
  const month = props.month ?? monthOf(today);
  const events = useMemo(
    () => calendarEvents(records, userZone, props.defaultOffsets, new Date(nowMs)),
    [records, userZone, props.defaultOffsets, nowMs],
  );
  const byDay = useMemo(() => eventsByDay(events), [events]);
  const weeks = monthGrid(month);
  const inMonth = events.filter((e) => monthOf(e.day) === month);
  const title = monthTitle(month);

  return (
    <div class="tracker-calendar">
      <div class="tracker-calendar__nav">
        <button
          type="button"
          class="button button-secondary"
          onClick={() => props.onMonth(shiftMonth(month, -1))}
        >
          <span aria-hidden="true">← </span>
          {monthTitle(shiftMonth(month, -1))}
        </button>
        <h3 id="calendar-title" class="tracker-calendar__title" aria-live="polite">
          {title}
        </h3>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => props.onMonth(shiftMonth(month, 1))}
        >
          {monthTitle(shiftMonth(month, 1))}
          <span aria-hidden="true"> →</span>
        </button>
        {month !== monthOf(today) && (
          <button type="button" class="button button-secondary" onClick={() => props.onMonth(monthOf(today))}>
            This month
          </button>
        )}
      </div>
      <p class="hint">
        Days in your time zone ({userZone}). <Marker kind="deadline" /> deadline, <Marker kind="reminder" />{' '}
        reminder, <Marker kind="step" /> a step of your application.
      </p>
      <table class="calendar-grid" aria-labelledby="calendar-title">
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day === null ? (
                  <td key={d} class="calendar-day calendar-day--outside" />
                ) : (
                  <td
                    key={day}
                    class={`calendar-day${day === today ? ' calendar-day--today' : ''}`}
                    data-day={day}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <span class="calendar-day__number">
                      <span class="visually-hidden">{dayTitle(day)}</span>
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                    </span>
                    <ul class="calendar-day__events">
                      {(byDay.get(day) ?? []).map((event, i) => (
                        <li key={i}>
                          <EventButton event={event} onOpen={props.onOpen} compact />
                        </li>
                      ))}
                    </ul>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <details class="calendar-agenda">
        <summary>
          {title} as a list ({inMonth.length} date{inMonth.length === 1 ? '' : 's'})
        </summary>
        {inMonth.length === 0 ? (
          <p>Nothing this month.</p>
        ) : (
          <ul>
            {inMonth.map((event, i) => (
              <li key={i}>
                <strong>{dayTitle(event.day)}</strong>: <EventButton event={event} onOpen={props.onOpen} />
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}

function EventButton({
  event,
  onOpen,
  compact = false,
}: {
  event: CalendarEvent;
  onOpen: (id: string) => void;
  compact?: boolean;
}) {
  const otherDay = event.kind === 'deadline' && event.brusselsDay !== event.day;
  return (
    <button
      type="button"
      class={`calendar-event calendar-event--${event.kind}${event.kind === 'deadline' ? ` calendar-event--${event.status}` : ''}`}
      onClick={() => onOpen(event.recordId)}
    >
      <Marker kind={event.kind} /> <span class="calendar-event__time">{event.time}</span> {event.label}:{' '}
      <bdi class="calendar-event__title">{clip(event.title, compact ? 40 : 120)}</bdi>
      {event.kind === 'deadline' && (
        <span class={otherDay ? 'calendar-event__brussels' : 'visually-hidden'}>
          {' '}
          ({otherDay ? `${dayTitle(event.brusselsDay!).replace(/ \d{4}$/, '')}, ` : ''}
          {event.brusselsTime} Brussels)
        </span>
      )}
    </button>
  );
}

/**
 * The board: one column per status, one card per notice. A card moves by drag and drop, by the
 * arrow keys (← → to the nearest column its status may change to) or by its "Move to" list;
 * every move is checked against the allowed status changes (lib/tracker/status.ts) before it
 * is sent, and the store checks it again. Pure: props in, markup out.
 */
import { useRef, useState } from 'preact/hooks';
import type { TrackedNotice, TrackedStatus } from '../../lib/db';
import type { Overall } from '../../lib/eligibility/types';
import { VERDICT_LABELS } from '../../lib/notice/labels';
import { countdown } from '../../lib/time/format';
import { ALLOWED_STATUS_CHANGES, deadlineMs, displayTitle, STATUS_LABELS } from '../../lib/tracker';
import { adjacentMove, BOARD_COLUMNS, canDrop, deadlineTone, groupByStatus } from '../../lib/tracker/views';
import { clip } from '../notice/evidence';
import { shortInstant } from './format';
import { VERDICT_ICONS } from './TableView';

export interface BoardViewProps {
  records: readonly TrackedNotice[];
  verdictOf: (record: TrackedNotice) => Overall | null;
  nowMs: number;
  userZone: string;
  /** Resolves to null when saved, or to the reason it was not. */
  onMove: (id: string, status: TrackedStatus) => Promise<string | null>;
  onOpen: (id: string) => void;
}

const DRAG_TYPE = 'application/x-vacancy-lens-notice';

export function BoardView(props: BoardViewProps) {
  const { records, nowMs, userZone } = props;
  const groups = groupByStatus(records);
  const [dragging, setDragging] = useState<TrackedNotice | null>(null);
  const [over, setOver] = useState<TrackedStatus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const board = useRef<HTMLDivElement>(null);

  async function move(record: TrackedNotice, to: TrackedStatus) {
    setOpenMenu(null);
    if (!canDrop(record.status, to)) {
      setError(
        `“${clip(displayTitle(record), 80)}” cannot move from ${STATUS_LABELS[record.status]} to ${STATUS_LABELS[to]}.`,
      );
      return;
    }
    const reason = await props.onMove(record.id, to);
    if (reason === null) {
      setError(null);
      setAnnouncement(`Moved “${clip(displayTitle(record), 80)}” to ${STATUS_LABELS[to]}.`);
      // Keep the keyboard where the card went.
      requestAnimationFrame(() =>
        board.current?.querySelector<HTMLElement>(`[data-card="${CSS.escape(record.id)}"]`)?.focus(),
      );
    } else setError(reason);
  }

  function onKey(event: KeyboardEvent, record: TrackedNotice) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    const to = adjacentMove(record.status, event.key === 'ArrowLeft' ? -1 : 1);
    if (to === null) {
      setError(
        `“${clip(displayTitle(record), 80)}” cannot move further that way from ${STATUS_LABELS[record.status]}.`,
      );
      return;
    }
    void move(record, to);
  }

  return (
    <div class="tracker-board-wrap">
      <p id="board-help" class="hint">
        Drag a card to another column, or focus a card and press ← or → to move it to the nearest column its
        status can change to. “Move to” lists every allowed change.
      </p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {error !== null && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      <div class="tracker-board" ref={board}>
        {BOARD_COLUMNS.map((status) => {
          const allowed = dragging !== null && canDrop(dragging.status, status);
          const forbidden = dragging !== null && dragging.status !== status && !allowed;
          return (
            <section
              key={status}
              class={`board-column board-column--${status}${over === status && allowed ? ' board-column--over' : ''}${forbidden ? ' board-column--forbidden' : ''}`}
              aria-labelledby={`board-col-${status}`}
              data-status={status}
              onDragOver={(event) => {
                if (!allowed) return;
                event.preventDefault();
                if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
                setOver(status);
              }}
              onDragLeave={() => setOver((current) => (current === status ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                let id = dragging?.id;
                try {
                  id = event.dataTransfer?.getData(DRAG_TYPE) || id;
                } catch {
                  // As above.
                }
                const record = records.find((r) => r.id === id);
                setDragging(null);
                if (record && record.status !== status) void move(record, status);
              }}
            >
              <h3 id={`board-col-${status}`} class="board-column__title">
                {STATUS_LABELS[status]} <span class="board-column__count">({groups[status].length})</span>
              </h3>
              <ul class="board-column__cards">
                {groups[status].map((record) => (
                  <BoardCard
                    key={record.id}
                    record={record}
                    verdict={props.verdictOf(record)}
                    nowMs={nowMs}
                    userZone={userZone}
                    menuOpen={openMenu === record.id}
                    onMenu={() => setOpenMenu(openMenu === record.id ? null : record.id)}
                    onMove={(to) => void move(record, to)}
                    onOpen={() => props.onOpen(record.id)}
                    onKeyDown={(event) => onKey(event, record)}
                    onDragStart={(event) => {
                      setDragging(record);
                      try {
                        event.dataTransfer?.setData(DRAG_TYPE, record.id);
                        event.dataTransfer?.setData('text/plain', displayTitle(record));
                        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                      } catch {
                        // No data transfer (a synthetic event): the state above is enough here.
                      }
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}

interface BoardCardProps {
  record: TrackedNotice;
  verdict: Overall | null;
  nowMs: number;
  userZone: string;
  menuOpen: boolean;
  onMenu: () => void;
  onMove: (to: TrackedStatus) => void;
  onOpen: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
}

function BoardCard(props: BoardCardProps) {
  const { record, verdict, nowMs, userZone } = props;
  const title = clip(displayTitle(record), 90);
  const ms = deadlineMs(record);
  const tone = deadlineTone(record, nowMs);
  const titleId = `card-title-${record.id}`;
  return (
    <li class="board-card-item">
      <div
        class="board-card"
        tabIndex={0}
        draggable
        data-card={record.id}
        aria-labelledby={titleId}
        aria-describedby="board-help"
        onKeyDown={props.onKeyDown}
        onDragStart={props.onDragStart}
        onDragEnd={props.onDragEnd}
      >
        <p id={titleId} class="board-card__title">
          <bdi>{title}</bdi>
          <span class="visually-hidden">, {STATUS_LABELS[record.status]}</span>
        </p>
        <p class="board-card__meta">
          {ms === null ? (
            'No deadline'
          ) : (
            <>
              {shortInstant(ms, userZone)}{' '}
              <span class={`time-left time-left--${tone}`}>{countdown(ms, nowMs).text}</span>
            </>
          )}
        </p>
        {verdict !== null && (
          <p class={`board-card__verdict verdict-pill verdict-pill--${verdict}`}>
            <span aria-hidden="true">{VERDICT_ICONS[verdict]} </span>
            {VERDICT_LABELS[verdict]}
          </p>
        )}
        <div class="board-card__actions">
          <button type="button" class="link-button" onClick={props.onOpen}>
            Details<span class="visually-hidden"> of “{title}”</span>
          </button>
          <button type="button" class="link-button" aria-expanded={props.menuOpen} onClick={props.onMenu}>
            Move to…<span class="visually-hidden"> (“{title}”)</span>
          </button>
        </div>
        {props.menuOpen && (
          <ul class="board-card__menu" aria-label={`Move “${title}” to`}>
            {ALLOWED_STATUS_CHANGES[record.status].map((to) => (
              <li key={to}>
                <button type="button" class="button button-secondary" onClick={() => props.onMove(to)}>
                  {STATUS_LABELS[to]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

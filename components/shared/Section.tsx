import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

/** A titled part of the form; the heading names the region for screen readers. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

interface RowCardProps {
  /** Unique id for the title, which names the group. */
  id: string;
  /** "Diploma 2": the title, and the remove button's accessible name. */
  title: string;
  /** Optional detail for the remove button, e.g. "Portugal". */
  detail?: string;
  /** Extra class for the fields' grid, e.g. "cols-4". */
  layout?: string;
  onRemove: () => void;
  children: ComponentChildren;
}

/** One repeated entry (a diploma, a job…): a named group with its own remove button. */
export function RowCard({ id, title, detail, layout, onRemove, children }: RowCardProps) {
  return (
    <div class="row-card" role="group" aria-labelledby={id}>
      <div class="row-head">
        <h3 id={id} class="row-title">
          {title}
        </h3>
        <button
          type="button"
          class="button button-quiet"
          aria-label={`Remove ${title.toLowerCase()}${detail ? ` (${detail})` : ''}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
      <div class={['row-fields', layout].filter(Boolean).join(' ')}>{children}</div>
    </div>
  );
}

interface AddButtonProps {
  id: string;
  label: string;
  onClick: () => void;
}

export function AddButton({ id, label, onClick }: AddButtonProps) {
  return (
    <button type="button" id={id} class="button button-secondary add-row" onClick={onClick}>
      <span aria-hidden="true">+</span>
      {label}
    </button>
  );
}

export function EmptyRows({ children }: { children: ComponentChildren }) {
  return <p class="empty-rows">{children}</p>;
}

import { h, type ComponentChildren } from 'preact';

export type HeadingLevel = 1 | 2 | 3 | 4;

/** A heading whose level the caller picks: the card sits inside a page, the popup is the page. */
export function Heading({
  level,
  class: className,
  id,
  children,
}: {
  level: HeadingLevel;
  class?: string;
  id?: string;
  children: ComponentChildren;
}) {
  return h(`h${level}`, { class: className, id }, children);
}

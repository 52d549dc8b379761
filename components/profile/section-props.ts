import { fieldId, type RowSection } from './form-state';

/** What every repeated-rows section receives from the form. */
export interface RowSectionProps<R> {
  rows: readonly R[];
  errors: ReadonlyMap<string, string[]>;
  onUpdate: (index: number, patch: Partial<R>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** Id and messages of one field of one row: `fieldOf(errors, 'diplomas', 0, 'level')`. */
export function fieldOf(
  errors: ReadonlyMap<string, string[]>,
  section: RowSection,
  index: number,
  name?: string,
): { id: string; errors: string[] } {
  const key = name === undefined ? `${section}.${index}` : `${section}.${index}.${name}`;
  return { id: fieldId(key), errors: errors.get(key) ?? [] };
}

export function addButtonId(section: string): string {
  return `add-${section}`;
}

/** What the viewer's bar shows about the open document (filled from pdf.js's PDFViewer). */
export interface FindStatus {
  query: string;
  state: 'idle' | 'pending' | 'found' | 'not-found' | 'wrapped';
  current: number;
  total: number;
}

export interface ViewState {
  page: number;
  pages: number;
  /** The zoom as a percentage (rounded). */
  percent: number;
  /** 'auto' | 'page-width' | 'page-fit' | 'page-actual' | a number as text. */
  scaleValue: string;
  find: FindStatus;
}

export const IDLE_FIND: FindStatus = { query: '', state: 'idle', current: 0, total: 0 };

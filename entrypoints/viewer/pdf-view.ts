/**
 * The pages, on pdf.js's own viewer components: PDFViewer (pages rendered lazily as they come
 * into view, text layer for selection), EventBus, PDFLinkService (links inside the PDF) and
 * PDFFindController (find). On top of it: the evidence highlight (boxes placed by text offsets,
 * see lib/pdf/evidence-boxes.ts) and printing. DOM work, so it lives with the viewer entrypoint.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { BrowserPdfjs, BrowserPdfViewer } from '../../lib/pdf/browser';
import type { Box } from '../../lib/pdf/evidence-boxes';
import { IDLE_FIND, type FindStatus, type ViewState } from '../../components/viewer/view-state';

const FIND_STATES: FindStatus['state'][] = ['found', 'not-found', 'wrapped', 'pending'];

interface Shown {
  page: number;
  boxes: Box[];
  /** The page's size at scale 1, in the same space as the boxes. */
  width: number;
  height: number;
}

export class PdfView {
  readonly eventBus: InstanceType<BrowserPdfViewer['EventBus']>;
  readonly viewer: InstanceType<BrowserPdfViewer['PDFViewer']>;
  private readonly linkService: InstanceType<BrowserPdfViewer['PDFLinkService']>;
  private doc: PDFDocumentProxy | null = null;
  private shown: Shown | null = null;
  private findStatus: FindStatus = IDLE_FIND;

  constructor(
    private readonly pdfjs: BrowserPdfjs,
    lib: BrowserPdfViewer,
    readonly container: HTMLDivElement,
    private readonly onChange: (state: ViewState) => void,
  ) {
    this.eventBus = new lib.EventBus();
    // Links inside the PDF open in a new tab: never in this frame, never with our origin as referrer.
    this.linkService = new lib.PDFLinkService({
      eventBus: this.eventBus,
      externalLinkTarget: lib.LinkTarget.BLANK,
      externalLinkRel: 'noopener noreferrer nofollow',
    });
    const findController = new lib.PDFFindController({
      eventBus: this.eventBus,
      linkService: this.linkService,
      updateMatchesCountOnProgress: true,
    });
    this.viewer = new lib.PDFViewer({
      container,
      viewer: container.firstElementChild as HTMLDivElement,
      eventBus: this.eventBus,
      linkService: this.linkService,
      findController,
      textLayerMode: 1, // TextLayerMode.ENABLE: selection and find
      annotationMode: pdfjs.AnnotationMode.ENABLE, // links shown, forms not editable
      removePageBorders: false,
    });
    this.linkService.setViewer(this.viewer);
    // PDFViewer does not rescale when its container changes size (pdf.js's own app does it on
    // window resize): the card appearing, collapsing, or the window narrowing re-fits the pages. In
    // the observer itself, after layout and before paint: the first frame that shows the card shows
    // the pages fitted beside it (a frame later, the pages laid out for the whole width would show
    // under the card until the viewer next paints, up to a second while pdf.js renders).
    let lastWidth = 0;
    new ResizeObserver(() => {
      const width = container.clientWidth;
      const preset = this.viewer.currentScaleValue;
      if (!this.doc || width === lastWidth) return;
      lastWidth = width;
      if (preset === 'auto' || preset === 'page-width' || preset === 'page-fit')
        this.viewer.currentScaleValue = preset;
    }).observe(container);

    const changed = () => this.onChange(this.state());
    this.eventBus.on('pagesinit', () => {
      this.viewer.currentScaleValue = 'auto';
      changed();
    });
    this.eventBus.on('pagechanging', changed);
    this.eventBus.on('scalechanging', changed);
    const repaint = ({ pageNumber }: { pageNumber: number }) => {
      if (this.shown?.page === pageNumber) this.paint();
    };
    // A page view drops everything it did not create when it is reset (zoom, or pages far away
    // being freed): the highlight is put back each time the page is drawn again.
    this.eventBus.on('pagerendered', repaint);
    this.eventBus.on('textlayerrendered', repaint);
    this.eventBus.on(
      'updatefindmatchescount',
      ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
        this.findStatus = { ...this.findStatus, current: matchesCount.current, total: matchesCount.total };
        changed();
      },
    );
    this.eventBus.on(
      'updatefindcontrolstate',
      ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
        this.findStatus = {
          ...this.findStatus,
          state: FIND_STATES[state] ?? 'pending',
          current: matchesCount?.current ?? 0,
          total: matchesCount?.total ?? 0,
        };
        changed();
      },
    );
  }

  state(): ViewState {
    return {
      page: this.viewer.currentPageNumber || 1,
      pages: this.viewer.pagesCount,
      percent: Math.round((this.viewer.currentScale || 1) * 100),
      scaleValue: this.viewer.currentScaleValue || 'auto',
      find: this.findStatus,
    };
  }

  open(doc: PDFDocumentProxy) {
    this.doc = doc;
    this.shown = null;
    this.findStatus = IDLE_FIND;
    this.viewer.setDocument(doc);
    this.linkService.setDocument(doc, null);
  }

  /** Empties the view (another file is opened, or this one turned out to be unreadable). */
  close() {
    if (!this.doc) return;
    const doc = this.doc;
    this.doc = null;
    this.shown = null;
    this.viewer.setDocument(null as unknown as PDFDocumentProxy);
    this.linkService.setDocument(null, null);
    void doc.destroy();
  }

  get document(): PDFDocumentProxy | null {
    return this.doc;
  }

  goToPage(n: number) {
    if (!this.doc) return;
    this.viewer.currentPageNumber = Math.min(Math.max(1, Math.round(n)), this.viewer.pagesCount);
  }

  nextPage() {
    this.viewer.nextPage();
  }

  previousPage() {
    this.viewer.previousPage();
  }

  zoomIn() {
    this.viewer.increaseScale();
  }

  zoomOut() {
    this.viewer.decreaseScale();
  }

  setScale(value: string) {
    this.viewer.currentScaleValue = value;
  }

  find(query: string, opts: { again?: boolean; previous?: boolean } = {}) {
    this.findStatus = { ...this.findStatus, query, state: query ? 'pending' : 'idle' };
    if (!query) {
      this.closeFind();
      return;
    }
    this.eventBus.dispatch('find', {
      source: this,
      type: opts.again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: Boolean(opts.previous),
      matchDiacritics: false,
    });
  }

  closeFind() {
    this.findStatus = IDLE_FIND;
    this.eventBus.dispatch('findbarclose', { source: this });
    this.onChange(this.state());
  }

  /**
   * Highlights `boxes` on `page` and scrolls the pages (only the pages: the card beside them
   * stays where it is) so that the first box is in view, a third of the way down.
   */
  async showEvidence(page: number, boxes: Box[]): Promise<boolean> {
    const doc = this.doc;
    if (!doc || page < 1 || page > doc.numPages || boxes.length === 0) return false;
    const { width, height } = (await doc.getPage(page)).getViewport({ scale: 1 });
    if (doc !== this.doc) return false;
    this.shown = { page, boxes, width, height };
    const layer = this.paint();
    if (!layer) return false;
    const first = boxes[0];
    const rect = layer.getBoundingClientRect();
    const box = this.container.getBoundingClientRect();
    const y = this.container.scrollTop + rect.top - box.top + (first.y / height) * rect.height;
    const x0 = this.container.scrollLeft + rect.left - box.left + (first.x / width) * rect.width;
    const x1 = x0 + (first.width / width) * rect.width;
    const left =
      x0 < this.container.scrollLeft || x1 > this.container.scrollLeft + this.container.clientWidth
        ? Math.max(0, x0 - 24)
        : this.container.scrollLeft;
    this.container.scrollTo({ top: Math.max(0, y - this.container.clientHeight / 3), left });
    return true;
  }

  clearEvidence() {
    this.shown = null;
    for (const el of this.container.querySelectorAll('.vl-ev-layer')) el.remove();
  }

  /** Puts the highlight of `shown` on its page view (again); the layer, or null. */
  private paint(): HTMLElement | null {
    for (const el of this.container.querySelectorAll('.vl-ev-layer')) el.remove();
    const shown = this.shown;
    if (!shown) return null;
    const view = this.viewer.getPageView(shown.page - 1) as { div?: HTMLDivElement } | undefined;
    if (!view?.div) return null;
    const layer = document.createElement('div');
    layer.className = 'vl-ev-layer';
    layer.setAttribute('aria-hidden', 'true');
    const pad = 1.5; // points around the text, so the mark is not flush with the glyphs
    for (const b of shown.boxes) {
      const mark = document.createElement('div');
      mark.className = 'vl-ev-box';
      mark.style.left = `${((b.x - pad) / shown.width) * 100}%`;
      mark.style.top = `${((b.y - pad) / shown.height) * 100}%`;
      mark.style.width = `${((b.width + 2 * pad) / shown.width) * 100}%`;
      mark.style.height = `${((b.height + 2 * pad) / shown.height) * 100}%`;
      layer.append(mark);
    }
    view.div.append(layer);
    return layer;
  }

  /**
   * Renders every page for printing (150 dpi images) into `into`, in page order. The caller
   * prints the document (print CSS shows only `into`) and empties it afterwards.
   */
  async renderForPrint(into: HTMLElement, onPage: (done: number, total: number) => void): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    into.replaceChildren();
    const scale = 150 / 72;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({
        canvas,
        viewport,
        intent: 'print',
        annotationMode: this.pdfjs.AnnotationMode.ENABLE_STORAGE,
      }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
      const img = document.createElement('img');
      img.alt = `Page ${n}`;
      if (blob) img.src = URL.createObjectURL(blob);
      // Printed at the page's own size (points → CSS inches).
      img.style.width = `${viewport.width / scale / 72}in`;
      into.append(img);
      page.cleanup();
      onPage(n, doc.numPages);
    }
    await Promise.all(
      [...into.querySelectorAll('img')].map((img) => (img.complete ? null : img.decode().catch(() => null))),
    );
  }
}

/** Who may send which message to the background (lib/messages.ts). */
import { describe, expect, it } from 'vitest';
import {
  TEXT_PART_CHARS,
  isExtensionPage,
  parseRequest,
  requestSchema,
  senderAllowed,
  senderKind,
} from '../../lib/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content = { id: ID, url: 'https://ec.europa.eu/jobs', tab: { id: 4 }, frameId: 0 };
const card = { id: ID, url: `${ORIGIN}card.html`, tab: { id: 4 }, frameId: 3 };
const popup = { id: ID, url: `${ORIGIN}popup.html` };

describe('senderKind', () => {
  it('tells content scripts from extension pages, and refuses other extensions', () => {
    expect(senderKind(content, ID, ORIGIN)).toBe('content');
    expect(senderKind(card, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(popup, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ ...content, id: 'other' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('a framed card page with a per-session address is still an extension page', () => {
    const dynamic = { ...card, url: 'chrome-extension://0f2c4b9e-1111-2222-3333-444455556666/card.html' };
    expect(senderKind(dynamic, ID, ORIGIN)).toBe('extension-page');
    expect(isExtensionPage(dynamic.url, ORIGIN, '/card.html')).toBe(true);
    expect(isExtensionPage('https://evil.example/card.html', ORIGIN, '/card.html')).toBe(false);
  });
});

describe('senderAllowed', () => {
  const types = requestSchema.options.map((o) => o.shape.type.value);

  it('every message type has a rule', () => {
    for (const t of types)
      expect(senderAllowed(t, 'content') || senderAllowed(t, 'extension-page'), t).toBe(true);
  });

  it('nothing that reads the profile or writes the tracker is open to content scripts', () => {
    for (const t of [
      'evaluate', 'get-tab-state', 'card-state', 'save-notice', 'save-tab-notice', 'save-tab',
      'upcoming', 'enable-site', 'disable-site',
    ] as const) expect(senderAllowed(t, 'content'), t).toBe(false); // prettier-ignore
  });

  it('what a page feeds in comes from content scripts only', () => {
    for (const t of [
      'gate-passed',
      'notice-found',
      'notice-absent',
      'eu-careers-detail',
      'eu-careers-listing',
    ] as const) {
      expect(senderAllowed(t, 'content'), t).toBe(true);
      expect(senderAllowed(t, 'extension-page'), t).toBe(false);
    }
  });

  it('reading text (no profile, no write) is open to the overlay and to the PDF viewer', () => {
    expect(senderAllowed('analyse-text', 'content')).toBe(true);
    expect(senderAllowed('analyse-text', 'extension-page')).toBe(true);
    expect(senderAllowed('analyse-text-part', 'content')).toBe(true);
    expect(senderAllowed('analyse-text-part', 'extension-page')).toBe(true);
  });

  it('an unknown sender may send nothing', () => {
    for (const t of types) expect(senderAllowed(t, null)).toBe(false);
  });
});

describe('a long text sent in parts', () => {
  it('takes a part up to its size and refuses a larger one', () => {
    expect(parseRequest({ type: 'analyse-text-part', text: 'x'.repeat(TEXT_PART_CHARS) })).not.toBeNull();
    expect(parseRequest({ type: 'analyse-text-part', text: 'x'.repeat(TEXT_PART_CHARS + 1) })).toBeNull();
    expect(parseRequest({ type: 'analyse-text-part', text: 42 })).toBeNull();
  });

  it('marks the request that follows its parts, and reads an old request as whole', () => {
    const req = parseRequest({
      type: 'analyse-text',
      text: 'end',
      format: 'text',
      force: false,
      continued: true,
    });
    expect(req).toMatchObject({ type: 'analyse-text', continued: true });
    expect(parseRequest({ type: 'analyse-text', text: 'all', format: 'text', force: false })).not.toBeNull();
  });
});

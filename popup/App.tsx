/**
 * The popup: paste a returned email (its raw source or the text a webmail shows) or open / drop
 * an .eml file, and the explanation appears at once. Everything runs here, offline: the text
 * is neither stored nor sent.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { classify, type ClassifyInput, type Verdict } from '../src/core/index.js';
import { explainLocally } from '../src/content/explain-local.js';
import { summaryText } from '../src/content/explanation.js';
import type { MessageKey } from '../src/content/i18n.js';
import { ExplanationCard } from './ExplanationCard.js';
import { FileDigest } from './FileDigest.js';
import { isMboxFile } from '../src/digest/files.js';
import { useLocale } from './useSettings.js';
import { SiteAccess } from '../src/access/SiteAccess.js';

const maxFileBytes = 10 * 1024 * 1024;
/** Long enough to classify once per pause in typing, short enough to feel immediate. */
const typingPauseMs = 120;
/**
 * A paste longer than this is classified without being put in the text area: laying out
 * megabytes of text froze the popup for seconds (the classifier itself needs tens of
 * milliseconds, and reads no more than its limits anyway). A real notice is a few kilobytes.
 */
const maxShownChars = 200_000;
/** How long "Copied" stays before the button says "Copy summary" again. */
const copiedMs = 2000;

const notBounceMessage: Record<Exclude<Verdict['kind'], 'bounce'>, MessageKey> = {
  'not-a-bounce': 'popupNotBounce',
  'auto-reply': 'popupAutoReply',
  complaint: 'popupComplaint',
  delivered: 'popupDelivered',
};

export function App() {
  const { locale, t } = useLocale();
  const [text, setText] = useState('');
  const [input, setInput] = useState<ClassifyInput | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [dragging, setDragging] = useState(false);
  const [copied, setCopied] = useState(false);
  /** Several files (or an mbox): the digest instead of one explanation. */
  const [many, setMany] = useState<readonly File[] | null>(null);
  /** What is being explained when it is not in the text area: an opened file, or a long paste. */
  const [opened, setOpened] = useState<{ name: string } | { pastedChars: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  // Ready to paste as soon as the popup opens.
  useEffect(() => textArea.current?.focus(), []);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), copiedMs);
    return () => clearTimeout(timer);
  }, [copied]);

  // Classify the latest input; an older answer that arrives late is dropped.
  useEffect(() => {
    if (input === null || (typeof input === 'string' && input.trim() === '')) {
      setVerdict(null);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () => {
        classify(input, { origin: 'pasted' })
          .then((v) => current && setVerdict(v))
          .catch(() => current && setError('popupFileError'));
      },
      typeof input === 'string' ? typingPauseMs : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input]);

  // A file dropped anywhere in the popup is read, not opened by the browser in its place.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void openFilesRef.current(e.dataTransfer?.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const explanation = useMemo(() => (verdict?.kind === 'bounce' ? explainLocally(verdict, locale) : null), [verdict, locale]);
  // A file with nothing in it: the core's explanation says it is empty and what to give instead.
  const empty = useMemo(() => (verdict?.empty ? explainLocally(verdict, locale) : null), [verdict, locale]);

  const onText = (value: string) => {
    setText(value);
    setError(null);
    setCopied(false);
    setOpened(null);
    setInput(value);
  };

  const onPaste = (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (pasted.length <= maxShownChars) return;
    e.preventDefault();
    setText('');
    setError(null);
    setCopied(false);
    setOpened({ pastedChars: pasted.length });
    setInput(pasted);
  };

  const clear = () => {
    setText('');
    setInput(null);
    setMany(null);
    setError(null);
    setCopied(false);
    setOpened(null);
    // Choosing the same file again must still be a change.
    if (fileInput.current) fileInput.current.value = '';
    // The Clear button goes away with what it cleared: the focus goes where the next bounce goes.
    textArea.current?.focus();
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setCopied(false);
    if (file.size > maxFileBytes) {
      setError('popupFileTooBig');
      setOpened({ name: file.name });
      return;
    }
    try {
      const bytes = await file.arrayBuffer();
      setError(null);
      setText('');
      setOpened({ name: file.name });
      setInput(bytes);
    } catch {
      setError('popupFileError');
    }
  };

  /** One .eml is explained; several files, or a mailbox export, are summed up in a digest. */
  const openFiles = async (list: FileList | readonly File[] | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 1 || (files[0] && (await isMboxFile(files[0])))) {
      setError(null);
      setText('');
      setInput(null);
      setOpened(null);
      setMany(files);
      return;
    }
    setMany(null);
    await openFile(files[0]);
  };

  const openFilesRef = useRef(openFiles);
  openFilesRef.current = openFiles;

  const copy = async () => {
    if (!explanation) return;
    try {
      await navigator.clipboard.writeText(summaryText(explanation, t));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const size = (chars: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(chars / 1048576)} MB`;
  const openedText = opened === null ? null : 'name' in opened ? t('popupFileOpened', opened.name) : t('popupPastedLarge', size(opened.pastedChars));
  // What a screen reader hears when the answer changes (the card itself is not announced).
  const announcement = copied
    ? t('popupCopied')
    : explanation
      ? t('popupExplained', explanation.headline)
      : empty
        ? `${empty.headline}. ${empty.summary}`
        : verdict && verdict.kind !== 'bounce'
          ? t(notBounceMessage[verdict.kind])
          : '';

  return (
    <main lang={locale}>
      <h1>{t('popupHeading')}</h1>
      <SiteAccess t={t} />
      <label for="paste">{t('popupPasteLabel')}</label>
      <textarea
        id="paste"
        ref={textArea}
        data-testid="paste"
        spellcheck={false}
        placeholder={t('popupPlaceholder')}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
        onPaste={onPaste}
      />
      <div
        class={`drop${dragging ? ' active' : ''}`}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
      >
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('popupFileButton')}
        </button>
        <span class={openedText && !dragging ? 'opened' : undefined} data-testid="opened">
          {dragging ? t('popupDropActive') : (openedText ?? t('popupDropHint'))}
        </span>
        <input
          ref={fileInput}
          class="visually-hidden"
          type="file"
          accept=".eml,.mbox,message/rfc822,application/mbox,text/plain"
          multiple
          aria-label={t('popupFileButton')}
          data-testid="file"
          tabIndex={-1}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            // Emptied at once, so that choosing the same file again is a change again.
            e.currentTarget.value = '';
            void openFiles(files);
          }}
        />
      </div>
      {error && <p class="error" role="alert">{t(error)}</p>}
      {empty ? (
        <div class="note" data-testid="empty">
          <p>
            <strong>{empty.headline}</strong>
          </p>
          <p>{empty.summary}</p>
          <ul>
            {empty.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      ) : (
        verdict &&
        verdict.kind !== 'bounce' && (
          <p class="note" data-testid="not-bounce" data-whybounce-kind={verdict.kind}>
            {t(notBounceMessage[verdict.kind])}
          </p>
        )
      )}
      {many && <FileDigest files={many} locale={locale} t={t} />}
      {explanation && verdict && <ExplanationCard explanation={explanation} verdict={verdict} locale={locale} t={t} />}
      <p class="visually-hidden" role="status" data-testid="status">
        {announcement}
      </p>
      {/* Sticks to the bottom: a long explanation must not push the actions out of Chrome's 600 px popup. */}
      <div class="row actions">
        {explanation && (
          <button type="button" data-testid="copy" onClick={() => void copy()}>
            {copied ? t('popupCopied') : t('popupCopy')}
          </button>
        )}
        {(text || input !== null || many || error || opened) && (
          <button type="button" data-testid="clear" onClick={clear}>
            {t('popupClear')}
          </button>
        )}
      </div>
      <footer>
        <span>{t('popupPrivacy')}</span>
        <button type="button" data-testid="open-digest" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/digest/index.html') })}>
          {t('digestOpenPage')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </footer>
    </main>
  );
}

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

const maxFileBytes = 10 * 1024 * 1024;
/** Long enough to classify once per pause in typing, short enough to feel immediate. */
const typingPauseMs = 120;

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
  const fileInput = useRef<HTMLInputElement>(null);

  // Classify the latest input; an older answer that arrives late is dropped.
  useEffect(() => {
    if (input === null || (typeof input === 'string' && input.trim() === '')) {
      setVerdict(null);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () => {
        classify(input)
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

  const onText = (value: string) => {
    setText(value);
    setError(null);
    setCopied(false);
    setInput(value);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setCopied(false);
    if (file.size > maxFileBytes) {
      setError('popupFileTooBig');
      return;
    }
    try {
      const bytes = await file.arrayBuffer();
      setError(null);
      setText('');
      setInput(bytes);
    } catch {
      setError('popupFileError');
    }
  };

  /** One .eml is explained; several files, or a mailbox export, are summed up in a digest. */
  const openFiles = async (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 1 || (files[0] && (await isMboxFile(files[0])))) {
      setError(null);
      setText('');
      setInput(null);
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

  return (
    <main lang={locale}>
      <h1>{t('popupHeading')}</h1>
      <label for="paste">{t('popupPasteLabel')}</label>
      <textarea
        id="paste"
        data-testid="paste"
        spellcheck={false}
        placeholder={t('popupPlaceholder')}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
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
        <span>{dragging ? t('popupDropActive') : t('popupDropHint')}</span>
        <input
          ref={fileInput}
          class="visually-hidden"
          type="file"
          accept=".eml,.mbox,message/rfc822,application/mbox,text/plain"
          multiple
          data-testid="file"
          tabIndex={-1}
          onChange={(e) => void openFiles(e.currentTarget.files)}
        />
      </div>
      {error && <p class="error" role="alert">{t(error)}</p>}
      {verdict && verdict.kind !== 'bounce' && (
        <p class="note" data-testid="not-bounce" data-whybounce-kind={verdict.kind}>
          {t(notBounceMessage[verdict.kind])}
        </p>
      )}
      {many && <FileDigest files={many} locale={locale} t={t} />}
      {explanation && verdict && <ExplanationCard explanation={explanation} verdict={verdict} locale={locale} t={t} />}
      <div class="row">
        {explanation && (
          <button type="button" data-testid="copy" onClick={() => void copy()}>
            {copied ? t('popupCopied') : t('popupCopy')}
          </button>
        )}
        {(text || input || many) && (
          <button type="button" onClick={() => { onText(''); setInput(null); setMany(null); }}>
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

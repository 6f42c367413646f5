import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateChoice } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { localeOf } from '../../i18n';
import { termOf } from './concept-text';
import type { PendingImport } from './GlossaryTransfer';

/**
 * Duplicate rows shown at a time: a file of thousands would otherwise render thousands of
 * selects and freeze the review. The choice for every duplicate covers those not shown.
 */
export const REVIEW_PAGE = 50;

export interface ImportReviewProps {
  file: PendingImport;
  isImporting: boolean;
  onImport: (choices: { line: number; choice: DuplicateChoice }[]) => void;
  onCancel: () => void;
}

/**
 * What importing a file will do, from the dry run: how many concepts it adds, and each row that
 * matches a concept already in the glossary, with a choice per row (skip, merge into it, or add
 * anyway). Nothing is written until "Import".
 */
export function ImportReview({ file, isImporting, onImport, onCancel }: ImportReviewProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { preview } = file;
  const [choices, setChoices] = useState<Record<number, DuplicateChoice>>(() =>
    Object.fromEntries(preview.duplicates.map((d) => [d.line, d.choice])),
  );
  const k = 'glossary.transfer';
  const choiceOptions = DuplicateChoice.options.map((id) => ({
    id,
    label: t(`${k}.choice.${id}`),
  }));
  const adding =
    preview.created + preview.duplicates.filter((d) => choices[d.line] === 'add').length;
  const [shownCount, setShownCount] = useState(REVIEW_PAGE);
  const shown = preview.duplicates.slice(0, shownCount);
  const rows = useRef<HTMLTableSectionElement>(null);

  const showMore = () => {
    const first = shown.length;
    setShownCount(first + REVIEW_PAGE);
    // The button may go with the last page: the first new row's choice takes the focus.
    requestAnimationFrame(() =>
      rows.current?.rows[first]?.querySelector<HTMLElement>('button')?.focus(),
    );
  };

  return (
    <Dialog
      title={t(`${k}.reviewTitle`)}
      isOpen
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <div className="import-review">
        <p>{t(`${k}.reviewFile`, { filename: file.filename })}</p>
        {file.windows1252 && <p>{t(`${k}.readAsWindows1252`)}</p>}
        <p className="import-review__summary">{t(`${k}.willCreate`, { count: adding })}</p>
        {preview.ignoredColumns.length > 0 && (
          <p>{t(`${k}.ignoredColumns`, { columns: preview.ignoredColumns.join(', ') })}</p>
        )}
        {preview.duplicates.length > 0 && (
          <>
            <p>{t(`${k}.duplicatesIntro`, { count: preview.duplicates.length })}</p>
            <Select<DuplicateChoice | ''>
              label={t(`${k}.allDuplicates`)}
              value={allSame(preview.duplicates.map((d) => choices[d.line]))}
              onChange={(choice) => {
                if (choice === '') return;
                setChoices(Object.fromEntries(preview.duplicates.map((d) => [d.line, choice])));
              }}
              options={[{ id: '', label: t(`${k}.mixed`) }, ...choiceOptions]}
            />
            <table className="table import-review__table">
              <caption className="visually-hidden">{t(`${k}.duplicatesCaption`)}</caption>
              <thead>
                <tr>
                  <th scope="col" className="table__number">
                    {t(`${k}.columns.line`)}
                  </th>
                  <th scope="col">{t(`${k}.columns.term`)}</th>
                  <th scope="col">{t(`${k}.columns.existing`)}</th>
                  <th scope="col">{t(`${k}.columns.choice`)}</th>
                </tr>
              </thead>
              <tbody ref={rows}>
                {shown.map((duplicate) => {
                  const existing = termOf(duplicate.existing, settings.language);
                  return (
                    <tr key={duplicate.line}>
                      <td className="table__number">{duplicate.line}</td>
                      <th scope="row">{duplicate.term}</th>
                      <td lang={localeOf(existing.lang)}>{existing.text}</td>
                      <td>
                        <Select<DuplicateChoice>
                          label={t(`${k}.choiceFor`, {
                            line: duplicate.line,
                            term: duplicate.term,
                          })}
                          value={choices[duplicate.line] ?? 'skip'}
                          onChange={(choice) =>
                            setChoices((current) => ({ ...current, [duplicate.line]: choice }))
                          }
                          options={choiceOptions}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {shown.length < preview.duplicates.length && (
              <div className="import-review__more">
                <p>
                  {t(`${k}.duplicatesShown`, {
                    shown: shown.length,
                    count: preview.duplicates.length,
                  })}
                </p>
                <Button onPress={showMore}>
                  {t(`${k}.showMoreDuplicates`, {
                    count: Math.min(REVIEW_PAGE, preview.duplicates.length - shown.length),
                  })}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
      <div className="dialog__actions">
        <p role="status" className="import-review__status">
          {isImporting && t(`${k}.importing`)}
        </p>
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
        <Button
          variant="primary"
          onPress={() => {
            if (isImporting) return;
            onImport(
              preview.duplicates.map((d) => ({ line: d.line, choice: choices[d.line] ?? 'skip' })),
            );
          }}
        >
          {t(`${k}.confirm`)}
        </Button>
      </div>
    </Dialog>
  );
}

/** The choice every duplicate has, or '' when they differ. */
function allSame(values: (DuplicateChoice | undefined)[]): DuplicateChoice | '' {
  const [first] = values;
  return first !== undefined && values.every((v) => v === first) ? first : '';
}

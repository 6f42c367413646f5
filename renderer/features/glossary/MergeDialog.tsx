import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import type { ConceptRef } from './concept-form-values';
import { conceptTerm } from './concept-text';
import { ConceptPicker, refLabel } from './ConceptPicker';
import { useConceptActions } from './useConceptActions';

export interface MergeDialogProps {
  /** The concept shown, which is kept. */
  kept: Concept;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Picks a duplicate, says what merging it will do, and merges it into the concept shown. */
export function MergeDialog({ kept, isOpen, onOpenChange }: MergeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('glossary.merge.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <MergeBody kept={kept} close={() => onOpenChange(false)} />
    </Dialog>
  );
}

function MergeBody({ kept, close }: { kept: Concept; close: () => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { merge } = useConceptActions();
  const [duplicate, setDuplicate] = useState<ConceptRef | null>(null);
  const [merging, setMerging] = useState(false);
  const keptTerm = conceptTerm(kept, settings.language).text;
  const k = 'glossary.merge';

  const confirm = async () => {
    if (!duplicate || merging) return;
    setMerging(true);
    const merged = await merge(kept, duplicate);
    setMerging(false);
    if (merged) close();
  };

  return (
    <div className="merge">
      <p>{t(`${k}.intro`, { term: keptTerm })}</p>
      <ConceptPicker label={t(`${k}.pick`)} exclude={[kept.id]} onPick={setDuplicate} autoFocus />
      {duplicate && (
        <div className="notice merge__preview" role="status">
          <p className="notice__title">
            {t(`${k}.question`, {
              duplicate: refLabel(duplicate, settings.language),
              term: keptTerm,
            })}
          </p>
          <p>
            {t(`${k}.explain`, {
              duplicate: refLabel(duplicate, settings.language),
              term: keptTerm,
            })}
          </p>
        </div>
      )}
      <div className="dialog__actions">
        <Button onPress={close}>{t('common.cancel')}</Button>
        <Button variant="primary" isDisabled={!duplicate} onPress={() => void confirm()}>
          {t(`${k}.confirm`)}
        </Button>
      </div>
    </div>
  );
}

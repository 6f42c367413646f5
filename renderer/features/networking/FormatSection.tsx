import { useTranslation } from 'react-i18next';
import type { NetworkingFormat, NetworkingSession } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { NumberSetting } from './NumberSetting';
import { useAdviceText } from './useAdviceText';
import { inSetup, useRefusalToast } from './useSession';

const GROUP_SIZES = [2, 3, 4, 5, 6, 7, 8] as const;

/** How the event runs: table size, rounds (with the advice in words), times and the rules' switches. */
export function FormatSection({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const refused = useRefusalToast();
  const setFormat = useCoreMutation('networking.setFormat');
  const adviceText = useAdviceText();
  const { format, advice } = session;
  // Once the event has started only the rounds and the timings may change (the core re-plans).
  const setupOnly = !inSetup(session);
  const over = session.run.phase === 'done';
  const save = (changes: Partial<NetworkingFormat>) =>
    void setFormat.mutateAsync({ meetingId: session.meetingId, format: changes }).catch(refused);
  const canAdvise = advice.reason !== 'too_few';

  return (
    <section className="networking-section" aria-labelledby="networking-format">
      <h2 id="networking-format">{t('networking.format.title')}</h2>
      <div className="networking-format">
        <Select<number>
          label={t('networking.format.groupSize')}
          value={format.groupSize}
          onChange={(groupSize) => save({ groupSize })}
          isDisabled={setupOnly}
          options={GROUP_SIZES.map((size) => ({
            id: size,
            label:
              size === 2
                ? t('networking.format.pairs')
                : t('networking.format.tablesOf', { count: size }),
          }))}
        />
        <div className="networking-rounds">
          <NumberSetting
            label={t('networking.format.rounds')}
            unit={t('networking.format.roundsUnit', { count: format.rounds })}
            value={format.rounds}
            minValue={1}
            maxValue={100}
            isDisabled={over}
            onChange={(rounds) => save({ rounds: Math.round(rounds) })}
          />
          <div className="networking-advice" role="status">
            <p>
              <span aria-hidden="true">ℹ </span>
              {adviceText(advice, format)}
            </p>
            {canAdvise && format.rounds > advice.rounds && (
              <p className="networking-advice__warning">
                <span aria-hidden="true">⚠ </span>
                {t('networking.format.overAdvice', { count: format.rounds })}
              </p>
            )}
          </div>
          {canAdvise && format.rounds !== advice.rounds && (
            <Button isDisabled={over} onPress={() => save({ rounds: advice.rounds })}>
              {t('networking.format.useAdvice', { count: advice.rounds })}
            </Button>
          )}
        </div>
        <NumberSetting
          label={t('networking.format.roundLength')}
          unit={t('networking.format.minutes')}
          value={format.roundSeconds / 60}
          minValue={1}
          maxValue={60}
          isDisabled={over}
          onChange={(minutes) => save({ roundSeconds: Math.round(minutes * 60) })}
        />
        <NumberSetting
          label={t('networking.format.switchTime')}
          unit={t('networking.format.seconds')}
          value={format.switchSeconds}
          minValue={0}
          maxValue={900}
          // A typed value is snapped to the step: fives let 10, 20 or 45 seconds stand as typed.
          step={5}
          description={t('networking.format.switchDescription')}
          isDisabled={over}
          onChange={(seconds) => save({ switchSeconds: Math.round(seconds) })}
        />
      </div>
      <div className="networking-switches">
        <SwitchSetting
          id="networking-auto"
          label={t('networking.format.autoAdvance')}
          description={t('networking.format.autoAdvanceDescription')}
          isSelected={format.autoAdvance}
          isDisabled={over}
          onChange={(autoAdvance) => save({ autoAdvance })}
        />
        <SwitchSetting
          id="networking-same-org"
          label={t('networking.format.separateSameOrg')}
          description={t('networking.format.separateSameOrgDescription')}
          isSelected={format.separateSameOrg}
          isDisabled={setupOnly}
          onChange={(separateSameOrg) => save({ separateSameOrg })}
        />
        <SwitchSetting
          id="networking-history"
          label={t('networking.format.useHistory')}
          description={
            session.seriesId === null
              ? t('networking.format.noSeries')
              : t('networking.format.historyPairs', { count: session.historyPairs })
          }
          isSelected={format.useHistory}
          isDisabled={setupOnly}
          onChange={(useHistory) => save({ useHistory })}
        />
      </div>
    </section>
  );
}

function SwitchSetting({
  id,
  label,
  description,
  isSelected,
  isDisabled,
  onChange,
}: {
  id: string;
  label: string;
  description: string;
  isSelected: boolean;
  isDisabled?: boolean;
  onChange: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <Switch
        isSelected={isSelected}
        isDisabled={isDisabled}
        onChange={onChange}
        aria-describedby={`${id}-description`}
      >
        {label}
      </Switch>
      <p id={`${id}-description`} className="field__description">
        {/* The state in words too: a switch's position is not enough for everyone. */}
        <strong>{isSelected ? t('networking.format.on') : t('networking.format.off')}</strong>
        {' · '}
        {description}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { ConnectionKind } from '../../../shared/contract';
import { KIND_LOOK } from './network-look';
import { DIRECTED_KINDS } from './network-view';

/* The same lines as the graph's (network-look.ts), drawn small. */
function LineSample({ kind }: { kind: ConnectionKind }) {
  const look = KIND_LOOK[kind];
  return (
    <svg className="network-legend__sample" viewBox="0 0 60 14" width="60" height="14">
      <line
        x1="2"
        y1="7"
        x2="48"
        y2="7"
        stroke={look.colour}
        strokeWidth={look.width}
        strokeDasharray={look.dash?.join(' ')}
      />
      {DIRECTED_KINDS.has(kind) && (
        <path
          d={
            kind === 'receives_referrals_from'
              ? 'M48 1 L58 7 L48 13 L52 7 Z'
              : 'M48 1 L58 7 L48 13 Z'
          }
          fill={look.colour}
        />
      )}
    </svg>
  );
}

/** What the graph's shapes and lines mean, in words beside each sample. */
export function NetworkLegend() {
  const { t } = useTranslation();
  return (
    <div className="network-legend">
      <ul className="plain-list network-legend__list">
        <li>
          <svg className="network-legend__sample" viewBox="0 0 20 20" width="20" height="20">
            <circle cx="10" cy="10" r="8" fill="#8cb8e6" stroke="#16191d" strokeWidth="2" />
          </svg>
          {t('network.legend.member')}
        </li>
        <li>
          <svg className="network-legend__sample" viewBox="0 0 20 20" width="20" height="20">
            <path d="M10 1 L19 10 L10 19 L1 10 Z" fill="#f4f6f8" stroke="#16191d" strokeWidth="2" />
          </svg>
          {t('network.legend.potential')}
        </li>
        <li>
          <svg className="network-legend__sample" viewBox="0 0 20 20" width="20" height="20">
            <circle
              cx="10"
              cy="10"
              r="7.5"
              fill="#ffffff"
              stroke="#a3151a"
              strokeWidth="3"
              strokeDasharray="4 2.5"
            />
          </svg>
          {t('network.legend.never', { marker: t('network.graph.neverMarker') })}
        </li>
      </ul>
      <ul className="plain-list network-legend__list">
        {ConnectionKind.options.map((kind) => (
          <li key={kind}>
            <LineSample kind={kind} />
            {t(`network.kind.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

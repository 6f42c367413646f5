import type { ReactNode } from 'react';
import type { TimerPhase } from '../../../shared/domain/timer';

/**
 * A different shape for each phase, so the phase reads without colour: a circle while there is
 * time, a triangle to wrap up, an octagon (a stop sign) for the final seconds, a filled square
 * with "!" once over time, two bars while paused. Decorative: the text beside it says the same.
 */
export function PhaseIcon({ phase, paused }: { phase: TimerPhase; paused: boolean }) {
  return (
    <svg
      className="phase-icon"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
    >
      {paused ? (
        <>
          <rect x="10" y="8" width="10" height="32" rx="2" fill="currentColor" />
          <rect x="28" y="8" width="10" height="32" rx="2" fill="currentColor" />
        </>
      ) : (
        SHAPES[phase]
      )}
    </svg>
  );
}

const SHAPES: Record<TimerPhase, ReactNode> = {
  normal: (
    <>
      <circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M24 12v12l8 6" fill="none" stroke="currentColor" strokeWidth="4" />
    </>
  ),
  warning: (
    <>
      <path d="M24 4 45 42H3Z" fill="none" stroke="currentColor" strokeWidth="4" />
      <path d="M24 17v12M24 33v4" stroke="currentColor" strokeWidth="4" />
    </>
  ),
  final: (
    <>
      <path
        d="M16 3h16l13 13v16L32 45H16L3 32V16Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="4"
      />
      <path d="M24 13v14M24 32v4" stroke="currentColor" strokeWidth="4" />
    </>
  ),
  overtime: (
    <>
      <rect x="3" y="3" width="42" height="42" rx="4" fill="currentColor" />
      <path d="M24 11v17M24 33v5" stroke="var(--phase-icon-cutout, white)" strokeWidth="5" />
    </>
  ),
};

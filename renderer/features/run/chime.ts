/**
 * The countdown's chime, synthesised with Web Audio: no sound files to ship or load, and it obeys
 * the CSP as it is. A soft bell: each note a sine with a quieter octave above, a quick attack and
 * a long fade, so it is heard without startling anyone.
 */

export type ChimeKind = 'warning' | 'overtime';

/** Rising pair for "wrap up", falling triple for "time is up": told apart by ear too. */
const NOTES: Record<ChimeKind, readonly number[]> = {
  warning: [659.25, 880],
  overtime: [880, 659.25, 523.25],
};
const NOTE_SPACING_S = 0.3;
const NOTE_LENGTH_S = 1.4;

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  // Missing where nothing can play (tests, a locked-down browser): the chime is optional.
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Plays the chime at `volume` (0–100). Does nothing at 0 or where audio is unavailable. */
export function playChime(kind: ChimeKind, volume: number): void {
  const ctx = audio();
  if (!ctx || volume <= 0) return;
  // Autoplay rules start a context suspended until the page has been used; the chair has.
  void ctx.resume().catch(() => {});
  // Loudness is heard roughly logarithmically: squaring makes the slider's middle sound like half.
  const peak = Math.min(1, volume / 100) ** 2 * 0.5;
  NOTES[kind].forEach((frequency, index) => {
    const at = ctx.currentTime + 0.05 + index * NOTE_SPACING_S;
    bell(ctx, frequency, peak, at);
    bell(ctx, frequency * 2, peak * 0.25, at);
  });
}

function bell(ctx: AudioContext, frequency: number, peak: number, at: number) {
  const oscillator = ctx.createOscillator();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  const gain = ctx.createGain();
  // Exponential ramps cannot start from 0: start from just above silence.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(Math.max(peak, 0.0002), at + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_LENGTH_S);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + NOTE_LENGTH_S + 0.05);
}

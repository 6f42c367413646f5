import { useEffect, useState } from 'react';

/**
 * How the board pages its seating. Its type is sized in viewport-height units (networking-run.css),
 * so what fits on a page depends only on the table size, the names and the screen's shape, never
 * on its pixels: 1280×720, 1366×768 and 1920×1080 show the same page, scaled. These figures mirror
 * the stylesheet's: the tables' area is 70vh tall, a person's line 4vh (type 3.2vh), a table's
 * padding, border and the gap to the next 2.8vh; across, the page keeps 94% of the width, columns
 * are 1.5vw apart, and a table's number, padding and border take 11.5vh.
 */
const AREA_VH = 70;
const LINE_VH = 4;
const TABLE_EXTRA_VH = 2.8;
const TYPE_VH = 3.2;
const PAGE_WIDTH = 0.94;
const COLUMN_GAP = 0.015;
const TABLE_SIDE_VH = 11.5;
/** A bold character's width, generously, in ems; and the least room left for an agency. */
const NAME_EM_PER_CHAR = 0.62;
const AGENCY_MIN_EM = 3.5;

/** Each page shows this long before the next (the room reads its table, then looks again). */
export const PAGE_MS = 10_000;

export interface BoardLayout {
  columns: 1 | 2 | 3;
  rows: number;
  perPage: number;
}

export interface BoardShape {
  /** The most people at one table. */
  largestTable: number;
  /** The longest name, in characters. */
  longestName: number;
  width: number;
  height: number;
}

/**
 * How many ems of the people's type one column's names get, at `columns` columns, with the
 * seating drawn `scale` times its base size (the table's number grows with it).
 */
function nameRoomEm(columns: number, width: number, height: number, scale = 1): number {
  const column = (width * PAGE_WIDTH - (columns - 1) * COLUMN_GAP * width) / columns;
  return (column - scale * (TABLE_SIDE_VH / 100) * height) / (scale * (TYPE_VH / 100) * height);
}

/** The room a line needs, in ems: the longest name whole, and a little of its agency. */
const neededEm = (longestName: number) => longestName * NAME_EM_PER_CHAR + AGENCY_MIN_EM;

/** A table's height at the base size, in vh: a line a person, and its padding, border and gap. */
const tableVh = (largestTable: number) => Math.max(2, largestTable) * LINE_VH + TABLE_EXTRA_VH;

/**
 * Rows by the largest table; columns by the screen's shape (wide projectors take three) and then
 * by the names: the most columns in which the longest name is still read whole beside a little of
 * its agency. Names come first: a name cut short cannot be found.
 */
export function boardLayout({ largestTable, longestName, width, height }: BoardShape): BoardLayout {
  const aspect = height > 0 ? width / height : 16 / 9;
  const widest = aspect >= 1.5 ? 3 : aspect >= 1 ? 2 : 1;
  const needed = neededEm(longestName);
  const columns =
    ([3, 2] as const).find(
      (count) => count <= widest && nameRoomEm(count, width, height) >= needed,
    ) ?? 1;
  const rows = Math.max(1, Math.floor(AREA_VH / tableVh(largestTable)));
  return { columns, rows, perPage: columns * rows };
}

/**
 * The sizes the seating may be drawn at above its base, largest first. A group small enough to
 * leave most of the wall empty is drawn larger, so it reads from further back; the largest keeps
 * names smaller than the round's title.
 */
const SCALES = [1.75, 1.5, 1.25] as const;
export type BoardScale = 1 | (typeof SCALES)[number];

export interface FittedBoard extends BoardLayout {
  scale: BoardScale;
}

/**
 * The board for `tables` tables: when they all fit one page at a larger size — every name still
 * whole — the largest such size, in as few columns as hold them; otherwise `boardLayout`'s pages
 * at the base size.
 */
export function fitBoard(shape: BoardShape, tables: number): FittedBoard {
  const { largestTable, longestName, width, height } = shape;
  const aspect = height > 0 ? width / height : 16 / 9;
  const widest = aspect >= 1.5 ? 3 : aspect >= 1 ? 2 : 1;
  const needed = neededEm(longestName);
  for (const scale of SCALES) {
    const rows = Math.floor(AREA_VH / (scale * tableVh(largestTable)));
    for (const columns of ([1, 2, 3] as const).filter((count) => count <= widest)) {
      if (columns * rows < tables) continue;
      if (nameRoomEm(columns, width, height, scale) < needed) continue;
      return { columns, rows, perPage: columns * rows, scale };
    }
  }
  return { ...boardLayout(shape), scale: 1 };
}

/** The page shown at `now`: pages take turns on the wall clock, so every window agrees. */
export function pageAt(now: number, pageCount: number): number {
  return pageCount <= 1 ? 0 : Math.floor(now / PAGE_MS) % pageCount;
}

/** The window's size, following resizes (the presenter window moved to the projector). */
export function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  useEffect(() => {
    const update = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}

/**
 * Hybrid logical clock (Kulkarni et al.): a timestamp that follows the wall
 * clock where it can and never goes backwards, so that an edit made after
 * seeing another one is ordered after it whatever the device clocks say.
 * Written as a fixed-width string, so that comparing strings compares clocks:
 * `000001763812345678-00000-<node>` (milliseconds, counter, the device's id).
 */
export interface Hlc {
  /** Milliseconds since the epoch, as far as this clock knows. */
  wall: number;
  /** Orders events within one millisecond. */
  counter: number;
  /** The clock's owner (a device's client id): breaks ties, so no two clocks are equal. */
  node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const PATTERN = /^(\d{15})-(\d{5})-([0-9A-Za-z-]{1,64})$/;

export function formatHlc({ wall, counter, node }: Hlc): string {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

/** The clock in a string, or null when the string is not one. */
export function parseHlc(text: string): Hlc | null {
  const match = PATTERN.exec(text);
  const [, wall, counter, node] = match ?? [];
  if (wall === undefined || counter === undefined || node === undefined) return null;
  return { wall: Number(wall), counter: Number(counter), node };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function advance(wall: number, counter: number, node: string): Hlc {
  // A counter that would overflow moves the clock a millisecond ahead instead.
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0, node } : { wall, counter, node };
}

/** The clock for a local event (an edit) at wall-clock time `now`. */
export function tick(local: Hlc, now: number): Hlc {
  if (now > local.wall) return { wall: now, counter: 0, node: local.node };
  return advance(local.wall, local.counter + 1, local.node);
}

/** The clock after seeing `remote` (from the server or another device) at time `now`. */
export function receive(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, now);
  if (wall === local.wall && wall === remote.wall) {
    return advance(wall, Math.max(local.counter, remote.counter) + 1, local.node);
  }
  if (wall === local.wall) return advance(wall, local.counter + 1, local.node);
  if (wall === remote.wall) return advance(wall, remote.counter + 1, local.node);
  return { wall, counter: 0, node: local.node };
}

/**
 * A clock from a device whose time runs ahead is held at `now + toleranceMs`:
 * a tablet set a week into the future must not win every conflict for a week.
 */
export function clampFuture(hlc: Hlc, now: number, toleranceMs: number): Hlc {
  const limit = now + toleranceMs;
  return hlc.wall > limit ? { wall: limit, counter: hlc.counter, node: hlc.node } : hlc;
}

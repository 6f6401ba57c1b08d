import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampFuture,
  compareHlc,
  formatHlc,
  parseHlc,
  receive,
  tick,
  type Hlc,
} from '../../src/shared/sync/hlc.ts';

const DAY = 86_400_000;
const start = (node: string, wall = 0): Hlc => ({ wall, counter: 0, node });
const node = fc.stringMatching(/^[0-9a-f]{8}$/);
const wall = fc.integer({ min: 0, max: 4_000_000_000_000 });
const clock = fc.record({ wall, counter: fc.integer({ min: 0, max: 99_999 }), node });

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    expect(tick(start('a', 1000), 2000)).toEqual({ wall: 2000, counter: 0, node: 'a' });
  });

  it('counts within one millisecond and when the device clock goes back', () => {
    const first = tick(start('a', 5000), 5000);
    expect(first).toEqual({ wall: 5000, counter: 1, node: 'a' });
    expect(tick(first, 3000)).toEqual({ wall: 5000, counter: 2, node: 'a' });
  });

  it('orders an edit after everything its device has seen, whatever the device clock says', () => {
    // The tablet's clock is two days behind the one whose edit it received.
    const seen = formatHlc({ wall: 10 * DAY, counter: 7, node: 'b' });
    const after = tick(receive(start('a', 8 * DAY), parseHlc(seen)!, 8 * DAY), 8 * DAY);
    expect(compareHlc(formatHlc(after), seen)).toBe(1);
  });

  it('holds a clock from the future at the tolerance', () => {
    const ahead = { wall: 10 * DAY, counter: 3, node: 'a' };
    expect(clampFuture(ahead, 2 * DAY, 60_000)).toEqual({
      wall: 2 * DAY + 60_000,
      counter: 3,
      node: 'a',
    });
    expect(clampFuture(ahead, 10 * DAY, 0)).toBe(ahead);
  });

  it('reads back what it writes, and refuses what is not a clock', () => {
    fc.assert(
      fc.property(clock, (c) => {
        expect(parseHlc(formatHlc(c))).toEqual(c);
      }),
    );
    for (const text of ['', '12-00001-a', '000000000000001-1-a', '000000000000001-00001-', 'x']) {
      expect(parseHlc(text)).toBeNull();
    }
  });

  it('compares as strings exactly as it compares as numbers', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const byNumbers =
          a.wall - b.wall ||
          a.counter - b.counter ||
          (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(Math.sign(byNumbers));
      }),
    );
  });

  it('never goes backwards, whatever the wall clock and the messages received', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: wall }),
      fc.record({ kind: fc.constant('receive' as const), now: wall, remote: clock }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let current = start('me');
        for (const s of steps) {
          const next = s.kind === 'tick' ? tick(current, s.now) : receive(current, s.remote, s.now);
          expect(compareHlc(formatHlc(next), formatHlc(current))).toBe(1);
          if (s.kind === 'receive') {
            const { wall: w, counter: n } = s.remote;
            expect(next.wall > w || (next.wall === w && next.counter > n)).toBe(true);
          }
          current = next;
        }
      }),
    );
  });
});

/**
 * The simulated clock of the embedded runtime: the demo and tests move time forward explicitly, and
 * every component (fake X server, use cases, mail Date headers) reads it through the Clock port.
 */
import type { Clock } from '../app/ports';

export class SimClock implements Clock {
  constructor(private t: number) {}
  now(): number {
    return this.t;
  }
  set(ms: number): void {
    if (ms < this.t) throw new Error('SimClock cannot go backwards');
    this.t = ms;
  }
  advance(ms: number): void {
    this.set(this.t + ms);
  }
  iso(): string {
    return new Date(this.t).toISOString();
  }
}

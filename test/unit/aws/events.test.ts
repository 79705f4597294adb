/** lib/aws/events.ts: the Lambdas' event shapes, and the typed error a wrong event raises. */
import { describe, expect, it } from 'vitest';
import {
  EventError,
  parseEvent,
  PollWorkSchema,
  ScheduledJobSchema,
  SqsEventSchema,
} from '../../../lib/aws/events';

describe('parseEvent', () => {
  it('returns the parsed event when it has the shape', () => {
    expect(parseEvent(ScheduledJobSchema, { job: 'notify' }, 'notify: scheduled event')).toEqual({
      job: 'notify',
    });
    expect(parseEvent(PollWorkSchema, { groupIds: ['g1', 'g2'] }, 'poll-worker: work item').groupIds).toEqual(
      ['g1', 'g2'],
    );
  });

  it('throws an EventError naming the function, the path and the problem', () => {
    const bad = () => parseEvent(ScheduledJobSchema, { job: 'reboot' }, 'poll: scheduled event');
    expect(bad).toThrow(EventError);
    expect(bad).toThrow(
      /^poll: scheduled event: not the event expected \(job: Invalid option: expected one of/,
    );
  });

  it('names a missing field and an empty list', () => {
    expect(() => parseEvent(SqsEventSchema, {}, 'poll-worker: SQS event')).toThrow(
      /Records: Invalid input: expected array/,
    );
    expect(() => parseEvent(PollWorkSchema, { groupIds: [] }, 'poll-worker: work item')).toThrow(
      /groupIds: Too small/,
    );
  });

  it('never quotes the values it was given', () => {
    try {
      parseEvent(PollWorkSchema, { groupIds: 'a post about Mrs Leigh' }, 'poll-worker: work item');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EventError);
      expect(String(e)).not.toContain('Mrs Leigh');
    }
  });
});

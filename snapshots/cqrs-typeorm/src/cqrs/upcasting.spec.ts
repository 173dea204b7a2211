import type { StoredEvent } from './domain-event';
import { currentVersion, upcast, Upcasters } from './upcasting';

// An event type whose payload changed twice: v1 had `name`, v2 split it into
// `first` and `last`, v3 renamed `last` to `family`.
const UPCASTERS: Upcasters = {
  PersonRegistered: {
    1: ({ name, ...rest }) => {
      const [first, last] = String(name).split(' ');
      return { ...rest, first, last };
    },
    2: ({ last, ...rest }) => ({ ...rest, family: last }),
  },
};

function stored(
  eventVersion: number,
  payload: Record<string, unknown>,
): StoredEvent {
  return {
    id: 'b7f2d0c4-9a8e-4c1b-8f3d-2e6a5c4b3a21',
    position: '7',
    aggregateType: 'Person',
    aggregateId: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
    version: 1,
    type: 'PersonRegistered',
    eventVersion,
    payload,
    metadata: {},
    occurredAt: new Date(),
  };
}

describe('upcast', () => {
  it('brings an old payload up through every later version', () => {
    const event = upcast(stored(1, { name: 'Ada Lovelace' }), UPCASTERS);

    expect(event.eventVersion).toBe(3);
    expect(event.payload).toEqual({ first: 'Ada', family: 'Lovelace' });
  });

  it('starts from the version the event was stored with', () => {
    const event = upcast(stored(2, { first: 'Ada', last: 'L' }), UPCASTERS);

    expect(event).toMatchObject({ eventVersion: 3, payload: { family: 'L' } });
  });

  it('leaves current events and unknown types as they are', () => {
    const current = stored(3, { first: 'Ada', family: 'Lovelace' });

    expect(upcast(current, UPCASTERS)).toEqual(current);
    const other = { ...current, type: 'Other' };
    expect(upcast(other, UPCASTERS)).toEqual(other);
  });

  it('writes new events with the current version of their type', () => {
    expect(currentVersion('PersonRegistered', UPCASTERS)).toBe(3);
    expect(currentVersion('Other', UPCASTERS)).toBe(1);
  });
});

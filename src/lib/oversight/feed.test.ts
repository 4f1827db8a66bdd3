import { describe, expect, it } from 'vitest';
import { type FeedPolicy, GUID_PREFIX, feedItems, lastChange, reportItems } from './feed.ts';
import { allEvents } from './timeline.ts';

const dated: FeedPolicy = {
  slug: 'thermographic-cameras',
  technology: 'Thermographic Cameras',
  title: 'Thermographic Cameras: Impact and Use Policy',
  status: 'final',
  posted: '2021-04-11',
  addenda: [{ date: '2023-04-11', printedDate: 'April 11, 2023', description: 'A robot.' }],
  addedToPortal: '2026-11-21',
};
const undated: FeedPolicy = {
  slug: 'facial-recognition',
  technology: 'Facial Recognition',
  title: 'Facial Recognition: Impact and Use Policy',
  status: 'final',
  addenda: [],
  addedToPortal: '2026-11-21',
};

describe('feedItems', () => {
  const items = feedItems(allEvents([dated, undated]), [dated, undated]);

  it('gives every item a date and dates an undated policy by the day it entered the portal, saying so', () => {
    expect(items.map((i) => [i.date, i.path])).toEqual([
      ['2026-11-21', '/policies/facial-recognition/'],
      ['2023-04-11', '/policies/thermographic-cameras/#addendum-1'],
      ['2021-04-11', '/policies/thermographic-cameras/'],
    ]);
    expect(items[0]?.title).toBe(
      'Facial Recognition: final policy added to the portal (November 21, 2026)',
    );
    expect(items[0]?.description).toMatch(/prints no posted or updated date/);
  });

  it('uses origin-free, unique guids that do not change with the item text', () => {
    expect(items.map((i) => i.guid)).toEqual([
      `${GUID_PREFIX}:added:facial-recognition`,
      `${GUID_PREFIX}:event:thermographic-cameras/addendum-1/2023-04-11`,
      `${GUID_PREFIX}:event:thermographic-cameras/posted/2021-04-11`,
    ]);
    const renamed = feedItems(allEvents([{ ...dated, technology: 'Heat Cameras' }]), [dated]);
    expect(renamed.map((i) => i.guid)).toEqual(items.slice(1).map((i) => i.guid));
  });

  it('refuses an undated policy without a portal entry date, naming the file to add', () => {
    expect(() => feedItems([], [{ ...undated, addedToPortal: undefined }])).toThrow(
      'data/policies/facial-recognition/publication.json',
    );
  });

  it('lastChange is the newest item date, or null without items', () => {
    expect(lastChange(items)).toBe('2026-11-21');
    expect(lastChange([])).toBeNull();
  });
});

describe('report items', () => {
  const report = {
    id: 'facial-recognition',
    title: 'Hearing packet: Facial Recognition',
    html: '/reports/facial-recognition/',
    dataAsOf: '2026-12-02',
    technology: 'facial-recognition',
  };

  it('adds one item per report, dated by its data, newest first with the policy events', () => {
    const items = feedItems(allEvents([dated]), [dated], [report]);
    expect(items[0]).toEqual({
      guid: `${GUID_PREFIX}:report:facial-recognition:2026-12-02`,
      title: 'Hearing packet: Facial Recognition (data as of December 2, 2026)',
      path: '/reports/facial-recognition/',
      date: '2026-12-02',
      description: expect.stringMatching(/data as of December 2, 2026/) as string,
      categories: ['report', 'facial-recognition'],
    });
    expect(lastChange(items)).toBe('2026-12-02');
  });

  it('gives a report made from newer data a new guid, and the same data the same guid', () => {
    const [a] = reportItems([report]);
    const [b] = reportItems([{ ...report, title: 'Renamed' }]);
    const [c] = reportItems([{ ...report, dataAsOf: '2027-01-05' }]);
    expect(b?.guid).toBe(a?.guid);
    expect(c?.guid).not.toBe(a?.guid);
  });
});

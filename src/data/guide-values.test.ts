import { describe, expect, it } from 'vitest';
import { guideValueNames, missingGuideValues } from './guide-values.ts';

const MDX = `<p class="pp-notice">Checked on {props.data.checkedOn}.</p>
<DeadlineTable {...props.data.workedExample} />
<a href={props.data.requestAddress.sourceUrl}>source</a>, checked {props.data.checkedOn}`;

describe('guide values', () => {
  it('lists every props.data name a guide reads, once, in order of first use', () => {
    expect(guideValueNames(MDX)).toEqual(['checkedOn', 'workedExample', 'requestAddress']);
    expect(guideValueNames('No figures here; props.datum.x and data.y do not count.')).toEqual([]);
  });

  it('names what the page does not provide, and nothing when it provides all', () => {
    expect(missingGuideValues(MDX, { checkedOn: 'November 21, 2026' })).toEqual([
      'workedExample',
      'requestAddress',
    ]);
    expect(
      missingGuideValues(MDX, { checkedOn: '', workedExample: {}, requestAddress: {} }),
    ).toEqual([]);
  });

  it('does not count inherited properties as provided', () => {
    expect(missingGuideValues('{props.data.toString}', {})).toEqual(['toString']);
  });
});

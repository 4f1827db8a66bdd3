/**
 * Every suggested question of the real hearing packets cites what it rests
 * on: at least one existing paragraph of the policy or one source of the
 * packet, and every citation it makes resolves (policy anchors on the policy
 * page, sources in the packet's source list, packet anchors in the packet).
 */
import { describe, expect, it } from 'vitest';
import { reportAnchors } from './cite.ts';
import { buildHearingPacket, type HearingPacket } from './packet.ts';
import { packetInput, realData } from './__fixtures__/real-data.ts';
import { isParagraphId } from '../../schemas/sections.ts';

const data = realData();
const packets = data.oversight.policies.map((p) => ({
  policy: p,
  packet: buildHearingPacket(packetInput(data, p.slug)),
}));

/** The anchors a packet page renders for its own rows. */
function packetAnchors(packet: HearingPacket): Set<string> {
  return new Set([
    ...packet.scorecard.map((s) => `criterion-${s.def.id}`),
    ...packet.gap.map((g) => `gap-${g.row.field.id}`),
    ...[...packet.oig, ...packet.oigRelated].map((o) => `oig-${o.report.id}`),
    ...packet.sources.map((s) => s.anchor),
  ]);
}

describe.each(packets)('questions of the $policy.slug packet', ({ policy, packet }) => {
  const anchors = reportAnchors({ ...policy, changes: policy.changes ?? 0 });

  it('asks at least one question per failing criterion, field not reported and OIG-NYPD report', () => {
    const failing = packet.scorecard.filter((s) => !s.result.pass).map((s) => s.def.id);
    const merged =
      failing.includes('section-health-safety') && failing.includes('ask-health-safety') ? 1 : 0;
    const notReported = packet.gap.filter((g) => g.row.status === 'not-reported').length;
    const oig = packet.oig.length + packet.oigRelated.length;
    expect(packet.questions.length).toBe(failing.length - merged + notReported + oig);
    expect(packet.questions.length).toBeGreaterThan(10);
    expect(packet.questions.map((q) => q.id)).toEqual(packet.questions.map((_, i) => `q-${i + 1}`));
  });

  it.each(packet.questions.map((q) => [q.id, q] as const))(
    '%s cites an existing paragraph or source, and every citation resolves',
    (_, q) => {
      const grounded = q.cites.filter(
        (c) =>
          (c.kind === 'policy' && isParagraphId(c.id) && anchors.has(c.id)) ||
          (c.kind === 'source' && packet.sources.includes(c.source) && c.source.title.length > 0),
      );
      expect(grounded.length, q.text).toBeGreaterThan(0);
      for (const c of q.cites) {
        if (c.kind === 'policy') expect(anchors.has(c.id), `${q.id} cites #${c.id}`).toBe(true);
        if (c.kind === 'source') expect(packet.sources).toContain(c.source);
        if (c.kind === 'report')
          expect(packetAnchors(packet).has(c.anchor), `${q.id} cites #${c.anchor}`).toBe(true);
      }
    },
  );

  it('never shows a field that is not reported as a number', () => {
    for (const g of packet.gap)
      if (g.row.status !== 'reported' && g.row.status !== 'reported-as-zero')
        expect(g.row.value).toBeNull();
  });
});

describe('the questions themselves', () => {
  const tc = packets.find((p) => p.policy.slug === 'thermographic-cameras')!.packet;
  const fr = packets.find((p) => p.policy.slug === 'facial-recognition')!.packet;

  it('ask about the robot the OIG-NYPD names, citing the addendum and the paragraph where the policy describes it', () => {
    const q = tc.questions.find((x) => x.basis.kind === 'oig' && /Knightscope K5/.test(x.text));
    expect(q?.text).toMatch(/Which impact and use policy covers it/);
    const ids = q?.cites.flatMap((c) => (c.kind === 'policy' ? [c.id] : []));
    expect(ids).toEqual(expect.arrayContaining(['addendum-1', 'capabilities-p5']));
  });

  it('ask the NYPD and DOI about the 2022 recommendations with the counts and their source', () => {
    const q = fr.questions.find((x) => x.basis.kind === 'oig');
    expect(q?.witness).toBe('NYPD; DOI (OIG-NYPD)');
    expect(q?.text).toContain('15 recommendations');
    expect(q?.text).toContain('14 of 15 recommendations');
    expect(
      q?.cites.some((c) => c.kind === 'source' && /theregister/.test(c.source.url ?? '')),
    ).toBe(true);
  });

  it('ask only the facial recognition packet about the Local Law 55 audit', () => {
    const ll55 = (p: HearingPacket) =>
      p.questions.some((q) => q.basis.id === 'facial-recognition-audit');
    expect(ll55(fr)).toBe(true);
    expect(ll55(tc)).toBe(false);
    expect(tc.gap.find((g) => g.row.field.id === 'facial-recognition-audit')?.row.status).toBe(
      'not-applicable',
    );
  });
});

describe('question citations', () => {
  it('cite each paragraph, source and row once', () => {
    for (const { packet } of packets)
      for (const q of packet.questions) {
        const keys = q.cites.map((c) =>
          c.kind === 'policy' ? c.id : c.kind === 'source' ? c.source.key : c.anchor,
        );
        expect(new Set(keys).size, q.id).toBe(keys.length);
      }
  });
});

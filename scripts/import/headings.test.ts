import { describe, expect, it } from 'vitest';
import {
  closestSection,
  findHeadings,
  headingSimilarity,
  isCapsLine,
  matchHeading,
} from './headings.ts';
import { linesFromText } from './lines.ts';

describe('matchHeading', () => {
  it.each([
    ['ABSTRACT', 'abstract'],
    ['CAPABILITIES OF THE TECHNOLOGY', 'capabilities'],
    ['RULES, PROCESSES AND GUIDELINES RELATING TO USE OF THE TECHNOLOGY', 'rules'],
    ['SAFEGUARD & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS', 'safeguards'],
    ['SAFEGUARDS AND SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS', 'safeguards'],
    ['POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS, & USE OF THE DATA', 'retention'],
    ['POLICIES AND PROCEDURES RELATING TO PUBLIC ACCESS OR USE OF THE DATA', 'public-access'],
    ['EXTERNAL ENTITIES', 'external-entities'],
    ['TRAINING', 'training'],
    ['INTERNAL AUDIT AND OVERSIGHT MECHANISMS', 'audit'],
    ['HEALTH & SAFETY REPORTING', 'health-safety'],
    ['DISPARATE IMPACTS OF THE IMPACT & USE POLICY', 'disparate-impacts'],
    ['SAFEGUARDS and SECURITY MEASURE AGAINST UNAUTHORIZED ACCESS', 'safeguards'],
    ['RULE, PROCESS AND GUIDELINE RELATING TO THE USE OF THE TECHNOLOGY', 'rules'],
    ['POLICY & PROCEDURE RELATING TO RETENTION, ACCESS and USE OF DATA', 'retention'],
    ['CAPABILITY OF THE TECHNOLOGIES', 'capabilities'],
    ['EXTERNAL ENTITY', 'external-entities'],
    ['INTERNAL AUDITS & OVERSIGHT MECHANISM', 'audit'],
    ['DISPARATE IMPACT OF THE IMPACT AND USE POLICIES', 'disparate-impacts'],
  ])('recognises %j as %s', (text, key) => {
    expect(matchHeading(text)).toEqual({ kind: 'section', key });
  });

  it('recognises the changes and addendum table headings', () => {
    expect(matchHeading('SUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY')).toEqual({
      kind: 'changes',
    });
    expect(matchHeading('THERMOGRAPHIC CAMERAS ADDENDUM')).toEqual({
      kind: 'addenda',
      technology: 'THERMOGRAPHIC CAMERAS',
    });
  });

  it('does not recognise other capitals', () => {
    expect(matchHeading('NEW YORK CITY POLICE DEPARTMENT')).toBeNull();
  });
});

describe('findHeadings', () => {
  it('joins a heading printed over two lines', () => {
    const lines = linesFromText(
      'text.\nPOLICIES & PROCEDURES RELATING TO RETENTION, ACCESS, & USE OF THE\nDATA\n\nThe results',
    );
    expect(findHeadings(lines)).toEqual([
      {
        start: 1,
        end: 3,
        text: 'POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS, & USE OF THE DATA',
        heading: { kind: 'section', key: 'retention' },
      },
    ]);
  });

  it('does not join a heading across a page break', () => {
    expect(findHeadings(linesFromText('EXTERNAL\n ENTITIES'))).toEqual([]);
  });
});

describe('isCapsLine', () => {
  it.each([
    ['TRAINING', true],
    ['NYPD', true],
    ['The NYPD', false],
    ['1. TO IDENTIFY', false],
    ['(IAB)', false],
    ['SAFEGUARDS and SECURITY', true],
    ['RETENTION, ACCESS, and', true],
    ['(1) TO IDENTIFY', false],
    ['and the', false],
  ])('%j -> %s', (text, caps) => {
    expect(isCapsLine(text)).toBe(caps);
  });
});

describe('closestSection', () => {
  it.each([
    ['SAFEGARDS & SECURITY MESURES', 'safeguards'],
    ['DATA RETENTION POLICIES AND PROCEDURES', 'retention'],
    ['AUDIT AND OVERSIGHT', 'audit'],
    ['HEALTH AND SAFETY', 'health-safety'],
  ])('finds %j closest to %s', (text, key) => {
    expect(closestSection(text).key).toBe(key);
  });

  it('scores the same heading 1 and unrelated capitals low', () => {
    expect(headingSimilarity('TRAINING', 'TRAINING')).toBe(1);
    expect(closestSection('NEW YORK CITY POLICE DEPARTMENT').similarity).toBeLessThan(0.5);
  });
});

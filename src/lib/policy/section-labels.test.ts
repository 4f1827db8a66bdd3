import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import sectionNames from '../../i18n/messages/policy-sections.ts';
import { ABSTRACT_KEY, SECTIONS, sectionLabel } from '../../schemas/sections.ts';
import { sectionLabelIn } from './section-labels.ts';

const KEYS = [ABSTRACT_KEY, ...SECTIONS.map((s) => s.key)] as const;

describe('sectionLabelIn', () => {
  it('keeps the schema labels in English, byte for byte', () => {
    for (const key of KEYS) expect(sectionLabelIn(key)).toBe(sectionLabel(key));
    expect(sectionNames.messages.en).toEqual(
      Object.fromEntries(KEYS.map((k) => [k, sectionLabel(k)])),
    );
  });

  it('names the ten statutory sections in Spanish', () => {
    expect(SECTIONS.map((s) => sectionLabelIn(s.key, 'es'))).toEqual([
      'Capacidades',
      'Normas, procesos y directrices',
      'Salvaguardias y seguridad',
      'Conservación, acceso y uso de los datos',
      'Acceso público',
      'Entidades externas',
      'Capacitación',
      'Auditoría interna y supervisión',
      'Informes sobre salud y seguridad',
      'Impactos dispares',
    ]);
    expect(sectionLabelIn('abstract', 'es')).toBe('Resumen');
  });

  it('has a distinct, non-empty name for every key in every language', () => {
    for (const l of LOCALES) {
      const names = KEYS.map((k) => sectionLabelIn(k, l.code));
      expect(
        names.every((n) => n.trim().length > 0),
        l.code,
      ).toBe(true);
      expect(new Set(names).size, l.code).toBe(KEYS.length);
      if (l.code !== 'en')
        expect(
          names.filter((n, i) => n === sectionLabel(KEYS[i]!)),
          `${l.code} leaves these names in English`,
        ).toEqual([]);
    }
  });
});

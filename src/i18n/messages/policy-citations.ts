/**
 * How the portal names a cited place in a policy ("External Entities ¶3",
 * "Summary of changes", "Addendum 1") in every language. Paragraph numbers
 * stay as they are: they are the numbers of the anchors (`#external-entities-p3`).
 * Used by src/lib/oversight/citations.ts and src/lib/compare/cite-groups.ts.
 */
import { defineMessages } from '../messages.ts';

const en = {
  summaryOfChanges: 'Summary of changes',
  addendum: (n: number) => `Addendum ${n}`,
  para: (n: number) => `¶${n}`,
  paraItem: (n: number, item: number) => `¶${n}, item ${item}`,
  withFootnote: (label: string, n: number) => `${label} (footnote ${n})`,
  linkName: (label: string, technology: string) => `${label}, ${technology} policy`,
};

export default defineMessages(
  'policy-citations',
  {
    en,
    es: {
      summaryOfChanges: 'Resumen de cambios',
      addendum: (n: number) => `Adenda ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, punto ${item}`,
      withFootnote: (label: string, n: number) => `${label} (nota ${n})`,
      linkName: (label: string, technology: string) => `${label}, política de ${technology}`,
    },
    'zh-hant': {
      summaryOfChanges: '變更摘要',
      addendum: (n: number) => `增補 ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}，第 ${item} 項`,
      withFootnote: (label: string, n: number) => `${label}（註腳 ${n}）`,
      linkName: (label: string, technology: string) => `${label}，${technology} 政策`,
    },
    'zh-hans': {
      summaryOfChanges: '变更摘要',
      addendum: (n: number) => `增补 ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}，第 ${item} 项`,
      withFootnote: (label: string, n: number) => `${label}（脚注 ${n}）`,
      linkName: (label: string, technology: string) => `${label}，${technology} 政策`,
    },
    ru: {
      summaryOfChanges: 'Сводка изменений',
      addendum: (n: number) => `Дополнение ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, пункт ${item}`,
      withFootnote: (label: string, n: number) => `${label} (сноска ${n})`,
      linkName: (label: string, technology: string) => `${label}, политика «${technology}»`,
    },
    bn: {
      summaryOfChanges: 'পরিবর্তনের সারসংক্ষেপ',
      addendum: (n: number) => `সংযোজনী ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, দফা ${item}`,
      withFootnote: (label: string, n: number) => `${label} (পাদটীকা ${n})`,
      linkName: (label: string, technology: string) => `${label}, ${technology} নীতি`,
    },
    ht: {
      summaryOfChanges: 'Rezime chanjman yo',
      addendum: (n: number) => `Adenda ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, pwen ${item}`,
      withFootnote: (label: string, n: number) => `${label} (nòt ${n})`,
      linkName: (label: string, technology: string) => `${label}, politik ${technology}`,
    },
    ko: {
      summaryOfChanges: '변경 사항 요약',
      addendum: (n: number) => `부록 ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, ${item}항`,
      withFootnote: (label: string, n: number) => `${label} (각주 ${n})`,
      linkName: (label: string, technology: string) => `${label}, ${technology} 정책`,
    },
    ar: {
      summaryOfChanges: 'ملخص التغييرات',
      addendum: (n: number) => `الملحق ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}، البند ${item}`,
      withFootnote: (label: string, n: number) => `${label} (الحاشية ${n})`,
      linkName: (label: string, technology: string) => `${label}، سياسة ${technology}`,
    },
    ur: {
      summaryOfChanges: 'تبدیلیوں کا خلاصہ',
      addendum: (n: number) => `ضمیمہ ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}، شق ${item}`,
      withFootnote: (label: string, n: number) => `${label} (حاشیہ ${n})`,
      linkName: (label: string, technology: string) => `${label}، ${technology} پالیسی`,
    },
    fr: {
      summaryOfChanges: 'Résumé des modifications',
      addendum: (n: number) => `Addendum ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, point ${item}`,
      withFootnote: (label: string, n: number) => `${label} (note ${n})`,
      linkName: (label: string, technology: string) => `${label}, politique ${technology}`,
    },
    pl: {
      summaryOfChanges: 'Podsumowanie zmian',
      addendum: (n: number) => `Aneks ${n}`,
      para: (n: number) => `¶${n}`,
      paraItem: (n: number, item: number) => `¶${n}, punkt ${item}`,
      withFootnote: (label: string, n: number) => `${label} (przypis ${n})`,
      linkName: (label: string, technology: string) => `${label}, polityka ${technology}`,
    },
  },
  {
    es: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    'zh-hant': { date: '2026-12-03', from: 'e85c2d1bc15e' },
    'zh-hans': { date: '2026-12-03', from: 'e85c2d1bc15e' },
    ru: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    bn: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    ht: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    ko: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    ar: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    ur: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    fr: { date: '2026-12-03', from: 'e85c2d1bc15e' },
    pl: { date: '2026-12-03', from: 'e85c2d1bc15e' },
  },
);

/**
 * The methodology page's title, heading and description in every language.
 * Its text is the guide content/guides/methodology.mdx (Spanish:
 * content/guides/es/methodology.mdx); in a language without a translation of
 * the guide, the page's heading is still in that language and the guide is
 * shown in English with the "not yet translated" notice.
 */
import { defineMessages } from '../messages.ts';

export default defineMessages(
  'site-methodology',
  {
    en: {
      title: 'Methodology',
      heading: 'Methodology of the oversight views',
      description:
        'How the portal reads key facts, measures boilerplate and scores the completeness of NYPD Impact and Use Policies: every rule and threshold.',
    },
    es: {
      title: 'Metodología',
      heading: 'Metodología de las vistas de supervisión',
      description:
        'Cómo lee el portal los datos clave, mide el texto repetido y evalúa la integridad de las Políticas de Impacto y Uso del NYPD: cada regla y cada umbral.',
    },
    'zh-hant': {
      title: '方法',
      heading: '監督檢視的方法',
      description:
        '本網站如何讀取重點事實、衡量制式文字，以及評估 NYPD 影響與使用政策的完整性：每條規則和門檻。',
    },
    'zh-hans': {
      title: '方法',
      heading: '监督视图的方法',
      description:
        '本网站如何读取要点事实、衡量套话文字，以及评估 NYPD 影响与使用政策的完整性：每条规则和阈值。',
    },
    ru: {
      title: 'Методология',
      heading: 'Методология обзоров для надзора',
      description:
        'Как портал извлекает ключевые факты, измеряет шаблонный текст и оценивает полноту политик воздействия и использования NYPD: все правила и пороги.',
    },
    bn: {
      title: 'পদ্ধতি',
      heading: 'তত্ত্বাবধানের দৃশ্যগুলোর পদ্ধতি',
      description:
        'পোর্টাল কীভাবে মূল তথ্য পড়ে, গতানুগতিক লেখা মাপে এবং NYPD-র প্রভাব ও ব্যবহার নীতির সম্পূর্ণতা যাচাই করে: প্রতিটি নিয়ম ও সীমা।',
    },
    ht: {
      title: 'Metodoloji',
      heading: 'Metodoloji pou paj sipèvizyon yo',
      description:
        'Kijan pòtay la li enfòmasyon kle yo, mezire tèks repete, epi evalye si Règleman sou Enpak ak Itilizasyon NYPD yo konplè: chak règ ak chak limit.',
    },
    ko: {
      title: '방법론',
      heading: '감독 보기의 방법론',
      description:
        '포털이 핵심 사실을 읽고, 상투적 문구를 측정하고, NYPD 영향 및 사용 정책의 완전성을 평가하는 방법: 모든 규칙과 기준값.',
    },
    ar: {
      title: 'المنهجية',
      heading: 'منهجية صفحات الرقابة',
      description:
        'كيف تقرأ البوابة الوقائع الرئيسية وتقيس النص المتكرر وتقيّم اكتمال سياسات الأثر والاستخدام لشرطة نيويورك: كل قاعدة وكل حدّ.',
    },
    ur: {
      title: 'طریقۂ کار',
      heading: 'نگرانی کے صفحات کا طریقۂ کار',
      description:
        'پورٹل کس طرح اہم حقائق پڑھتا ہے، دہرائے گئے متن کی پیمائش کرتا ہے اور NYPD کی اثرات اور استعمال کی پالیسیوں کی تکمیل جانچتا ہے: ہر قاعدہ اور ہر حد۔',
    },
    fr: {
      title: 'Méthodologie',
      heading: 'Méthodologie des vues de contrôle',
      description:
        'Comment le portail lit les faits clés, mesure le texte standard et évalue la complétude des politiques d’impact et d’utilisation du NYPD\u00a0: chaque règle et chaque seuil.',
    },
    pl: {
      title: 'Metodologia',
      heading: 'Metodologia widoków nadzoru',
      description:
        'Jak portal odczytuje kluczowe fakty, mierzy powtarzalny tekst i ocenia kompletność polityk wpływu i użycia NYPD: każda reguła i każdy próg.',
    },
  },
  {
    es: { date: '2026-12-03', from: '24c62abcce68' },
    'zh-hant': { date: '2026-12-03', from: '24c62abcce68' },
    'zh-hans': { date: '2026-12-03', from: '24c62abcce68' },
    ru: { date: '2026-12-03', from: '24c62abcce68' },
    bn: { date: '2026-12-03', from: '24c62abcce68' },
    ht: { date: '2026-12-03', from: '24c62abcce68' },
    ko: { date: '2026-12-03', from: '24c62abcce68' },
    ar: { date: '2026-12-03', from: '24c62abcce68' },
    ur: { date: '2026-12-03', from: '24c62abcce68' },
    fr: { date: '2026-12-03', from: '24c62abcce68' },
    pl: { date: '2026-12-03', from: '24c62abcce68' },
  },
);

/**
 * Translations of the short descriptive texts the project's data files hold
 * (data/inventory/nypd-policy-inventory.csv: status seen, certainty, source
 * descriptions; data/policies/<slug>/publication.json: where an address comes
 * from). Keyed by the English exactly as in the data: a text that changes in
 * the data has no translation until it is added here, and shows in English,
 * marked (src/lib/policy/data-text.ts). URLs and file paths are not
 * translated. A unit test names any text in data/ without its Spanish. All
 * twelve languages have them (short terms), so that a policy page has no
 * English left outside the policy text.
 */
import { defineProse } from '../messages.ts';

const en = {
  "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
    "the address third-party reports cite for the NYPD's list of Impact and Use Policies",
  final: 'final',
  'final (updated)': 'final (updated)',
  referenced: 'referenced',
  'draft for public comment': 'draft for public comment',
  'draft (public comments filed)': 'draft (public comments filed)',
  revised: 'revised',
  confirmed: 'confirmed',
  'confirmed (named in thermographic cameras footnote 1)':
    'confirmed (named in thermographic cameras footnote 1)',
  'confirmed (named in thermographic cameras footnote 2)':
    'confirmed (named in thermographic cameras footnote 2)',
  'confirmed (named in thermographic cameras footnote 3)':
    'confirmed (named in thermographic cameras footnote 3)',
  'uncertain (file name cited by a third party)': 'uncertain (file name cited by a third party)',
  'uncertain (secondary note)': 'uncertain (secondary note)',
  'third-party citation of the NYPD post-final PDF':
    'third-party citation of the NYPD post-final PDF',
  'third-party research note': 'third-party research note',
};

export default defineProse(
  'policy-data-text',
  {
    en,
    es: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'la dirección que citan informes de terceros para la lista de Políticas de Impacto y Uso del NYPD',
      final: 'final',
      'final (updated)': 'final (actualizada)',
      referenced: 'mencionada',
      'draft for public comment': 'borrador sometido a comentarios del público',
      'draft (public comments filed)': 'borrador (con comentarios del público presentados)',
      revised: 'revisada',
      confirmed: 'confirmado',
      'confirmed (named in thermographic cameras footnote 1)':
        'confirmado (mencionada en la nota 1 de la política de thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'confirmado (mencionada en la nota 2 de la política de thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'confirmado (mencionada en la nota 3 de la política de thermographic cameras)',
      'uncertain (file name cited by a third party)':
        'incierto (nombre de archivo citado por un tercero)',
      'uncertain (secondary note)': 'incierto (nota secundaria)',
      'third-party citation of the NYPD post-final PDF':
        'cita, por un tercero, del PDF del NYPD posterior a la versión final',
      'third-party research note': 'nota de investigación de un tercero',
    },
    'zh-hant': {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        '第三方報告所引用的 NYPD 影響與使用政策清單網址',
      final: '最終版',
      'final (updated)': '最終版（已更新）',
      referenced: '被提及',
      'draft for public comment': '供公眾評論的草案',
      'draft (public comments filed)': '草案（已提交公眾評論）',
      revised: '修訂版',
      confirmed: '已確認',
      'confirmed (named in thermographic cameras footnote 1)':
        '已確認（見於 thermographic cameras 政策註腳 1）',
      'confirmed (named in thermographic cameras footnote 2)':
        '已確認（見於 thermographic cameras 政策註腳 2）',
      'confirmed (named in thermographic cameras footnote 3)':
        '已確認（見於 thermographic cameras 政策註腳 3）',
      'uncertain (file name cited by a third party)': '不確定（檔名由第三方引用）',
      'uncertain (secondary note)': '不確定（次要資料）',
      'third-party citation of the NYPD post-final PDF': '第三方對 NYPD 最終版之後的 PDF 的引用',
      'third-party research note': '第三方研究筆記',
    },
    'zh-hans': {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        '第三方报告所引用的 NYPD 影响与使用政策清单网址',
      final: '最终版',
      'final (updated)': '最终版（已更新）',
      referenced: '被提及',
      'draft for public comment': '供公众评论的草案',
      'draft (public comments filed)': '草案（已提交公众评论）',
      revised: '修订版',
      confirmed: '已确认',
      'confirmed (named in thermographic cameras footnote 1)':
        '已确认（见于 thermographic cameras 政策脚注 1）',
      'confirmed (named in thermographic cameras footnote 2)':
        '已确认（见于 thermographic cameras 政策脚注 2）',
      'confirmed (named in thermographic cameras footnote 3)':
        '已确认（见于 thermographic cameras 政策脚注 3）',
      'uncertain (file name cited by a third party)': '不确定（文件名由第三方引用）',
      'uncertain (secondary note)': '不确定（次要资料）',
      'third-party citation of the NYPD post-final PDF': '第三方对 NYPD 最终版之后的 PDF 的引用',
      'third-party research note': '第三方研究笔记',
    },
    ru: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'адрес, который сторонние отчёты приводят для перечня политик воздействия и использования NYPD',
      final: 'окончательная',
      'final (updated)': 'окончательная (обновлена)',
      referenced: 'упоминается',
      'draft for public comment': 'проект для общественного обсуждения',
      'draft (public comments filed)': 'проект (общественные замечания поданы)',
      revised: 'пересмотрена',
      confirmed: 'подтверждено',
      'confirmed (named in thermographic cameras footnote 1)':
        'подтверждено (упоминается в сноске 1 политики thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'подтверждено (упоминается в сноске 2 политики thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'подтверждено (упоминается в сноске 3 политики thermographic cameras)',
      'uncertain (file name cited by a third party)':
        'не установлено (имя файла приводит третья сторона)',
      'uncertain (secondary note)': 'не установлено (вторичная заметка)',
      'third-party citation of the NYPD post-final PDF':
        'ссылка третьей стороны на PDF NYPD, вышедший после окончательной версии',
      'third-party research note': 'исследовательская заметка третьей стороны',
    },
    bn: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'NYPD-এর প্রভাব ও ব্যবহার নীতির তালিকার জন্য তৃতীয় পক্ষের প্রতিবেদনে উদ্ধৃত ঠিকানা',
      final: 'চূড়ান্ত',
      'final (updated)': 'চূড়ান্ত (হালনাগাদ)',
      referenced: 'উল্লেখিত',
      'draft for public comment': 'জনমতের জন্য খসড়া',
      'draft (public comments filed)': 'খসড়া (জনমত জমা পড়েছে)',
      revised: 'সংশোধিত',
      confirmed: 'নিশ্চিত',
      'confirmed (named in thermographic cameras footnote 1)':
        'নিশ্চিত (thermographic cameras নীতির পাদটীকা 1-এ উল্লেখিত)',
      'confirmed (named in thermographic cameras footnote 2)':
        'নিশ্চিত (thermographic cameras নীতির পাদটীকা 2-এ উল্লেখিত)',
      'confirmed (named in thermographic cameras footnote 3)':
        'নিশ্চিত (thermographic cameras নীতির পাদটীকা 3-এ উল্লেখিত)',
      'uncertain (file name cited by a third party)': 'অনিশ্চিত (ফাইলের নাম তৃতীয় পক্ষের উদ্ধৃত)',
      'uncertain (secondary note)': 'অনিশ্চিত (গৌণ নোট)',
      'third-party citation of the NYPD post-final PDF':
        'চূড়ান্ত সংস্করণের পরের NYPD PDF-এর তৃতীয় পক্ষের উদ্ধৃতি',
      'third-party research note': 'তৃতীয় পক্ষের গবেষণা নোট',
    },
    ht: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'adrès rapò lòt moun site pou lis Politik sou Enpak ak Itilizasyon NYPD yo',
      final: 'final',
      'final (updated)': 'final (mete ajou)',
      referenced: 'mansyone',
      'draft for public comment': 'bouyon pou kòmantè piblik',
      'draft (public comments filed)': 'bouyon (kòmantè piblik depoze)',
      revised: 'revize',
      confirmed: 'konfime',
      'confirmed (named in thermographic cameras footnote 1)':
        'konfime (mansyone nan nòt 1 politik thermographic cameras la)',
      'confirmed (named in thermographic cameras footnote 2)':
        'konfime (mansyone nan nòt 2 politik thermographic cameras la)',
      'confirmed (named in thermographic cameras footnote 3)':
        'konfime (mansyone nan nòt 3 politik thermographic cameras la)',
      'uncertain (file name cited by a third party)':
        'pa sèten (non fichye a se yon lòt moun ki site l)',
      'uncertain (secondary note)': 'pa sèten (nòt segondè)',
      'third-party citation of the NYPD post-final PDF':
        'sitasyon yon lòt moun fè sou PDF NYPD ki vin apre vèsyon final la',
      'third-party research note': 'nòt rechèch yon lòt moun',
    },
    ko: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        '제3자 보고서가 NYPD 영향 및 사용 정책 목록으로 인용하는 주소',
      final: '최종',
      'final (updated)': '최종(개정됨)',
      referenced: '언급됨',
      'draft for public comment': '공개 의견 수렴용 초안',
      'draft (public comments filed)': '초안(공개 의견 제출됨)',
      revised: '개정됨',
      confirmed: '확인됨',
      'confirmed (named in thermographic cameras footnote 1)':
        '확인됨(thermographic cameras 정책 각주 1에 언급)',
      'confirmed (named in thermographic cameras footnote 2)':
        '확인됨(thermographic cameras 정책 각주 2에 언급)',
      'confirmed (named in thermographic cameras footnote 3)':
        '확인됨(thermographic cameras 정책 각주 3에 언급)',
      'uncertain (file name cited by a third party)': '불확실(제3자가 인용한 파일 이름)',
      'uncertain (secondary note)': '불확실(2차 메모)',
      'third-party citation of the NYPD post-final PDF': '최종본 이후 NYPD PDF에 대한 제3자 인용',
      'third-party research note': '제3자 연구 메모',
    },
    ar: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'العنوان الذي تذكره تقارير أطراف ثالثة لقائمة سياسات الأثر والاستخدام لدى NYPD',
      final: 'نهائية',
      'final (updated)': 'نهائية (محدّثة)',
      referenced: 'مذكورة',
      'draft for public comment': 'مسودة مطروحة للتعليق العام',
      'draft (public comments filed)': 'مسودة (قُدّمت تعليقات عامة)',
      revised: 'منقّحة',
      confirmed: 'مؤكد',
      'confirmed (named in thermographic cameras footnote 1)':
        'مؤكد (مذكورة في الحاشية 1 من سياسة thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'مؤكد (مذكورة في الحاشية 2 من سياسة thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'مؤكد (مذكورة في الحاشية 3 من سياسة thermographic cameras)',
      'uncertain (file name cited by a third party)': 'غير مؤكد (اسم الملف يذكره طرف ثالث)',
      'uncertain (secondary note)': 'غير مؤكد (ملاحظة ثانوية)',
      'third-party citation of the NYPD post-final PDF':
        'استشهاد طرف ثالث بملف PDF من NYPD لاحق للنسخة النهائية',
      'third-party research note': 'ملاحظة بحثية لطرف ثالث',
    },
    ur: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'وہ پتا جو تیسرے فریق کی رپورٹیں NYPD کی اثرات اور استعمال کی پالیسیوں کی فہرست کے لیے بتاتی ہیں',
      final: 'حتمی',
      'final (updated)': 'حتمی (اپ ڈیٹ شدہ)',
      referenced: 'ذکر شدہ',
      'draft for public comment': 'عوامی رائے کے لیے مسودہ',
      'draft (public comments filed)': 'مسودہ (عوامی آرا جمع کرائی گئیں)',
      revised: 'نظرثانی شدہ',
      confirmed: 'تصدیق شدہ',
      'confirmed (named in thermographic cameras footnote 1)':
        'تصدیق شدہ (thermographic cameras پالیسی کے حاشیہ 1 میں ذکر)',
      'confirmed (named in thermographic cameras footnote 2)':
        'تصدیق شدہ (thermographic cameras پالیسی کے حاشیہ 2 میں ذکر)',
      'confirmed (named in thermographic cameras footnote 3)':
        'تصدیق شدہ (thermographic cameras پالیسی کے حاشیہ 3 میں ذکر)',
      'uncertain (file name cited by a third party)':
        'غیر یقینی (فائل کا نام تیسرے فریق کا بتایا ہوا)',
      'uncertain (secondary note)': 'غیر یقینی (ثانوی نوٹ)',
      'third-party citation of the NYPD post-final PDF':
        'حتمی ورژن کے بعد کی NYPD PDF کا تیسرے فریق کا حوالہ',
      'third-party research note': 'تیسرے فریق کا تحقیقی نوٹ',
    },
    fr: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'l’adresse que citent des rapports de tiers pour la liste des politiques d’impact et d’utilisation du NYPD',
      final: 'définitive',
      'final (updated)': 'définitive (mise à jour)',
      referenced: 'mentionnée',
      'draft for public comment': 'projet soumis aux commentaires du public',
      'draft (public comments filed)': 'projet (commentaires du public déposés)',
      revised: 'révisée',
      confirmed: 'confirmé',
      'confirmed (named in thermographic cameras footnote 1)':
        'confirmé (mentionnée dans la note 1 de la politique thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'confirmé (mentionnée dans la note 2 de la politique thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'confirmé (mentionnée dans la note 3 de la politique thermographic cameras)',
      'uncertain (file name cited by a third party)':
        'incertain (nom de fichier cité par un tiers)',
      'uncertain (secondary note)': 'incertain (note secondaire)',
      'third-party citation of the NYPD post-final PDF':
        'citation par un tiers du PDF du NYPD postérieur à la version définitive',
      'third-party research note': 'note de recherche d’un tiers',
    },
    pl: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'adres podawany w raportach osób trzecich jako wykaz polityk wpływu i wykorzystania NYPD',
      final: 'ostateczna',
      'final (updated)': 'ostateczna (zaktualizowana)',
      referenced: 'wspomniana',
      'draft for public comment': 'projekt do konsultacji publicznych',
      'draft (public comments filed)': 'projekt (złożono uwagi publiczne)',
      revised: 'zmieniona',
      confirmed: 'potwierdzone',
      'confirmed (named in thermographic cameras footnote 1)':
        'potwierdzone (wspomniana w przypisie 1 polityki thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'potwierdzone (wspomniana w przypisie 2 polityki thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'potwierdzone (wspomniana w przypisie 3 polityki thermographic cameras)',
      'uncertain (file name cited by a third party)': 'niepewne (nazwę pliku podaje osoba trzecia)',
      'uncertain (secondary note)': 'niepewne (notatka pomocnicza)',
      'third-party citation of the NYPD post-final PDF':
        'cytat osoby trzeciej z PDF NYPD późniejszego niż wersja ostateczna',
      'third-party research note': 'notatka badawcza osoby trzeciej',
    },
  },
  {
    es: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    'zh-hant': { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    'zh-hans': { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    ru: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    bn: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    ht: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    ko: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    ar: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    ur: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    fr: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
    pl: { date: '2026-12-03', from: '7ab2ef0ac1b6' },
  },
);

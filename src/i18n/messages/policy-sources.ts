/**
 * /sources/ in every language: title, table caption and headers, and what
 * each source file is. Its explanations are in `policy-sources-prose`.
 */
import { defineMessages } from '../messages.ts';
import { num } from '../policy-plural.ts';

const en = {
  title: 'Source documents',
  caption: (n: number) => `Source documents (${n})`,
  colFile: 'File',
  colWhat: 'What it is',
  colImportedAs: 'Imported as',
  colSha: 'SHA-256',
  whatPdf: (technology: string, version: string) =>
    `PDF of the NYPD Impact and Use Policy for ${technology} (${version})`,
  whatText: (technology: string, version: string) =>
    `Text extracted from the published PDF of the NYPD Impact and Use Policy for ${technology} (${version})`,
  versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} ${date}`,
  versionUndated: (status: string) => `${status}, no date printed`,
};

export default defineMessages(
  'policy-sources',
  {
    en,
    es: {
      title: 'Documentos de origen',
      caption: (n: number) => `Documentos de origen (${num('es', n)})`,
      colFile: 'Archivo',
      colWhat: 'Qué es',
      colImportedAs: 'Importado como',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `PDF de la Política de Impacto y Uso del NYPD sobre ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `Texto extraído del PDF publicado de la Política de Impacto y Uso del NYPD sobre ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} el ${date}`,
      versionUndated: (status: string) => `${status}, sin fecha impresa`,
    },
    'zh-hant': {
      title: '來源文件',
      caption: (n: number) => `來源文件（${num('zh-hant', n)}）`,
      colFile: '檔案',
      colWhat: '內容',
      colImportedAs: '匯入為',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `NYPD 關於 ${technology} 的影響與使用政策 PDF（${version}）`,
      whatText: (technology: string, version: string) =>
        `從 NYPD 關於 ${technology} 的影響與使用政策已發布 PDF 擷取的文字（${version}）`,
      versionDated: (status: string, kind: string, date: string) => `${status}，${date}${kind}`,
      versionUndated: (status: string) => `${status}，未載明日期`,
    },
    'zh-hans': {
      title: '来源文件',
      caption: (n: number) => `来源文件（${num('zh-hans', n)}）`,
      colFile: '文件',
      colWhat: '内容',
      colImportedAs: '导入为',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `NYPD 关于 ${technology} 的影响与使用政策 PDF（${version}）`,
      whatText: (technology: string, version: string) =>
        `从 NYPD 关于 ${technology} 的影响与使用政策已发布 PDF 提取的文字（${version}）`,
      versionDated: (status: string, kind: string, date: string) => `${status}，${date}${kind}`,
      versionUndated: (status: string) => `${status}，未载明日期`,
    },
    ru: {
      title: 'Исходные документы',
      caption: (n: number) => `Исходные документы (${num('ru', n)})`,
      colFile: 'Файл',
      colWhat: 'Что это',
      colImportedAs: 'Импортирован как',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `PDF политики воздействия и использования NYPD для технологии ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `Текст, извлечённый из опубликованного PDF политики воздействия и использования NYPD для технологии ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} ${date}`,
      versionUndated: (status: string) => `${status}, дата не напечатана`,
    },
    bn: {
      title: 'উৎস নথি',
      caption: (n: number) => `উৎস নথি (${num('bn', n)})`,
      colFile: 'ফাইল',
      colWhat: 'এটি কী',
      colImportedAs: 'যে পৃষ্ঠা হিসেবে আমদানি',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `${technology} বিষয়ে NYPD-এর প্রভাব ও ব্যবহার নীতির PDF (${version})`,
      whatText: (technology: string, version: string) =>
        `${technology} বিষয়ে NYPD-এর প্রভাব ও ব্যবহার নীতির প্রকাশিত PDF থেকে বের করা পাঠ্য (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} ${date}`,
      versionUndated: (status: string) => `${status}, কোনো তারিখ মুদ্রিত নেই`,
    },
    ht: {
      title: 'Dokiman sous',
      caption: (n: number) => `Dokiman sous (${num('ht', n)})`,
      colFile: 'Fichye',
      colWhat: 'Sa li ye',
      colImportedAs: 'Enpòte tankou',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `PDF Politik sou Enpak ak Itilizasyon NYPD pou ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `Tèks yo ekstrè nan PDF ki pibliye a pou Politik sou Enpak ak Itilizasyon NYPD pou ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} ${date}`,
      versionUndated: (status: string) => `${status}, pa gen dat enprime`,
    },
    ko: {
      title: '원본 문서',
      caption: (n: number) => `원본 문서(${num('ko', n)})`,
      colFile: '파일',
      colWhat: '내용',
      colImportedAs: '가져온 페이지',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `${technology}에 관한 NYPD 영향 및 사용 정책 PDF(${version})`,
      whatText: (technology: string, version: string) =>
        `${technology}에 관한 NYPD 영향 및 사용 정책의 게시된 PDF에서 추출한 텍스트(${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${date} ${kind}`,
      versionUndated: (status: string) => `${status}, 인쇄된 날짜 없음`,
    },
    ar: {
      title: 'الوثائق المصدر',
      caption: (n: number) => `الوثائق المصدر (${num('ar', n)})`,
      colFile: 'الملف',
      colWhat: 'ما هو',
      colImportedAs: 'استُورد بوصفه',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `ملف PDF لسياسة الأثر والاستخدام لدى NYPD بشأن ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `نص مستخرج من ملف PDF المنشور لسياسة الأثر والاستخدام لدى NYPD بشأن ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}، ${kind} في ${date}`,
      versionUndated: (status: string) => `${status}، دون تاريخ مطبوع`,
    },
    ur: {
      title: 'ماخذ دستاویزات',
      caption: (n: number) => `ماخذ دستاویزات (${num('ur', n)})`,
      colFile: 'فائل',
      colWhat: 'یہ کیا ہے',
      colImportedAs: 'بطور درآمد',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `${technology} کے بارے میں NYPD کی اثرات اور استعمال کی پالیسی کی PDF (${version})`,
      whatText: (technology: string, version: string) =>
        `${technology} کے بارے میں NYPD کی اثرات اور استعمال کی پالیسی کی شائع شدہ PDF سے نکالا گیا متن (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}، ${date} کو ${kind}`,
      versionUndated: (status: string) => `${status}، کوئی تاریخ چھپی ہوئی نہیں`,
    },
    fr: {
      title: 'Documents sources',
      caption: (n: number) => `Documents sources (${num('fr', n)})`,
      colFile: 'Fichier',
      colWhat: 'De quoi il s’agit',
      colImportedAs: 'Importé comme',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `PDF de la politique d’impact et d’utilisation du NYPD pour ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `Texte extrait du PDF publié de la politique d’impact et d’utilisation du NYPD pour ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} le ${date}`,
      versionUndated: (status: string) => `${status}, aucune date imprimée`,
    },
    pl: {
      title: 'Dokumenty źródłowe',
      caption: (n: number) => `Dokumenty źródłowe (${num('pl', n)})`,
      colFile: 'Plik',
      colWhat: 'Co to jest',
      colImportedAs: 'Zaimportowano jako',
      colSha: 'SHA-256',
      whatPdf: (technology: string, version: string) =>
        `PDF polityki wpływu i wykorzystania NYPD dotyczącej technologii ${technology} (${version})`,
      whatText: (technology: string, version: string) =>
        `Tekst wyodrębniony z opublikowanego PDF polityki wpływu i wykorzystania NYPD dotyczącej technologii ${technology} (${version})`,
      versionDated: (status: string, kind: string, date: string) => `${status}, ${kind} ${date}`,
      versionUndated: (status: string) => `${status}, bez wydrukowanej daty`,
    },
  },
  {
    es: { date: '2026-12-03', from: 'fc1de2af427b' },
    'zh-hant': { date: '2026-12-03', from: 'fc1de2af427b' },
    'zh-hans': { date: '2026-12-03', from: 'fc1de2af427b' },
    ru: { date: '2026-12-03', from: 'fc1de2af427b' },
    bn: { date: '2026-12-03', from: 'fc1de2af427b' },
    ht: { date: '2026-12-03', from: 'fc1de2af427b' },
    ko: { date: '2026-12-03', from: 'fc1de2af427b' },
    ar: { date: '2026-12-03', from: 'fc1de2af427b' },
    ur: { date: '2026-12-03', from: 'fc1de2af427b' },
    fr: { date: '2026-12-03', from: 'fc1de2af427b' },
    pl: { date: '2026-12-03', from: 'fc1de2af427b' },
  },
);

/**
 * The home page in every language: the three users' start paths, the
 * latest changes, every section of the portal with its one-sentence
 * description (keyed like the navigation labels of core.ts, which
 * src/lib/site-nav.ts names), and the 404 page's line per language.
 * Links: `[label](name)`; values: `{name}` (src/lib/text-template.ts).
 */
import { defineMessages } from '../messages.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../locales.ts';

const n = (locale: Locale, count: number) => formatNumber(locale, count);

const en = {
  description:
    "The NYPD's surveillance technology Impact and Use Policies, published under the POST Act, as structured, linkable, searchable pages.",
  lede: 'The NYPD publishes an Impact and Use Policy for each surveillance technology it uses, under the Public Oversight of Surveillance Technology (POST) Act. Read them here paragraph by paragraph, compare them, and request the records they describe.',
  whereToStart: 'Where to start',
  readHeading: 'Read a policy',
  readText: 'Each policy section by section, every paragraph with a link and a citation.',
  allPolicies: (count: number, locale: Locale) => `All ${n(locale, count)} policies`,
  hearingHeading: 'Prepare for a hearing',
  hearingText:
    'What the policies say side by side, what they leave out, and the figures behind them.',
  hearingPackets:
    '[Hearing packets](reports): a printable packet per technology: the policy, its key facts, scorecard, reporting gaps and questions for witnesses (HTML and PDF)',
  hearingCompare:
    '[Compare policies](compare): the same questions answered by each policy, with the paragraph that says so',
  hearingScorecard:
    '[Completeness scorecard](scorecard): does each policy cover what the POST Act requires, and why not',
  hearingStatistics:
    '[Statistics](statistics): the figures published about each technology, with who says so',
  requestHeading: 'Request records',
  requestText: "Ask the NYPD for the records a policy says exist, under New York's FOIL.",
  foilWhat: '[What to ask for](foil), technology by technology',
  foilWhere: 'Where to send it',
  foilLetter: 'Write the letter',
  foilDeadlines: 'Deadlines and appeals',
  latestHeading: 'What changed lately',
  noEvents: 'No dated event yet.',
  latestItem: '{technology}: {what}',
  eventPostedFinal: 'Final policy posted',
  eventPostedDraft: 'Draft policy posted',
  eventUpdatedFinal: 'Final policy updated',
  eventUpdatedDraft: 'Draft policy updated',
  eventAddendum: 'Addendum',
  eventAddedFinal: 'Final policy added to the portal',
  eventAddedDraft: 'Draft policy added to the portal',
  latestMore:
    'Every dated event is on the [timeline](timeline); follow them with the [RSS feed](feed).',
  sectionsHeading: 'Everything on the portal',
  navPolicies:
    'Every imported Impact and Use Policy, section by section, with a link and a citation for each paragraph.',
  navStatistics:
    'What is and is not reported per technology: published figures with their sources, charts with data tables, FOIL figures and addenda.',
  navData:
    'Catalogue of every dataset behind the statistics, with schema, sources, licence and a Frictionless datapackage.json.',
  navFoil:
    'Which records each policy says exist, where to send a Freedom of Information Law request, the deadlines, and letter builders that work in your browser.',
  navCompare:
    'Key facts of every policy side by side (data kept, retention, court authorization, sharing, security), each linked to its paragraph, and how much text the policies share.',
  navScorecard:
    'Does each policy cover every section the POST Act requires, in substance, and answer the law’s specific questions? Pass or fail with the evidence.',
  navReports:
    'A hearing packet per technology and a citywide annual report, as print-ready pages and tagged PDFs, each with the fingerprint of the data it was made from.',
  navTimeline:
    'Every dated policy event (postings, updates, addenda) across technologies, with an RSS feed.',
  notFoundHome: 'Go to the home page',
  otherLanguages: 'Other languages',
};

export default defineMessages(
  'site-home',
  {
    en,
    es: {
      description:
        'Las Políticas de Impacto y Uso de las tecnologías de vigilancia del NYPD, publicadas según la Ley POST, en páginas estructuradas, enlazables y con búsqueda.',
      lede: 'El NYPD publica una Política de Impacto y Uso para cada tecnología de vigilancia que utiliza, según la Ley de Supervisión Pública de la Tecnología de Vigilancia (Ley POST). Léalas aquí párrafo por párrafo, compárelas y solicite los registros que describen.',
      whereToStart: 'Por dónde empezar',
      readHeading: 'Leer una política',
      readText: 'Cada política sección por sección, y cada párrafo con un enlace y una cita.',
      allPolicies: (count: number, locale: Locale) =>
        count === 1 ? 'La política' : `Las ${n(locale, count)} políticas`,
      hearingHeading: 'Preparar una audiencia',
      hearingText:
        'Lo que dicen las políticas una al lado de la otra, lo que omiten y las cifras que hay detrás.',
      hearingPackets:
        '[Dosieres para audiencias](reports): un dosier imprimible por tecnología, con la política, sus datos clave, la evaluación, lo que no se informa y preguntas para los testigos (HTML y PDF)',
      hearingCompare:
        '[Comparar políticas](compare): las mismas preguntas respondidas por cada política, con el párrafo que lo dice',
      hearingScorecard:
        '[Evaluación de integridad](scorecard): si cada política cubre lo que exige la Ley POST, y por qué no',
      hearingStatistics:
        '[Estadísticas](statistics): las cifras publicadas sobre cada tecnología, con quién las afirma',
      requestHeading: 'Solicitar registros',
      requestText:
        'Pida al NYPD los registros que una política dice que existen, según la ley FOIL de Nueva York.',
      foilWhat: '[Qué pedir](foil), tecnología por tecnología',
      foilWhere: 'Adónde enviarla',
      foilLetter: 'Redactar la carta',
      foilDeadlines: 'Plazos y apelaciones',
      latestHeading: 'Cambios recientes',
      noEvents: 'Todavía no hay ningún hecho con fecha.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'Publicación de la política definitiva',
      eventPostedDraft: 'Publicación del borrador de la política',
      eventUpdatedFinal: 'Actualización de la política definitiva',
      eventUpdatedDraft: 'Actualización del borrador de la política',
      eventAddendum: 'Adenda',
      eventAddedFinal: 'Política definitiva incorporada al portal',
      eventAddedDraft: 'Borrador de política incorporado al portal',
      latestMore:
        'Todos los hechos con fecha están en la [cronología](timeline); sígalos con el [canal RSS](feed).',
      sectionsHeading: 'Todo lo que hay en el portal',
      navPolicies:
        'Cada Política de Impacto y Uso importada, sección por sección, con un enlace y una cita para cada párrafo.',
      navStatistics:
        'Lo que se informa y lo que no sobre cada tecnología: cifras publicadas con sus fuentes, gráficos con tablas de datos, cifras de FOIL y adendas.',
      navData:
        'Catálogo de todos los conjuntos de datos que hay detrás de las estadísticas, con su esquema, fuentes, licencia y un datapackage.json de Frictionless.',
      navFoil:
        'Qué registros dice cada política que existen, adónde enviar una solicitud según la Ley de Libertad de Información (FOIL), los plazos y generadores de cartas que funcionan en su navegador.',
      navCompare:
        'Los datos clave de todas las políticas uno al lado del otro (datos que se guardan, conservación, autorización judicial, intercambio, seguridad), cada uno enlazado a su párrafo, y cuánto texto comparten las políticas.',
      navScorecard:
        '¿Cubre cada política, en sustancia, todas las secciones que exige la Ley POST y responde a las preguntas concretas de la ley? Aprobado o no aprobado, con las pruebas.',
      navReports:
        'Un dosier para audiencias por tecnología y un informe anual de toda la ciudad, como páginas listas para imprimir y PDF etiquetados, cada uno con la huella de los datos con que se hizo.',
      navTimeline:
        'Todos los hechos con fecha de las políticas (publicaciones, actualizaciones, adendas) de todas las tecnologías, con un canal RSS.',
      notFoundHome: 'Ir a la página de inicio en español',
      otherLanguages: 'Otros idiomas',
    },
    'zh-hant': {
      description:
        'NYPD 依 POST 法案發布的監控技術影響與使用政策，以結構化、可連結、可搜尋的網頁呈現。',
      lede: 'NYPD 依《監控技術公共監督法》（POST 法案）為其使用的每項監控技術發布一份影響與使用政策。您可以在這裡逐段閱讀、比較這些政策，並申請政策中所述的紀錄。',
      whereToStart: '從哪裡開始',
      readHeading: '閱讀政策',
      readText: '逐章閱讀每項政策，每個段落都有連結和引用格式。',
      allPolicies: (count: number, locale: Locale) => `全部 ${n(locale, count)} 項政策`,
      hearingHeading: '準備聽證會',
      hearingText: '並列比較各政策的內容、遺漏之處，以及背後的數據。',
      hearingPackets:
        '[聽證資料包](reports)：每項技術一份可列印的資料包，包含政策、重點事實、評分表、未報告的項目及向證人提出的問題（HTML 和 PDF）',
      hearingCompare: '[比較政策](compare)：各政策對相同問題的回答，並附上出處段落',
      hearingScorecard:
        '[完整性評分表](scorecard)：各政策是否涵蓋 POST 法案的要求，以及未涵蓋的原因',
      hearingStatistics: '[統計](statistics)：每項技術已發布的數字，並註明由誰提出',
      requestHeading: '申請紀錄',
      requestText: '依紐約州《資訊自由法》（FOIL）向 NYPD 申請政策中提到的紀錄。',
      foilWhat: '[申請什麼](foil)，按技術分列',
      foilWhere: '寄往何處',
      foilLetter: '撰寫申請信',
      foilDeadlines: '期限與上訴',
      latestHeading: '最近的變更',
      noEvents: '尚無有日期的事件。',
      latestItem: '{technology}：{what}',
      eventPostedFinal: '定稿政策發布',
      eventPostedDraft: '政策草案發布',
      eventUpdatedFinal: '定稿政策更新',
      eventUpdatedDraft: '政策草案更新',
      eventAddendum: '附錄',
      eventAddedFinal: '定稿政策加入本網站',
      eventAddedDraft: '政策草案加入本網站',
      latestMore: '所有有日期的事件都列在[時間軸](timeline)上；可透過 [RSS 訂閱](feed)追蹤。',
      sectionsHeading: '本網站的所有內容',
      navPolicies: '每項已匯入的影響與使用政策，逐章呈現，每個段落都有連結和引用格式。',
      navStatistics:
        '每項技術有哪些已報告、哪些未報告：附出處的已發布數字、附資料表的圖表、FOIL 數字和附錄。',
      navData:
        '統計資料背後每個資料集的目錄，包含結構、來源、授權和 Frictionless datapackage.json。',
      navFoil:
        '各政策所述存在的紀錄、《資訊自由法》申請的寄送地址、期限，以及可在瀏覽器中使用的申請信產生器。',
      navCompare:
        '並列比較每項政策的重點事實（保存的資料、保留期限、法院授權、共享、安全），每項都連結到出處段落，並顯示政策之間共用多少文字。',
      navScorecard:
        '各政策是否實質涵蓋 POST 法案要求的每個章節，並回答法律的具體問題？附證據的通過或未通過結果。',
      navReports:
        '每項技術一份聽證資料包和一份全市年度報告，以可列印網頁和加標籤的 PDF 提供，每份都附有所用資料的指紋。',
      navTimeline: '所有技術的每個有日期的政策事件（發布、更新、附錄），附 RSS 訂閱。',
      notFoundHome: '前往繁體中文首頁',
      otherLanguages: '其他語言',
    },
    'zh-hans': {
      description:
        'NYPD 依据 POST 法案发布的监控技术影响与使用政策，以结构化、可链接、可搜索的网页呈现。',
      lede: 'NYPD 依据《监控技术公共监督法》（POST 法案）为其使用的每项监控技术发布一份影响与使用政策。您可以在这里逐段阅读、比较这些政策，并申请政策中所述的记录。',
      whereToStart: '从哪里开始',
      readHeading: '阅读政策',
      readText: '逐章阅读每项政策，每个段落都有链接和引用格式。',
      allPolicies: (count: number, locale: Locale) => `全部 ${n(locale, count)} 项政策`,
      hearingHeading: '准备听证会',
      hearingText: '并列比较各政策的内容、遗漏之处，以及背后的数据。',
      hearingPackets:
        '[听证资料包](reports)：每项技术一份可打印的资料包，包含政策、要点事实、评分表、未报告的项目及向证人提出的问题（HTML 和 PDF）',
      hearingCompare: '[比较政策](compare)：各政策对相同问题的回答，并附上出处段落',
      hearingScorecard:
        '[完整性评分表](scorecard)：各政策是否涵盖 POST 法案的要求，以及未涵盖的原因',
      hearingStatistics: '[统计](statistics)：每项技术已发布的数字，并注明由谁提出',
      requestHeading: '申请记录',
      requestText: '依据纽约州《信息自由法》（FOIL）向 NYPD 申请政策中提到的记录。',
      foilWhat: '[申请什么](foil)，按技术分列',
      foilWhere: '寄往何处',
      foilLetter: '撰写申请信',
      foilDeadlines: '期限与上诉',
      latestHeading: '最近的变更',
      noEvents: '尚无有日期的事件。',
      latestItem: '{technology}：{what}',
      eventPostedFinal: '定稿政策发布',
      eventPostedDraft: '政策草案发布',
      eventUpdatedFinal: '定稿政策更新',
      eventUpdatedDraft: '政策草案更新',
      eventAddendum: '附录',
      eventAddedFinal: '定稿政策加入本网站',
      eventAddedDraft: '政策草案加入本网站',
      latestMore: '所有有日期的事件都列在[时间线](timeline)上；可通过 [RSS 订阅](feed)跟踪。',
      sectionsHeading: '本网站的所有内容',
      navPolicies: '每项已导入的影响与使用政策，逐章呈现，每个段落都有链接和引用格式。',
      navStatistics:
        '每项技术有哪些已报告、哪些未报告：附出处的已发布数字、附数据表的图表、FOIL 数字和附录。',
      navData:
        '统计数据背后每个数据集的目录，包含结构、来源、许可和 Frictionless datapackage.json。',
      navFoil:
        '各政策所述存在的记录、《信息自由法》申请的寄送地址、期限，以及可在浏览器中使用的申请信生成器。',
      navCompare:
        '并列比较每项政策的要点事实（保存的数据、保留期限、法院授权、共享、安全），每项都链接到出处段落，并显示政策之间共用多少文字。',
      navScorecard:
        '各政策是否实质涵盖 POST 法案要求的每个章节，并回答法律的具体问题？附证据的通过或未通过结果。',
      navReports:
        '每项技术一份听证资料包和一份全市年度报告，以可打印网页和带标签的 PDF 提供，每份都附有所用数据的指纹。',
      navTimeline: '所有技术的每个有日期的政策事件（发布、更新、附录），附 RSS 订阅。',
      notFoundHome: '前往简体中文首页',
      otherLanguages: '其他语言',
    },
    ru: {
      description:
        'Политики воздействия и использования технологий наблюдения NYPD, опубликованные по закону POST, в виде структурированных страниц со ссылками и поиском.',
      lede: 'NYPD публикует политику воздействия и использования для каждой применяемой технологии наблюдения в соответствии с Законом об общественном надзоре за технологиями наблюдения (закон POST). Читайте их здесь абзац за абзацем, сравнивайте и запрашивайте описанные в них записи.',
      whereToStart: 'С чего начать',
      readHeading: 'Прочитать политику',
      readText: 'Каждая политика по разделам, у каждого абзаца — ссылка и цитата.',
      allPolicies: (count: number, locale: Locale) => `Все политики (${n(locale, count)})`,
      hearingHeading: 'Подготовиться к слушаниям',
      hearingText:
        'Что говорят политики при сравнении, о чём они умалчивают и какие цифры за ними стоят.',
      hearingPackets:
        '[Материалы к слушаниям](reports): печатный комплект по каждой технологии — политика, ключевые факты, оценка, пробелы в отчётности и вопросы для свидетелей (HTML и PDF)',
      hearingCompare:
        '[Сравнить политики](compare): ответы каждой политики на одни и те же вопросы со ссылкой на абзац',
      hearingScorecard:
        '[Оценка полноты](scorecard): охватывает ли каждая политика то, что требует закон POST, и если нет, то почему',
      hearingStatistics:
        '[Статистика](statistics): опубликованные цифры по каждой технологии с указанием, кто их приводит',
      requestHeading: 'Запросить документы',
      requestText:
        'Запросите у NYPD записи, которые, согласно политике, существуют, по закону штата Нью-Йорк о свободе информации (FOIL).',
      foilWhat: '[Что запрашивать](foil) — по каждой технологии',
      foilWhere: 'Куда отправить запрос',
      foilLetter: 'Составить письмо',
      foilDeadlines: 'Сроки и обжалование',
      latestHeading: 'Последние изменения',
      noEvents: 'Пока нет событий с датой.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'Опубликована окончательная политика',
      eventPostedDraft: 'Опубликован проект политики',
      eventUpdatedFinal: 'Обновлена окончательная политика',
      eventUpdatedDraft: 'Обновлён проект политики',
      eventAddendum: 'Дополнение',
      eventAddedFinal: 'Окончательная политика добавлена на портал',
      eventAddedDraft: 'Проект политики добавлен на портал',
      latestMore:
        'Все события с датой — в [хронологии](timeline); следите за ними через [RSS-ленту](feed).',
      sectionsHeading: 'Всё, что есть на портале',
      navPolicies:
        'Каждая импортированная политика воздействия и использования по разделам, со ссылкой и цитатой для каждого абзаца.',
      navStatistics:
        'Что сообщается и что не сообщается по каждой технологии: опубликованные цифры с источниками, диаграммы с таблицами данных, цифры по FOIL и дополнения.',
      navData:
        'Каталог всех наборов данных, на которых основана статистика: схема, источники, лицензия и datapackage.json в формате Frictionless.',
      navFoil:
        'Какие записи, согласно каждой политике, существуют, куда направить запрос по закону о свободе информации, сроки и конструкторы писем, работающие в браузере.',
      navCompare:
        'Ключевые факты всех политик рядом (хранимые данные, сроки хранения, судебная санкция, передача, безопасность), каждый со ссылкой на абзац, и сколько текста у политик общего.',
      navScorecard:
        'Охватывает ли каждая политика по существу все разделы, требуемые законом POST, и отвечает ли на конкретные вопросы закона? «Да» или «нет» с доказательствами.',
      navReports:
        'Материалы к слушаниям по каждой технологии и ежегодный общегородской отчёт — страницы для печати и PDF с разметкой, каждый с отпечатком данных, на основе которых он создан.',
      navTimeline:
        'Все события политик с датой (публикации, обновления, дополнения) по всем технологиям, с RSS-лентой.',
      notFoundHome: 'Перейти на главную страницу на русском языке',
      otherLanguages: 'Другие языки',
    },
    bn: {
      description:
        'POST আইন অনুযায়ী প্রকাশিত NYPD-র নজরদারি প্রযুক্তির প্রভাব ও ব্যবহার নীতিমালা, কাঠামোবদ্ধ, লিঙ্কযোগ্য ও অনুসন্ধানযোগ্য পৃষ্ঠা হিসেবে।',
      lede: 'নজরদারি প্রযুক্তির জনতদারকি আইন (POST আইন) অনুযায়ী NYPD তার ব্যবহৃত প্রতিটি নজরদারি প্রযুক্তির জন্য একটি প্রভাব ও ব্যবহার নীতি প্রকাশ করে। এখানে সেগুলো অনুচ্ছেদ ধরে পড়ুন, তুলনা করুন এবং সেগুলোতে বর্ণিত রেকর্ডের জন্য অনুরোধ করুন।',
      whereToStart: 'কোথা থেকে শুরু করবেন',
      readHeading: 'একটি নীতি পড়ুন',
      readText: 'প্রতিটি নীতি অংশ ধরে ধরে, প্রতিটি অনুচ্ছেদে একটি লিঙ্ক ও একটি উদ্ধৃতি।',
      allPolicies: (count: number, locale: Locale) => `সব ${n(locale, count)}টি নীতি`,
      hearingHeading: 'শুনানির প্রস্তুতি নিন',
      hearingText: 'নীতিগুলো পাশাপাশি কী বলে, কী বাদ দেয়, এবং এর পেছনের সংখ্যাগুলো।',
      hearingPackets:
        '[শুনানির প্যাকেট](reports): প্রতিটি প্রযুক্তির জন্য একটি ছাপার উপযোগী প্যাকেট: নীতি, এর মূল তথ্য, স্কোরকার্ড, প্রতিবেদনের ঘাটতি ও সাক্ষীদের জন্য প্রশ্ন (HTML ও PDF)',
      hearingCompare:
        '[নীতির তুলনা](compare): প্রতিটি নীতি একই প্রশ্নের কী উত্তর দেয়, যে অনুচ্ছেদে তা বলা আছে সহ',
      hearingScorecard:
        '[সম্পূর্ণতার স্কোরকার্ড](scorecard): প্রতিটি নীতি POST আইনের দাবি পূরণ করে কি না, এবং না করলে কেন',
      hearingStatistics:
        '[পরিসংখ্যান](statistics): প্রতিটি প্রযুক্তি সম্পর্কে প্রকাশিত সংখ্যা, কে তা বলছে সহ',
      requestHeading: 'রেকর্ডের অনুরোধ করুন',
      requestText:
        'নিউ ইয়র্কের তথ্য স্বাধীনতা আইন (FOIL) অনুযায়ী কোনো নীতিতে যে রেকর্ড থাকার কথা বলা আছে, তা NYPD-র কাছে চান।',
      foilWhat: '[কী চাইবেন](foil), প্রযুক্তি অনুযায়ী',
      foilWhere: 'কোথায় পাঠাবেন',
      foilLetter: 'চিঠি লিখুন',
      foilDeadlines: 'সময়সীমা ও আপিল',
      latestHeading: 'সাম্প্রতিক পরিবর্তন',
      noEvents: 'এখনও তারিখযুক্ত কোনো ঘটনা নেই।',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'চূড়ান্ত নীতি প্রকাশিত',
      eventPostedDraft: 'খসড়া নীতি প্রকাশিত',
      eventUpdatedFinal: 'চূড়ান্ত নীতি হালনাগাদ',
      eventUpdatedDraft: 'খসড়া নীতি হালনাগাদ',
      eventAddendum: 'সংযোজনী',
      eventAddedFinal: 'চূড়ান্ত নীতি পোর্টালে যোগ করা হয়েছে',
      eventAddedDraft: 'খসড়া নীতি পোর্টালে যোগ করা হয়েছে',
      latestMore:
        'তারিখযুক্ত প্রতিটি ঘটনা [সময়রেখায়](timeline) আছে; [RSS ফিড](feed) দিয়ে সেগুলো অনুসরণ করুন।',
      sectionsHeading: 'পোর্টালে যা যা আছে',
      navPolicies:
        'আমদানি করা প্রতিটি প্রভাব ও ব্যবহার নীতি, অংশ ধরে ধরে, প্রতিটি অনুচ্ছেদের জন্য একটি লিঙ্ক ও একটি উদ্ধৃতিসহ।',
      navStatistics:
        'প্রতিটি প্রযুক্তি সম্পর্কে কী জানানো হয় আর কী হয় না: উৎসসহ প্রকাশিত সংখ্যা, ডেটা টেবিলসহ চার্ট, FOIL-এর সংখ্যা ও সংযোজনী।',
      navData:
        'পরিসংখ্যানের পেছনের প্রতিটি ডেটাসেটের তালিকা, কাঠামো, উৎস, লাইসেন্স ও একটি Frictionless datapackage.json সহ।',
      navFoil:
        'প্রতিটি নীতি অনুযায়ী কোন রেকর্ড আছে, তথ্য স্বাধীনতা আইনের অনুরোধ কোথায় পাঠাবেন, সময়সীমা, এবং আপনার ব্রাউজারে কাজ করে এমন চিঠি তৈরির টুল।',
      navCompare:
        'সব নীতির মূল তথ্য পাশাপাশি (রাখা ডেটা, সংরক্ষণকাল, আদালতের অনুমোদন, শেয়ার করা, নিরাপত্তা), প্রতিটি তার অনুচ্ছেদের সাথে লিঙ্ক করা, এবং নীতিগুলোতে কতটা লেখা একই।',
      navScorecard:
        'প্রতিটি নীতি কি সারবস্তুতে POST আইনের দাবি করা প্রতিটি অংশ ধারণ করে এবং আইনের নির্দিষ্ট প্রশ্নের উত্তর দেয়? প্রমাণসহ পাস বা ফেল।',
      navReports:
        'প্রতিটি প্রযুক্তির জন্য একটি শুনানির প্যাকেট ও শহরব্যাপী একটি বার্ষিক প্রতিবেদন, ছাপার উপযোগী পৃষ্ঠা ও ট্যাগ করা PDF হিসেবে, প্রতিটিতে যে ডেটা থেকে তৈরি তার ফিঙ্গারপ্রিন্টসহ।',
      navTimeline:
        'সব প্রযুক্তির তারিখযুক্ত প্রতিটি নীতি-ঘটনা (প্রকাশ, হালনাগাদ, সংযোজনী), একটি RSS ফিডসহ।',
      notFoundHome: 'বাংলায় হোম পৃষ্ঠায় যান',
      otherLanguages: 'অন্যান্য ভাষা',
    },
    ht: {
      description:
        'Règleman sou Enpak ak Itilizasyon teknoloji siveyans NYPD yo, pibliye dapre Lwa POST, kòm paj ki òganize, ki gen lyen epi ou ka chèche ladan yo.',
      lede: 'NYPD pibliye yon Règleman sou Enpak ak Itilizasyon pou chak teknoloji siveyans li itilize, dapre Lwa sou Sipèvizyon Piblik Teknoloji Siveyans (Lwa POST). Li yo isit la paragraf pa paragraf, konpare yo, epi mande dosye yo dekri yo.',
      whereToStart: 'Ki kote pou kòmanse',
      readHeading: 'Li yon règleman',
      readText: 'Chak règleman seksyon pa seksyon, chak paragraf avèk yon lyen ak yon sitasyon.',
      allPolicies: (count: number, locale: Locale) =>
        count === 1 ? 'Règleman an' : `Tout ${n(locale, count)} règleman yo`,
      hearingHeading: 'Prepare pou yon odyans',
      hearingText: 'Sa règleman yo di youn bò kote lòt, sa yo kite deyò, ak chif ki dèyè yo.',
      hearingPackets:
        '[Dosye pou odyans](reports): yon dosye pou enprime pou chak teknoloji: règleman an, enfòmasyon kle li yo, evalyasyon an, sa ki pa rapòte ak kesyon pou temwen yo (HTML ak PDF)',
      hearingCompare:
        '[Konpare règleman yo](compare): menm kesyon yo, repons chak règleman, avèk paragraf ki di sa',
      hearingScorecard:
        '[Evalyasyon sou si yo konplè](scorecard): èske chak règleman kouvri sa Lwa POST mande, e si se non, poukisa',
      hearingStatistics:
        '[Estatistik](statistics): chif yo pibliye sou chak teknoloji, avèk kiyès ki di sa',
      requestHeading: 'Mande dosye',
      requestText: 'Mande NYPD dosye yon règleman di ki egziste, dapre lwa FOIL Eta New York.',
      foilWhat: '[Kisa pou mande](foil), teknoloji pa teknoloji',
      foilWhere: 'Ki kote pou voye l',
      foilLetter: 'Ekri lèt la',
      foilDeadlines: 'Dat limit ak apèl',
      latestHeading: 'Sa ki chanje dènyèman',
      noEvents: 'Poko gen okenn evènman ki gen dat.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'Règleman final la pibliye',
      eventPostedDraft: 'Bouyon règleman an pibliye',
      eventUpdatedFinal: 'Règleman final la mete ajou',
      eventUpdatedDraft: 'Bouyon règleman an mete ajou',
      eventAddendum: 'Adandòm',
      eventAddedFinal: 'Règleman final la ajoute nan pòtay la',
      eventAddedDraft: 'Bouyon règleman an ajoute nan pòtay la',
      latestMore:
        'Tout evènman ki gen dat yo nan [kwonoloji a](timeline); swiv yo ak [fil RSS la](feed).',
      sectionsHeading: 'Tout sa ki nan pòtay la',
      navPolicies:
        'Chak Règleman sou Enpak ak Itilizasyon ki enpòte, seksyon pa seksyon, avèk yon lyen ak yon sitasyon pou chak paragraf.',
      navStatistics:
        'Sa yo rapòte ak sa yo pa rapòte pou chak teknoloji: chif pibliye avèk sous yo, graf avèk tablo done, chif FOIL ak adandòm.',
      navData:
        'Katalòg tout done ki dèyè estatistik yo, avèk estrikti, sous, lisans ak yon datapackage.json Frictionless.',
      navFoil:
        'Ki dosye chak règleman di ki egziste, ki kote pou voye yon demann dapre Lwa sou Libète Enfòmasyon, dat limit yo, ak zouti pou ekri lèt ki mache nan navigatè w.',
      navCompare:
        'Enfòmasyon kle tout règleman yo youn bò kote lòt (done yo kenbe, konsèvasyon, otorizasyon tribinal, pataj, sekirite), chak ak lyen pou paragraf li, ak konbyen tèks règleman yo pataje.',
      navScorecard:
        'Èske chak règleman vrèman kouvri chak seksyon Lwa POST mande, epi reponn kesyon presi lalwa poze yo? Pase oswa echwe, avèk prèv.',
      navReports:
        'Yon dosye pou odyans pou chak teknoloji ak yon rapò anyèl pou tout vil la, kòm paj pare pou enprime ak PDF ki gen etikèt, chak avèk anprent done li fèt avè l.',
      navTimeline:
        'Chak evènman ki gen dat nan règleman yo (piblikasyon, mizajou, adandòm) pou tout teknoloji, avèk yon fil RSS.',
      notFoundHome: 'Ale nan paj akèy la an kreyòl',
      otherLanguages: 'Lòt lang',
    },
    ko: {
      description:
        'POST 법에 따라 공개된 NYPD 감시 기술 영향 및 사용 정책을 구조화되고 링크와 검색이 가능한 페이지로 제공합니다.',
      lede: 'NYPD는 감시기술 공공감독법(POST 법)에 따라 사용하는 감시 기술마다 영향 및 사용 정책을 공개합니다. 여기에서 단락별로 읽고, 비교하고, 정책에 설명된 기록을 청구하세요.',
      whereToStart: '시작하기',
      readHeading: '정책 읽기',
      readText: '각 정책을 섹션별로, 모든 단락에 링크와 인용 표기가 있습니다.',
      allPolicies: (count: number, locale: Locale) => `정책 ${n(locale, count)}개 전체`,
      hearingHeading: '청문회 준비',
      hearingText: '정책들이 나란히 무엇을 말하는지, 무엇을 빠뜨리는지, 그리고 그 뒤의 수치.',
      hearingPackets:
        '[청문회 자료집](reports): 기술별로 인쇄 가능한 자료집: 정책, 핵심 사실, 평가표, 보고 누락 사항, 증인 질문(HTML 및 PDF)',
      hearingCompare: '[정책 비교](compare): 같은 질문에 대한 각 정책의 답변과 그 근거 단락',
      hearingScorecard:
        '[완전성 평가표](scorecard): 각 정책이 POST 법의 요구 사항을 다루는지, 그렇지 않다면 그 이유',
      hearingStatistics: '[통계](statistics): 각 기술에 관해 공개된 수치와 그 주장의 출처',
      requestHeading: '기록 청구',
      requestText:
        '뉴욕주 정보자유법(FOIL)에 따라 정책에 존재한다고 적힌 기록을 NYPD에 청구하세요.',
      foilWhat: '[무엇을 청구할지](foil), 기술별로',
      foilWhere: '어디로 보낼지',
      foilLetter: '청구서 작성',
      foilDeadlines: '기한과 이의 제기',
      latestHeading: '최근 변경 사항',
      noEvents: '아직 날짜가 있는 사건이 없습니다.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: '최종 정책 공개',
      eventPostedDraft: '정책 초안 공개',
      eventUpdatedFinal: '최종 정책 갱신',
      eventUpdatedDraft: '정책 초안 갱신',
      eventAddendum: '부록',
      eventAddedFinal: '최종 정책이 포털에 추가됨',
      eventAddedDraft: '정책 초안이 포털에 추가됨',
      latestMore:
        '날짜가 있는 모든 사건은 [연대표](timeline)에 있습니다. [RSS 피드](feed)로 구독하세요.',
      sectionsHeading: '포털의 모든 내용',
      navPolicies:
        '가져온 모든 영향 및 사용 정책을 섹션별로, 단락마다 링크와 인용 표기와 함께 제공합니다.',
      navStatistics:
        '기술별로 보고되는 것과 보고되지 않는 것: 출처가 있는 공개 수치, 데이터 표가 있는 차트, FOIL 수치와 부록.',
      navData:
        '통계의 바탕이 된 모든 데이터 세트의 목록과 스키마, 출처, 라이선스, Frictionless datapackage.json.',
      navFoil:
        '각 정책에 따르면 어떤 기록이 있는지, 정보자유법 청구를 어디로 보내는지, 기한, 그리고 브라우저에서 작동하는 청구서 작성 도구.',
      navCompare:
        '모든 정책의 핵심 사실을 나란히(보관 데이터, 보존 기간, 법원 승인, 공유, 보안) 각 근거 단락 링크와 함께, 그리고 정책들이 얼마나 많은 문장을 공유하는지.',
      navScorecard:
        '각 정책이 POST 법이 요구하는 모든 섹션을 실질적으로 다루고 법의 구체적 질문에 답하는가? 증거와 함께 통과 또는 미통과.',
      navReports:
        '기술별 청문회 자료집과 시 전체 연례 보고서를 인쇄용 페이지와 태그된 PDF로 제공하며, 각각 작성에 쓰인 데이터의 지문이 있습니다.',
      navTimeline: '모든 기술의 날짜가 있는 정책 사건(공개, 갱신, 부록)과 RSS 피드.',
      notFoundHome: '한국어 홈 페이지로 가기',
      otherLanguages: '다른 언어',
    },
    ar: {
      description:
        'سياسات الأثر والاستخدام لتقنيات المراقبة لدى شرطة نيويورك (NYPD)، المنشورة بموجب قانون POST، في صفحات منظمة قابلة للربط والبحث.',
      lede: 'تنشر شرطة نيويورك (NYPD) سياسة للأثر والاستخدام لكل تقنية مراقبة تستخدمها، بموجب قانون الرقابة العامة على تقنيات المراقبة (قانون POST). اقرأها هنا فقرة فقرة، وقارن بينها، واطلب السجلات التي تصفها.',
      whereToStart: 'من أين تبدأ',
      readHeading: 'اقرأ سياسة',
      readText: 'كل سياسة قسمًا قسمًا، ولكل فقرة رابط واقتباس.',
      allPolicies: (count: number, locale: Locale) => `كل السياسات (${n(locale, count)})`,
      hearingHeading: 'استعد لجلسة استماع',
      hearingText: 'ما تقوله السياسات جنبًا إلى جنب، وما تغفله، والأرقام التي تقف وراءها.',
      hearingPackets:
        '[ملفات جلسات الاستماع](reports): ملف قابل للطباعة لكل تقنية: السياسة ووقائعها الرئيسية وبطاقة التقييم وثغرات الإبلاغ وأسئلة للشهود (HTML وPDF)',
      hearingCompare:
        '[قارن السياسات](compare): الأسئلة نفسها وإجابة كل سياسة عنها، مع الفقرة التي تقول ذلك',
      hearingScorecard:
        '[بطاقة تقييم الاكتمال](scorecard): هل تغطي كل سياسة ما يتطلبه قانون POST، ولماذا لا',
      hearingStatistics: '[الإحصاءات](statistics): الأرقام المنشورة عن كل تقنية، مع من يقولها',
      requestHeading: 'اطلب السجلات',
      requestText:
        'اطلب من شرطة نيويورك السجلات التي تقول السياسة إنها موجودة، بموجب قانون حرية المعلومات في ولاية نيويورك (FOIL).',
      foilWhat: '[ماذا تطلب](foil)، تقنيةً تقنية',
      foilWhere: 'إلى أين ترسله',
      foilLetter: 'اكتب الرسالة',
      foilDeadlines: 'المواعيد النهائية والطعون',
      latestHeading: 'ما تغيّر مؤخرًا',
      noEvents: 'لا يوجد حدث مؤرخ بعد.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'نُشرت السياسة النهائية',
      eventPostedDraft: 'نُشرت مسودة السياسة',
      eventUpdatedFinal: 'حُدّثت السياسة النهائية',
      eventUpdatedDraft: 'حُدّثت مسودة السياسة',
      eventAddendum: 'ملحق',
      eventAddedFinal: 'أُضيفت السياسة النهائية إلى البوابة',
      eventAddedDraft: 'أُضيفت مسودة السياسة إلى البوابة',
      latestMore: 'كل حدث مؤرخ موجود على [الخط الزمني](timeline)؛ تابعها عبر [موجز RSS](feed).',
      sectionsHeading: 'كل ما في البوابة',
      navPolicies: 'كل سياسة أثر واستخدام مستوردة، قسمًا قسمًا، مع رابط واقتباس لكل فقرة.',
      navStatistics:
        'ما يُبلَّغ عنه وما لا يُبلَّغ عنه لكل تقنية: أرقام منشورة مع مصادرها، ورسوم بيانية مع جداول بيانات، وأرقام FOIL والملاحق.',
      navData:
        'فهرس كل مجموعة بيانات تقوم عليها الإحصاءات، مع بنيتها ومصادرها وترخيصها وملف datapackage.json بصيغة Frictionless.',
      navFoil:
        'السجلات التي تقول كل سياسة إنها موجودة، وإلى أين ترسل طلبًا بموجب قانون حرية المعلومات، والمواعيد النهائية، وأدوات لإنشاء الرسائل تعمل في متصفحك.',
      navCompare:
        'الوقائع الرئيسية لكل سياسة جنبًا إلى جنب (البيانات المحفوظة، ومدة الاحتفاظ، وإذن المحكمة، والمشاركة، والأمن)، كل منها مرتبط بفقرته، ومقدار النص المشترك بين السياسات.',
      navScorecard:
        'هل تغطي كل سياسة فعليًا كل قسم يتطلبه قانون POST وتجيب عن أسئلة القانون المحددة؟ نجاح أو إخفاق مع الأدلة.',
      navReports:
        'ملف لجلسات الاستماع لكل تقنية وتقرير سنوي على مستوى المدينة، في صفحات جاهزة للطباعة وملفات PDF موسومة، ولكل منها بصمة البيانات التي أُعدّ منها.',
      navTimeline: 'كل حدث مؤرخ في السياسات (النشر والتحديثات والملاحق) عبر التقنيات، مع موجز RSS.',
      notFoundHome: 'انتقل إلى الصفحة الرئيسية بالعربية',
      otherLanguages: 'لغات أخرى',
    },
    ur: {
      description:
        'POST ایکٹ کے تحت شائع کردہ NYPD کی نگرانی کی ٹیکنالوجی کی اثرات اور استعمال کی پالیسیاں، منظم، قابلِ ربط اور قابلِ تلاش صفحات کی صورت میں۔',
      lede: 'NYPD نگرانی کی ٹیکنالوجی کی عوامی نگرانی کے قانون (POST ایکٹ) کے تحت اپنی استعمال کردہ ہر نگرانی کی ٹیکنالوجی کے لیے اثرات اور استعمال کی پالیسی شائع کرتا ہے۔ انہیں یہاں پیراگراف بہ پیراگراف پڑھیں، ان کا موازنہ کریں، اور ان میں بیان کردہ ریکارڈ کی درخواست کریں۔',
      whereToStart: 'کہاں سے شروع کریں',
      readHeading: 'پالیسی پڑھیں',
      readText: 'ہر پالیسی حصہ بہ حصہ، ہر پیراگراف کے ساتھ ایک لنک اور ایک حوالہ۔',
      allPolicies: (count: number, locale: Locale) => `تمام ${n(locale, count)} پالیسیاں`,
      hearingHeading: 'سماعت کی تیاری کریں',
      hearingText:
        'پالیسیاں ساتھ ساتھ کیا کہتی ہیں، کیا چھوڑ دیتی ہیں، اور ان کے پیچھے کے اعداد و شمار۔',
      hearingPackets:
        '[سماعت کے پیکٹ](reports): ہر ٹیکنالوجی کے لیے ایک قابلِ طباعت پیکٹ: پالیسی، اس کے اہم حقائق، اسکور کارڈ، رپورٹنگ کی کمیاں اور گواہوں کے لیے سوالات (HTML اور PDF)',
      hearingCompare:
        '[پالیسیوں کا موازنہ](compare): ایک ہی سوالات کے ہر پالیسی کے جوابات، اس پیراگراف کے ساتھ جس میں یہ کہا گیا ہے',
      hearingScorecard:
        '[مکمل ہونے کا اسکور کارڈ](scorecard): کیا ہر پالیسی وہ سب شامل کرتی ہے جو POST ایکٹ مانگتا ہے، اور اگر نہیں تو کیوں',
      hearingStatistics:
        '[اعداد و شمار](statistics): ہر ٹیکنالوجی کے بارے میں شائع شدہ اعداد، یہ بتاتے ہوئے کہ کون یہ کہتا ہے',
      requestHeading: 'ریکارڈ کی درخواست کریں',
      requestText:
        'نیویارک کے قانون FOIL کے تحت NYPD سے وہ ریکارڈ مانگیں جن کے موجود ہونے کا پالیسی میں ذکر ہے۔',
      foilWhat: '[کیا مانگیں](foil)، ہر ٹیکنالوجی کے لیے',
      foilWhere: 'کہاں بھیجیں',
      foilLetter: 'خط لکھیں',
      foilDeadlines: 'آخری تاریخیں اور اپیلیں',
      latestHeading: 'حال ہی میں کیا بدلا',
      noEvents: 'ابھی تک کوئی تاریخ والا واقعہ نہیں۔',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'حتمی پالیسی شائع ہوئی',
      eventPostedDraft: 'پالیسی کا مسودہ شائع ہوا',
      eventUpdatedFinal: 'حتمی پالیسی کی تازہ کاری ہوئی',
      eventUpdatedDraft: 'پالیسی کے مسودے کی تازہ کاری ہوئی',
      eventAddendum: 'ضمیمہ',
      eventAddedFinal: 'حتمی پالیسی پورٹل میں شامل کی گئی',
      eventAddedDraft: 'پالیسی کا مسودہ پورٹل میں شامل کیا گیا',
      latestMore:
        'ہر تاریخ والا واقعہ [ٹائم لائن](timeline) پر ہے؛ [RSS فیڈ](feed) کے ذریعے ان سے باخبر رہیں۔',
      sectionsHeading: 'پورٹل پر سب کچھ',
      navPolicies:
        'ہر درآمد شدہ اثرات اور استعمال کی پالیسی، حصہ بہ حصہ، ہر پیراگراف کے لنک اور حوالے کے ساتھ۔',
      navStatistics:
        'ہر ٹیکنالوجی کے بارے میں کیا رپورٹ ہوتا ہے اور کیا نہیں: ماخذ کے ساتھ شائع شدہ اعداد، ڈیٹا ٹیبل والے چارٹ، FOIL کے اعداد اور ضمیمے۔',
      navData:
        'اعداد و شمار کے پیچھے ہر ڈیٹاسیٹ کی فہرست، اس کی ساخت، ماخذ، لائسنس اور Frictionless datapackage.json کے ساتھ۔',
      navFoil:
        'ہر پالیسی کے مطابق کون سے ریکارڈ موجود ہیں، معلومات کی آزادی کے قانون کی درخواست کہاں بھیجیں، آخری تاریخیں، اور خط بنانے کے ٹولز جو آپ کے براؤزر میں کام کرتے ہیں۔',
      navCompare:
        'ہر پالیسی کے اہم حقائق ساتھ ساتھ (رکھا گیا ڈیٹا، مدتِ محفوظگی، عدالتی اجازت، اشتراک، سیکیورٹی)، ہر ایک اپنے پیراگراف سے منسلک، اور پالیسیوں میں کتنا متن مشترک ہے۔',
      navScorecard:
        'کیا ہر پالیسی حقیقی طور پر وہ ہر حصہ شامل کرتی ہے جو POST ایکٹ مانگتا ہے، اور قانون کے مخصوص سوالات کا جواب دیتی ہے؟ ثبوت کے ساتھ کامیاب یا ناکام۔',
      navReports:
        'ہر ٹیکنالوجی کے لیے سماعت کا پیکٹ اور پورے شہر کی سالانہ رپورٹ، طباعت کے لیے تیار صفحات اور ٹیگ شدہ PDF کی صورت میں، ہر ایک اس ڈیٹا کے فنگر پرنٹ کے ساتھ جس سے وہ بنا۔',
      navTimeline:
        'تمام ٹیکنالوجیز کا ہر تاریخ والا پالیسی واقعہ (اشاعت، تازہ کاریاں، ضمیمے)، RSS فیڈ کے ساتھ۔',
      notFoundHome: 'اردو میں ہوم صفحے پر جائیں',
      otherLanguages: 'دیگر زبانیں',
    },
    fr: {
      description:
        "Les politiques d'impact et d'utilisation des technologies de surveillance du NYPD, publiées en vertu de la loi POST, en pages structurées, que l'on peut lier et rechercher.",
      lede: "Le NYPD publie une politique d'impact et d'utilisation pour chaque technologie de surveillance qu'il utilise, en vertu de la loi sur le contrôle public des technologies de surveillance (loi POST). Lisez-les ici paragraphe par paragraphe, comparez-les et demandez les documents qu'elles décrivent.",
      whereToStart: 'Par où commencer',
      readHeading: 'Lire une politique',
      readText:
        'Chaque politique section par section, chaque paragraphe avec un lien et une citation.',
      allPolicies: (count: number, locale: Locale) =>
        count === 1 ? 'La politique' : `Les ${n(locale, count)} politiques`,
      hearingHeading: 'Préparer une audition',
      hearingText:
        'Ce que disent les politiques côte à côte, ce qu’elles omettent et les chiffres qui les accompagnent.',
      hearingPackets:
        "[Dossiers d'audition](reports) : un dossier imprimable par technologie : la politique, ses faits clés, l'évaluation, les lacunes de déclaration et des questions pour les témoins (HTML et PDF)",
      hearingCompare:
        '[Comparer les politiques](compare) : les mêmes questions, la réponse de chaque politique et le paragraphe qui le dit',
      hearingScorecard:
        "[Évaluation de complétude](scorecard) : chaque politique couvre-t-elle ce qu'exige la loi POST, et sinon pourquoi",
      hearingStatistics:
        '[Statistiques](statistics) : les chiffres publiés sur chaque technologie, avec qui les avance',
      requestHeading: 'Demander des documents',
      requestText:
        "Demandez au NYPD les documents dont une politique dit qu'ils existent, en vertu de la loi FOIL de l'État de New York.",
      foilWhat: '[Que demander](foil), technologie par technologie',
      foilWhere: 'Où envoyer la demande',
      foilLetter: 'Rédiger la lettre',
      foilDeadlines: 'Délais et recours',
      latestHeading: 'Changements récents',
      noEvents: "Aucun événement daté pour l'instant.",
      latestItem: '{technology} : {what}',
      eventPostedFinal: 'Politique définitive publiée',
      eventPostedDraft: 'Projet de politique publié',
      eventUpdatedFinal: 'Politique définitive mise à jour',
      eventUpdatedDraft: 'Projet de politique mis à jour',
      eventAddendum: 'Addendum',
      eventAddedFinal: 'Politique définitive ajoutée au portail',
      eventAddedDraft: 'Projet de politique ajouté au portail',
      latestMore:
        'Tous les événements datés sont dans la [chronologie](timeline) ; suivez-les avec le [flux RSS](feed).',
      sectionsHeading: 'Tout le contenu du portail',
      navPolicies:
        "Chaque politique d'impact et d'utilisation importée, section par section, avec un lien et une citation pour chaque paragraphe.",
      navStatistics:
        'Ce qui est déclaré ou non pour chaque technologie : chiffres publiés avec leurs sources, graphiques avec tableaux de données, chiffres FOIL et addenda.',
      navData:
        'Catalogue de tous les jeux de données derrière les statistiques, avec schéma, sources, licence et un datapackage.json Frictionless.',
      navFoil:
        "Les documents dont chaque politique dit qu'ils existent, où envoyer une demande en vertu de la loi sur la liberté d'information, les délais, et des générateurs de lettres qui fonctionnent dans votre navigateur.",
      navCompare:
        'Les faits clés de toutes les politiques côte à côte (données conservées, durée de conservation, autorisation judiciaire, partage, sécurité), chacun lié à son paragraphe, et la part de texte que les politiques ont en commun.',
      navScorecard:
        'Chaque politique couvre-t-elle réellement chaque section exigée par la loi POST et répond-elle aux questions précises de la loi ? Réussite ou échec, avec les preuves.',
      navReports:
        "Un dossier d'audition par technologie et un rapport annuel pour toute la ville, en pages prêtes à imprimer et en PDF balisés, chacun avec l'empreinte des données dont il est issu.",
      navTimeline:
        'Chaque événement daté des politiques (publications, mises à jour, addenda), toutes technologies confondues, avec un flux RSS.',
      notFoundHome: "Aller à la page d'accueil en français",
      otherLanguages: 'Autres langues',
    },
    pl: {
      description:
        'Polityki wpływu i użycia technologii nadzoru NYPD, publikowane na podstawie ustawy POST, jako uporządkowane strony z odnośnikami i wyszukiwaniem.',
      lede: 'NYPD publikuje politykę wpływu i użycia dla każdej stosowanej technologii nadzoru, zgodnie z ustawą o publicznym nadzorze nad technologiami inwigilacji (ustawa POST). Czytaj je tutaj akapit po akapicie, porównuj i wnioskuj o opisane w nich dokumenty.',
      whereToStart: 'Od czego zacząć',
      readHeading: 'Przeczytaj politykę',
      readText: 'Każda polityka sekcja po sekcji, każdy akapit z odnośnikiem i cytatem.',
      allPolicies: (count: number, locale: Locale) => `Wszystkie polityki (${n(locale, count)})`,
      hearingHeading: 'Przygotuj się do przesłuchania',
      hearingText:
        'Co polityki mówią w zestawieniu, czego w nich brakuje i jakie liczby za nimi stoją.',
      hearingPackets:
        '[Materiały na przesłuchanie](reports): pakiet do druku dla każdej technologii: polityka, kluczowe fakty, ocena, luki w sprawozdawczości i pytania do świadków (HTML i PDF)',
      hearingCompare:
        '[Porównaj polityki](compare): te same pytania, odpowiedź każdej polityki i akapit, który o tym mówi',
      hearingScorecard:
        '[Ocena kompletności](scorecard): czy każda polityka obejmuje to, czego wymaga ustawa POST, a jeśli nie, to dlaczego',
      hearingStatistics:
        '[Statystyki](statistics): liczby opublikowane o każdej technologii, z informacją, kto je podaje',
      requestHeading: 'Wnioskuj o dokumenty',
      requestText:
        'Zwróć się do NYPD o dokumenty, które według polityki istnieją, na podstawie nowojorskiej ustawy FOIL.',
      foilWhat: '[O co wnioskować](foil), technologia po technologii',
      foilWhere: 'Dokąd wysłać wniosek',
      foilLetter: 'Napisz pismo',
      foilDeadlines: 'Terminy i odwołania',
      latestHeading: 'Ostatnie zmiany',
      noEvents: 'Nie ma jeszcze żadnego datowanego zdarzenia.',
      latestItem: '{technology}: {what}',
      eventPostedFinal: 'Opublikowano ostateczną politykę',
      eventPostedDraft: 'Opublikowano projekt polityki',
      eventUpdatedFinal: 'Zaktualizowano ostateczną politykę',
      eventUpdatedDraft: 'Zaktualizowano projekt polityki',
      eventAddendum: 'Aneks',
      eventAddedFinal: 'Ostateczną politykę dodano do portalu',
      eventAddedDraft: 'Projekt polityki dodano do portalu',
      latestMore:
        'Wszystkie datowane zdarzenia są na [osi czasu](timeline); śledź je przez [kanał RSS](feed).',
      sectionsHeading: 'Wszystko w portalu',
      navPolicies:
        'Każda zaimportowana polityka wpływu i użycia, sekcja po sekcji, z odnośnikiem i cytatem dla każdego akapitu.',
      navStatistics:
        'Co jest, a co nie jest raportowane dla każdej technologii: opublikowane liczby ze źródłami, wykresy z tabelami danych, liczby dotyczące FOIL i aneksy.',
      navData:
        'Katalog wszystkich zbiorów danych, na których opierają się statystyki, ze schematem, źródłami, licencją i plikiem datapackage.json w formacie Frictionless.',
      navFoil:
        'Jakie dokumenty według każdej polityki istnieją, dokąd wysłać wniosek na podstawie ustawy o wolności informacji, terminy oraz kreatory pism działające w przeglądarce.',
      navCompare:
        'Kluczowe fakty wszystkich polityk obok siebie (przechowywane dane, okres przechowywania, zgoda sądu, udostępnianie, bezpieczeństwo), każdy z odnośnikiem do akapitu, oraz ile tekstu polityki mają wspólnego.',
      navScorecard:
        'Czy każda polityka merytorycznie obejmuje każdą sekcję wymaganą przez ustawę POST i odpowiada na konkretne pytania ustawy? Spełnia lub nie spełnia, z dowodami.',
      navReports:
        'Materiały na przesłuchanie dla każdej technologii i roczny raport dla całego miasta, jako strony gotowe do druku i oznakowane pliki PDF, każdy z odciskiem danych, z których powstał.',
      navTimeline:
        'Każde datowane zdarzenie w politykach (publikacje, aktualizacje, aneksy) dla wszystkich technologii, z kanałem RSS.',
      notFoundHome: 'Przejdź do strony głównej po polsku',
      otherLanguages: 'Inne języki',
    },
  },
  {
    es: { date: '2026-12-03', from: '7d54ef45fcee' },
    'zh-hant': { date: '2026-12-03', from: '7d54ef45fcee' },
    'zh-hans': { date: '2026-12-03', from: '7d54ef45fcee' },
    ru: { date: '2026-12-03', from: '7d54ef45fcee' },
    bn: { date: '2026-12-03', from: '7d54ef45fcee' },
    ht: { date: '2026-12-03', from: '7d54ef45fcee' },
    ko: { date: '2026-12-03', from: '7d54ef45fcee' },
    ar: { date: '2026-12-03', from: '7d54ef45fcee' },
    ur: { date: '2026-12-03', from: '7d54ef45fcee' },
    fr: { date: '2026-12-03', from: '7d54ef45fcee' },
    pl: { date: '2026-12-03', from: '7d54ef45fcee' },
  },
);

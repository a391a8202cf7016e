// The search page: the URL is the state (q, filters, dates, sort, page). Every change pushes a new
// URL and renders from it, so a search can be shared and the back button walks through searches.
import {
  ApiError, FACET_LABELS, TYPE_LABELS, clear, dateValue, el, endLoading, errorBox, formatDate, getJson, initPage,
  listFrom, money, pick, readerUrl, sanitizeSnippet, setDateValue, startLoading, statusBadge, highlightTerms,
  wireDateInput,
} from './common.js';

const FILTER_DIMS = Object.keys(FACET_LABELS);
const DEFAULT_SIZE = 10;
/** Facet lists longer than this are folded behind a "show all" button. */
const FACET_FOLD = 8;
/** Fee answers shown before "全部 N 项": the best ones (the server ranks them), so the hits stay in view on a phone. */
const ANSWERS_SHOWN = 3;
const ANSWERS_SHOWN_PHONE = 2;
/** /api/suggest completes at most this many characters; a longer text gets no suggestions. */
const MAX_SUGGEST_CHARS = 100;
const EXAMPLES = ['污水处理费什么时候开始执行', '工业用水污水处理费', '哪些物资装备免于征用', '碳达峰 新能源汽车', '渌发改发〔2024〕6号', '第二十条'];

const $ = (id) => document.getElementById(id);
const expandedFacets = new Set();
let inFlight = null;

// ---- state <-> URL ----------------------------------------------------------------------------

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const dim of FILTER_DIMS) filters[dim] = params.getAll(dim).filter((v) => v !== '');
  const page = Number.parseInt(params.get('page') || '1', 10);
  const size = Number.parseInt(params.get('size') || String(DEFAULT_SIZE), 10);
  return {
    q: (params.get('q') || '').trim(),
    filters,
    from: params.get('from') || '',
    to: params.get('to') || '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    group: params.get('group') === 'none' ? 'none' : 'document',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    size: Number.isFinite(size) && size > 0 ? size : DEFAULT_SIZE,
  };
}

function paramsOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of FILTER_DIMS) for (const v of state.filters[dim]) params.append(dim, v);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.group !== 'document') params.set('group', state.group);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_SIZE) params.set('size', String(state.size));
  return params;
}

function urlOf(state) {
  const query = paramsOf(state).toString();
  return query ? `/?${query}` : '/';
}

function hasFilters(state) {
  return FILTER_DIMS.some((dim) => state.filters[dim].length > 0) || Boolean(state.from || state.to);
}

function withChanges(state, changes) {
  return { ...state, filters: { ...state.filters }, page: 1, ...changes };
}

function navigate(state, { focus } = {}) {
  const url = urlOf(state);
  if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url);
  render(state, { focus });
}

// ---- rendering --------------------------------------------------------------------------------

async function render(state, { focus } = {}) {
  $('q').value = state.q;
  setDateValue($('from'), state.from);
  setDateValue($('to'), state.to);
  $('sort').value = state.sort;
  $('group').value = state.group;
  document.title = state.q ? `${state.q} - 公报检索` : '公报检索';
  closeSuggestions();

  if (!state.q && !hasFilters(state)) {
    renderLanding();
    markRendered();
    return;
  }
  $('filter-panel').hidden = false;
  document.querySelector('.search-layout').classList.remove('landing-layout');
  document.querySelector('.results-bar').hidden = false;
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  $('results-region').setAttribute('aria-busy', 'true');
  // Until the answer comes: the previous hits stay (dimmed); a landing, empty or error state gives way.
  $('result-status').textContent = '正在检索…';
  startLoading($('results'), '正在检索…', '.result-list');
  try {
    const params = paramsOf(state);
    params.set('page', String(state.page));
    params.set('size', String(state.size));
    const body = await getJson('/api/search', params, { signal: controller.signal });
    renderResults(state, body);
    markRendered();
    if (focus) focus();
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderError(state, error);
    markRendered();
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      $('results-region').removeAttribute('aria-busy');
      endLoading($('results'));
    }
  }
}

/** Counts finished renders on the results region, so scripts and tests can wait for the next one. */
function markRendered() {
  const region = $('results-region');
  region.dataset.renders = String(Number(region.dataset.renders || 0) + 1);
}

function renderLanding() {
  // No query and no filter: a welcome across the full width, no facets and no sort.
  $('filter-panel').hidden = true;
  document.querySelector('.search-layout').classList.add('landing-layout');
  document.querySelector('.results-bar').hidden = true;
  clear($('facets'));
  clear($('chips'));
  clear($('answers'));
  clear($('pager'));
  $('result-status').textContent = '';
  clear($('results')).append(
    el('div', { class: 'landing' },
      el('h2', { text: '从政府公报原文中检索政策条款、收费标准和大事' }),
      el('p', { text: '支持自然语言提问、文号（任意括号写法）和登记号。试试：' }),
      el('ul', { class: 'example-list' }, EXAMPLES.map((q) => el('li', {},
        el('a', { attrs: { href: urlOf(withChanges(stateFromUrl(), { q })) }, text: q, on: { click: followLink } })))),
      el('p', {}, '也可以', el('a', { attrs: { href: '/browse' }, text: '按地区浏览全部文件' }), '，查看',
        el('a', { attrs: { href: '/fees' }, text: '污水处理费收费标准' }), '或',
        el('a', { attrs: { href: '/events' }, text: '政府大事记' }), '。')));
}

function renderResults(state, body) {
  const grouped = Array.isArray(body.groups);
  const total = Number(body.total) || 0;
  const documents = Number(body.documents) || 0;
  const size = Number(body.size) || state.size;
  const page = Number(body.page) || state.page;
  // grouped results page by document
  const pages = Math.max(1, Math.ceil((grouped ? documents : total) / size));
  const items = grouped ? listFrom(body.groups) : listFrom(body.hits);

  $('result-status').dataset.total = String(total);
  $('result-status').dataset.documents = grouped ? String(documents) : '';
  const took = body.tookMs !== undefined ? `（用时 ${body.tookMs} 毫秒）` : '';
  // an estimate (more than 50,000 matching sections: the sections and documents of a sample, scaled) says so; a
  // search that ran out of time counted only what it read: at least that many
  const partial = body.partial === true;
  const about = partial ? '至少 ' : body.exact === false ? '约 ' : '';
  const found = grouped ? `找到${about || ' '}${documents} 份文件（${about}${total} 处匹配）`
    : `找到${about || ' '}${total} 条结果`;
  const timedOutNote = partial ? '；检索超时，只显示了已检索部分的结果' : '';
  $('result-status').textContent = total > 0
    ? `${found}，第 ${Math.min(page, pages)} / ${pages} 页${took}${timedOutNote}`
    : partial ? `检索超时，未能在限定时间内找到结果${took}` : `没有结果${took}`;
  $('result-status').classList.toggle('partial', body.partial === true);

  renderChips(state);
  renderFacets(state, body.facets || {});
  renderAnswers(listFrom(body.answers), state.q);

  const results = clear($('results'));
  if (items.length === 0) {
    results.append(total > 0 ? pastLastPage(state, pages) : partial ? timedOut() : emptyState(state));
  } else {
    const list = el('ol', { class: grouped ? 'result-list group-list' : 'result-list', attrs: { start: (page - 1) * size + 1 } });
    for (const item of items) list.append(grouped ? documentCard(item, state.q) : resultItem(item, state.q));
    results.append(list);
  }
  renderPager(state, page, pages);
}

/** The facts line of a result: 文号 · region · date · kind · type · validity. */
function factsLine(facts) {
  const meta = el('p', { class: 'result-meta' });
  facts.filter(Boolean).forEach((fact, i) => {
    if (i > 0) meta.append(el('span', { class: 'sep', attrs: { 'aria-hidden': 'true' }, text: '·' }));
    meta.append(fact);
  });
  return meta;
}

function breadcrumb(path) {
  return path.length > 0
    ? el('nav', { class: 'breadcrumb', attrs: { 'aria-label': '章节位置' } },
      el('ol', {}, path.map((part) => el('li', { text: part }))))
    : null;
}

/** One document of grouped results: its metadata, its best sections, and the way to its other matches. */
function documentCard(group, query) {
  const sections = listFrom(group.sections);
  const first = sections[0];
  const meta = factsLine([
    group.docNumber ? el('span', { class: 'doc-number', text: group.docNumber }) : null,
    group.region ? el('span', { text: group.region }) : null,
    group.date ? el('time', { attrs: { datetime: group.date }, text: formatDate(group.date) }) : null,
    group.kind ? el('span', { text: group.kind }) : null,
    statusBadge(group.status),
  ]);
  const list = el('ul', { class: 'group-sections' }, sections.map((section) => el('li', {
    class: 'group-section', dataset: { sectionId: section.id },
  },
  el('a', { class: 'section-link', attrs: { href: readerUrl(group.docId, section.id, query) } },
    el('span', { class: 'section-where', text: listFrom(section.path).join(' › ') || section.heading || '正文' })),
  section.type && section.type !== 'body' ? el('span', { class: 'tag', text: TYPE_LABELS[section.type] || section.type }) : null,
  el('p', { class: 'snippet' }, sanitizeSnippet(section.snippet)))));
  const more = Number(group.more) || 0;
  return el('li', { class: 'result document-card', dataset: { docId: group.docId, matched: String(group.matched) } },
    el('h2', { class: 'result-title' }, el('a', {
      attrs: { href: readerUrl(group.docId, first ? first.id : null, query) }, text: group.title || '（无标题）',
    })),
    meta,
    list,
    more > 0 ? el('p', { class: 'group-more' }, el('a', {
      attrs: { href: readerUrl(group.docId, null, query) }, text: `该文件还有 ${more} 处匹配`,
    })) : null);
}

function resultItem(hit, query) {
  const href = readerUrl(hit.docId, hit.id, query);
  const meta = factsLine([
    hit.docNumber ? el('span', { class: 'doc-number', text: hit.docNumber }) : null,
    hit.region ? el('span', { text: hit.region }) : null,
    hit.date ? el('time', { attrs: { datetime: hit.date }, text: formatDate(hit.date) }) : null,
    hit.kind ? el('span', { text: hit.kind }) : null,
    hit.type ? el('span', { class: 'tag', text: TYPE_LABELS[hit.type] || hit.type }) : null,
    statusBadge(hit.status),
  ]);
  return el('li', { class: 'result', dataset: { sectionId: hit.id } },
    el('h2', { class: 'result-title' }, el('a', { attrs: { href }, text: hit.docTitle || hit.heading || '（无标题）' })),
    meta,
    breadcrumb(listFrom(hit.path)),
    el('p', { class: 'snippet' }, sanitizeSnippet(hit.snippet)));
}

function emptyState(state) {
  const tips = el('ul', { class: 'tips' });
  if (hasFilters(state)) {
    tips.append(el('li', {}, '去掉部分筛选条件：',
      el('button', {
        class: 'link-button', attrs: { type: 'button' }, text: '清除全部筛选',
        on: { click: () => navigate(clearedFilters(state)) },
      })));
  }
  tips.append(
    el('li', { text: '减少关键词，或换一种说法（如“污水费”“双碳”“发改局”等简称也能识别）。' }),
    el('li', { text: '查文件可直接输入文号或登记号，如 渌发改发〔2024〕6号、ZZLKDR-2024-00002。' }),
    el('li', {}, '或者试试：', EXAMPLES.slice(0, 3).flatMap((q, i) => [
      i > 0 ? '、' : null,
      el('a', { attrs: { href: urlOf(withChanges(clearedFilters(state), { q })) }, text: q, on: { click: followLink } }),
    ])));
  const title = state.q ? `没有找到与“${state.q}”相关的内容` : '没有找到符合筛选条件的内容';
  return el('div', { class: 'notice empty-state' },
    el('h2', { class: 'notice-title', text: title }),
    el('p', { text: '可以这样试试：' }),
    tips);
}

/** A search that ran out of time before it found anything. */
function timedOut() {
  return el('div', { class: 'notice empty-state' },
    el('h2', { class: 'notice-title', text: '搜索超时' }),
    el('p', { text: '这次检索未能在限定时间内完成（匹配的内容很多，或服务器正忙）。请稍后重试，或加筛选条件、换用更具体的词语。' }));
}

function pastLastPage(state, pages) {
  return el('div', { class: 'notice empty-state' },
    el('h2', { class: 'notice-title', text: `第 ${state.page} 页没有结果` }),
    el('p', {}, el('a', {
      attrs: { href: urlOf({ ...state, page: pages }) }, text: `回到第 ${pages} 页`, on: { click: followLink },
    })));
}

function renderError(state, error) {
  $('result-status').textContent = '检索失败';
  clear($('answers'));
  clear($('pager'));
  renderChips(state);
  // clearing the filters is a way out only when there are filters to clear
  const fix = hasFilters(state)
    ? el('p', {}, '请修改检索条件后重试，或',
      el('button', {
        class: 'link-button', attrs: { type: 'button' }, text: '清除全部筛选条件',
        on: { click: () => navigate(clearedFilters(state), { focus: () => $('q').focus() }) },
      }), '。')
    : el('p', {}, '请修改检索词后重试。');
  clear($('results')).append(errorBox(error, () => render(state), fix));
  if (!(error instanceof ApiError)) console.error(error);
}

function clearedFilters(state) {
  const filters = {};
  for (const dim of FILTER_DIMS) filters[dim] = [];
  return { ...state, filters, from: '', to: '', page: 1 };
}

// ---- fee answers ------------------------------------------------------------------------------

function renderAnswers(answers, query) {
  const box = clear($('answers'));
  for (const doc of answers.filter((a) => a && a.type === 'document')) box.append(documentAnswer(doc, query));
  // All fee answers share one card: a clerk compares the matching standards side by side.
  const items = answers.filter((a) => a && a.type === 'fee').flatMap((a) => (Array.isArray(a.items) ? a.items : [a]));
  if (items.length === 0) return;
  // What every item shares (region, charge, date, source) is said once, so each item is one short row.
  const shared = (...names) => {
    const values = new Set(items.map((item) => pick(item, ...names) ?? ''));
    return values.size === 1 ? [...values][0] || undefined : undefined;
  };
  const scope = { region: shared('region'), charge: shared('charge'), effective: shared('effectiveDate'),
    docNumber: shared('docNumber'), docId: shared('docId') };
  const shown = window.matchMedia('(max-width: 40rem)').matches ? ANSWERS_SHOWN_PHONE : ANSWERS_SHOWN;
  const list = el('ul', { class: 'answer-items', attrs: { id: 'answer-items' } }, items.map((item, i) => {
    const li = feeAnswerItem(item, scope);
    li.hidden = i >= shown;
    return li;
  }));
  const more = items.length > shown ? el('button', {
    class: 'link-button answer-more',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'answer-items' },
    text: `全部 ${items.length} 项`,
    on: {
      click: (event) => {
        const expand = event.currentTarget.getAttribute('aria-expanded') !== 'true';
        [...list.children].forEach((li, i) => { li.hidden = !expand && i >= shown; });
        event.currentTarget.setAttribute('aria-expanded', String(expand));
        event.currentTarget.textContent = expand ? '收起' : `全部 ${items.length} 项`;
      },
    },
  }) : null;
  box.append(el('section', { class: 'answer-card', attrs: { 'aria-label': '收费标准答案' } },
    el('p', { class: 'answer-kind' }, '收费标准',
      scope.region || scope.charge ? el('span', { class: 'answer-scope', text: [scope.region, scope.charge].filter(Boolean).join(' · ') }) : null),
    list,
    el('div', { class: 'answer-foot' }, more, feeSource(scope.effective, scope.docNumber, scope.docId, null))));
}

/** The document an identifier (文号, 政府令, 登记号, 索引号, title) names, above the results. */
function documentAnswer(doc, query) {
  const by = { docNumber: '文号', decree: '令号', registrationNumber: '登记号', indexNumber: '索引号', title: '标题' };
  return el('section', { class: 'answer-card document-answer', attrs: { 'aria-label': '文件' }, dataset: { docId: doc.docId } },
    el('p', { class: 'answer-kind' }, '文件',
      el('span', { class: 'answer-scope', text: `按${by[doc.matchedBy] || '标识'}找到` })),
    el('h2', { class: 'answer-title' }, el('a', { attrs: { href: readerUrl(doc.docId, null, null) }, text: doc.title || '（无标题）' })),
    factsLine([
      doc.docNumber ? el('span', { class: 'doc-number', text: doc.docNumber }) : null,
      doc.issuer ? el('span', { text: doc.issuer }) : null,
      doc.date ? el('time', { attrs: { datetime: doc.date }, text: formatDate(doc.date) }) : null,
      doc.kind ? el('span', { text: doc.kind }) : null,
      statusBadge(doc.status),
    ]),
    el('p', { class: 'answer-source' }, el('a', {
      attrs: { href: readerUrl(doc.docId, null, null) }, text: `阅读全文（${Number(doc.sectionCount) || 0} 节）`,
    })));
}

/** 自 2024年5月1日 起执行 · 出处：渌发改发〔2024〕6号 (a link to the document), or null when nothing is known. */
function feeSource(effective, docNumber, docId, sectionId) {
  if (!effective && !docNumber && !docId) return null;
  return el('p', { class: 'answer-source' },
    effective ? `自 ${formatDate(effective)} 起执行` : null,
    effective && (docNumber || docId) ? ' · ' : null,
    docId ? el('a', { attrs: { href: readerUrl(docId, sectionId, null) }, text: docNumber ? `出处：${docNumber}` : '查看出处' }) : docNumber);
}

function feeAnswerItem(item, scope) {
  const what = pick(item, 'item', 'feeName', 'name', 'charge') || '收费';
  const unit = pick(item, 'unit') || '';
  const newPrice = pick(item, 'newPrice', 'price');
  const oldPrice = pick(item, 'oldPrice');
  const effective = pick(item, 'effectiveDate', 'effectiveFrom');
  const label = [scope.region ? null : pick(item, 'region'), pick(item, 'area'),
    pick(item, 'waterClass', 'class', 'useClass', 'category'), scope.charge ? null : what].filter(Boolean).join(' · ');
  return el('li', { class: 'answer-item' },
    el('p', { class: 'answer-label', text: label }),
    el('p', { class: 'answer-value' },
      el('strong', { text: newPrice !== undefined ? `${money(newPrice)} ${unit}` : '' }),
      oldPrice !== undefined ? el('span', { class: 'old-price', text: `（原 ${money(oldPrice)}）` }) : null),
    feeSource(scope.effective ? null : effective, scope.docNumber ? null : pick(item, 'docNumber'),
      scope.docId ? null : pick(item, 'docId'), pick(item, 'sectionId')));
}

// ---- facets and chips -------------------------------------------------------------------------

function valueLabel(dim, value) {
  if (dim === 'type') return TYPE_LABELS[value] || value;
  if (dim === 'year') return `${value}年`;
  return value;
}

function renderFacets(state, facets) {
  const container = clear($('facets'));
  FILTER_DIMS.forEach((dim) => {
    const counts = listFrom(facets[dim]);
    const selected = state.filters[dim];
    // A selected value the current result no longer counts stays visible, so it can be unticked.
    // grouped results count documents (a document once, however many of its sections match)
    const values = counts.map((c) => (c.documents !== undefined
      ? { value: String(c.value), count: c.documents, sections: c.count }
      : { value: String(c.value), count: c.count }));
    for (const v of selected) if (!values.some((c) => c.value === v)) values.push({ value: v, count: 0 });
    if (values.length === 0) return;
    const expanded = expandedFacets.has(dim) || values.length <= FACET_FOLD + 2;
    const shown = expanded ? values : values.slice(0, FACET_FOLD);
    for (const v of values.slice(FACET_FOLD)) if (!expanded && selected.includes(v.value)) shown.push(v);
    const list = el('ul', { class: 'facet-list' });
    shown.forEach((entry) => {
      const id = `facet-${dim}-${values.indexOf(entry)}`;
      const checked = selected.includes(entry.value);
      const box = el('input', {
        attrs: { type: 'checkbox', id, name: dim, value: entry.value, checked },
        on: { change: () => toggleFilter(state, dim, entry.value, id) },
      });
      // data-count: the sections (what the result status counts too); the label shows documents when grouped
      list.append(el('li', {
        class: 'facet-item',
        dataset: { count: String(entry.sections ?? entry.count), documents: entry.sections !== undefined ? String(entry.count) : '' },
      }, box,
        el('label', { attrs: { for: id } },
          el('span', { class: 'facet-value', text: valueLabel(dim, entry.value) }),
          el('span', { class: 'facet-count', attrs: { title: entry.sections !== undefined && entry.sections !== entry.count ? `${entry.sections} 处匹配` : null } },
            String(entry.count), el('span', { class: 'visually-hidden', text: entry.sections !== undefined && entry.sections !== entry.count ? ' 份' : ' 条' })))));
    });
    const set = el('fieldset', { class: 'facet', dataset: { dim } },
      el('legend', { text: FACET_LABELS[dim] }), list);
    if (values.length > FACET_FOLD + 2) {
      set.append(el('button', {
        class: 'link-button facet-more',
        attrs: { type: 'button', 'aria-expanded': String(expanded) },
        text: expanded ? '收起' : `显示全部（${values.length}）`,
        on: {
          click: () => {
            if (expanded) expandedFacets.delete(dim); else expandedFacets.add(dim);
            renderFacets(state, facets);
            const again = container.querySelector(`fieldset[data-dim="${dim}"] .facet-more`);
            if (again) again.focus();
          },
        },
      }));
    }
    container.append(set);
  });
}

function toggleFilter(state, dim, value, focusId) {
  const next = withChanges(state, {});
  const current = next.filters[dim];
  next.filters[dim] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  navigate(next, {
    focus: () => {
      const again = document.getElementById(focusId)
        || [...document.querySelectorAll(`input[name="${dim}"]`)].find((i) => i.value === value);
      if (again) again.focus();
    },
  });
}

function renderChips(state) {
  const chips = clear($('chips'));
  const add = (label, next) => chips.append(el('li', {},
    el('button', {
      class: 'chip',
      attrs: { type: 'button', 'aria-label': `移除筛选：${label}` },
      on: { click: () => navigate(next, { focus: () => focusAfterChipRemoval() }) },
    }, el('span', { text: label }), el('span', { class: 'chip-x', attrs: { 'aria-hidden': 'true' }, text: '×' }))));
  for (const dim of FILTER_DIMS) {
    for (const value of state.filters[dim]) {
      const next = withChanges(state, {});
      next.filters[dim] = state.filters[dim].filter((v) => v !== value);
      add(`${FACET_LABELS[dim]}：${valueLabel(dim, value)}`, next);
    }
  }
  if (state.from) add(`起：${formatDate(state.from)}`, withChanges(state, { from: '' }));
  if (state.to) add(`止：${formatDate(state.to)}`, withChanges(state, { to: '' }));
  if (chips.children.length > 1) {
    chips.append(el('li', {}, el('button', {
      class: 'link-button', attrs: { type: 'button' }, text: '清除全部',
      on: { click: () => navigate(clearedFilters(state), { focus: () => $('q').focus() }) },
    })));
  }
}

function focusAfterChipRemoval() {
  const next = document.querySelector('#chips .chip') || $('results-region');
  next.focus();
}

// ---- paging -----------------------------------------------------------------------------------

function renderPager(state, page, pages) {
  const pager = clear($('pager'));
  if (pages <= 1) return;
  const link = (target, text, label) => {
    const current = target === page;
    return el('a', {
      class: current ? 'page-link current' : 'page-link',
      attrs: { href: urlOf({ ...state, page: target }), 'aria-current': current ? 'page' : null, 'aria-label': label },
      text,
      on: { click: followLink },
    });
  };
  const list = el('ul', {});
  if (page > 1) list.append(el('li', {}, link(page - 1, '上一页', null)));
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  let previous = 0;
  for (let p = 1; p <= pages; p += 1) {
    if (!wanted.has(p)) continue;
    if (p - previous > 1) list.append(el('li', { class: 'gap', attrs: { 'aria-hidden': 'true' }, text: '…' }));
    list.append(el('li', {}, link(p, String(p), `第 ${p} 页`)));
    previous = p;
  }
  if (page < pages) list.append(el('li', {}, link(page + 1, '下一页', null)));
  pager.append(list);
}

/** In-page links (examples, pages) navigate without a reload; modified clicks keep browser behaviour. */
function followLink(event) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(event.currentTarget.href);
  window.history.pushState(null, '', url.pathname + url.search);
  render(stateFromUrl(), {
    focus: () => {
      $('results-region').focus({ preventScroll: true });
      $('results-region').scrollIntoView({ block: 'start' });
    },
  });
}

// ---- suggestions (an ARIA combobox with a listbox popup) ---------------------------------------

let suggestTimer = 0;
let suggestController = null;
let activeOption = -1;

function closeSuggestions() {
  const list = $('suggestions');
  clear(list);
  list.hidden = true;
  activeOption = -1;
  $('q').setAttribute('aria-expanded', 'false');
  $('q').removeAttribute('aria-activedescendant');
}

function suggestionText(item) {
  return typeof item === 'string' ? item : pick(item, 'text', 'value', 'suggestion', 'title', 'heading');
}

async function loadSuggestions(prefix) {
  if (suggestController) suggestController.abort();
  const controller = new AbortController();
  suggestController = controller;
  try {
    const body = await getJson('/api/suggest', { q: prefix }, { signal: controller.signal });
    if ($('q').value.trim() !== prefix || document.activeElement !== $('q')) return;
    const texts = [...new Set(listFrom(body, 'suggestions', 'items', 'completions').map(suggestionText).filter(Boolean))].slice(0, 8);
    showSuggestions(texts, prefix);
  } catch (error) {
    // Suggestions are a convenience: a failure closes the list and the search itself still works.
    if (error.name !== 'AbortError') closeSuggestions();
  }
}

function showSuggestions(texts, prefix) {
  const list = clear($('suggestions'));
  activeOption = -1;
  $('q').removeAttribute('aria-activedescendant');
  if (texts.length === 0) {
    closeSuggestions();
    return;
  }
  texts.forEach((text, i) => {
    const option = el('li', {
      class: 'suggestion',
      attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' },
      dataset: { value: text },
      text,
      on: {
        // mousedown, not click: it fires before the input loses focus and closes the list.
        mousedown: (event) => {
          event.preventDefault();
          chooseSuggestion(text);
        },
      },
    });
    highlightTerms(option, [prefix]);
    list.append(option);
  });
  list.hidden = false;
  $('q').setAttribute('aria-expanded', 'true');
}

function moveActive(delta) {
  const options = [...$('suggestions').children];
  if (options.length === 0) return;
  // -1 means "back in the text box": the cycle is box, first … last option, box.
  activeOption += delta;
  if (activeOption < -1) activeOption = options.length - 1;
  if (activeOption >= options.length) activeOption = -1;
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === activeOption)));
  if (activeOption >= 0) {
    $('q').setAttribute('aria-activedescendant', options[activeOption].id);
    options[activeOption].scrollIntoView({ block: 'nearest' });
  } else {
    $('q').removeAttribute('aria-activedescendant');
  }
}

function chooseSuggestion(text) {
  $('q').value = text;
  closeSuggestions();
  submitSearch();
}

function submitSearch() {
  const state = stateFromUrl();
  const q = $('q').value.trim();
  navigate(withChanges(state, { q }));
}

function wireSearchBox() {
  const box = $('q');
  box.addEventListener('input', () => {
    window.clearTimeout(suggestTimer);
    const prefix = box.value.trim();
    if (!prefix || prefix.length > MAX_SUGGEST_CHARS) {
      closeSuggestions();
      return;
    }
    suggestTimer = window.setTimeout(() => loadSuggestions(prefix), 150);
  });
  box.addEventListener('keydown', (event) => {
    const open = !$('suggestions').hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      const text = box.value.trim();
      if (open) moveActive(1); else if (text && text.length <= MAX_SUGGEST_CHARS) loadSuggestions(text);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      moveActive(-1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeSuggestions();
    } else if (event.key === 'Enter' && open && activeOption >= 0) {
      event.preventDefault();
      chooseSuggestion($('suggestions').children[activeOption].dataset.value);
    }
  });
  box.addEventListener('blur', () => window.setTimeout(closeSuggestions, 100));
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(suggestTimer);
    if (suggestController) suggestController.abort();
    submitSearch();
  });
}

// ---- wiring -----------------------------------------------------------------------------------

function wireFilters() {
  wireDateInput($('from'));
  wireDateInput($('to'));
  $('date-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(withChanges(stateFromUrl(), { from: dateValue($('from')), to: dateValue($('to')) }));
  });
  $('sort').addEventListener('change', () => {
    navigate(withChanges(stateFromUrl(), { sort: $('sort').value }), { focus: () => $('sort').focus() });
  });
  $('group').addEventListener('change', () => {
    navigate(withChanges(stateFromUrl(), { group: $('group').value }), { focus: () => $('group').focus() });
  });
  // The filter panel is a disclosure on phones and always open on wide screens.
  const wide = window.matchMedia('(min-width: 56rem)');
  const sync = () => { if (wide.matches) $('filter-panel').open = true; };
  sync();
  wide.addEventListener('change', sync);
}

initPage();
wireSearchBox();
wireFilters();
window.addEventListener('popstate', () => render(stateFromUrl()));
render(stateFromUrl());

// The reader: one document with its metadata, a table of contents, the full text, the section a
// search hit pointed at scrolled into view and highlighted, the query's terms marked, and links to
// the previous and next document of the same gazette.
import {
  clear, el, errorBox, formatDate, getJson, highlightTerms, initPage, listFrom,
  markedTerms, pick, readerUrl, showNotFound, statusBadge,
} from './common.js';

const $ = (id) => document.getElementById(id);

// A hand-edited or cut-off address may hold a % escape that does not decode (#%E0): take it as written
// rather than throw a URIError.
function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function docIdFromPath() {
  const match = /^\/doc\/([^/]+)\/?$/.exec(window.location.pathname);
  return match ? decoded(match[1]) : null;
}

function queryFromUrl() {
  return (new URLSearchParams(window.location.search).get('q') || '').trim();
}

async function load() {
  const id = docIdFromPath();
  if (!id) {
    showMissing('');
    return;
  }
  let doc;
  try {
    doc = await getJson(`/api/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status === 404) showMissing(id); else showError(error);
    return;
  }
  const query = queryFromUrl();
  renderDocument(doc, query);
  loaded();
  $('document').hidden = false;
  if (query) $('q').value = query;
  await highlightQuery(doc, query);
  showHashTarget();
  await renderNeighbours(doc, query);
  // Marks the page as fully rendered (text, marks, hit in view, neighbours) for scripts and tests.
  $('document').dataset.ready = 'true';
}

/** The document (or why there is none) is here: the loading line goes. */
function loaded() {
  $('reader-loading').hidden = true;
}

/** A document that does not exist: the site's not-found notice, with a search box and ways back. */
function showMissing(id) {
  loaded();
  document.title = '没有找到这份文件 - 公报检索';
  $('reader-missing').hidden = false;
  showNotFound({
    title: '没有找到这份文件',
    message: id
      ? `编号为“${id}”的文件不存在：它可能已从语料中移除，或者链接有误。可以检索公报，或者从下面的链接继续。`
      : '地址中缺少文件编号。可以检索公报，或者从下面的链接继续。',
  });
  $('not-found-title').focus();
}

function showError(error) {
  loaded();
  document.title = '出错了 - 公报检索';
  clear($('reader-error')).append(errorBox(error, error.status === 404 ? null : () => window.location.reload()));
}

// ---- document ---------------------------------------------------------------------------------

function renderDocument(doc, query) {
  document.title = `${doc.title} - 公报检索`;
  $('doc-title').textContent = doc.title;
  // Back to the very search the reader came from (filters, page and all) when there was one.
  const referrer = document.referrer.startsWith(`${window.location.origin}/?`) ? document.referrer : null;
  clear($('doc-back')).append(query
    ? el('a', { attrs: { href: referrer || `/?q=${encodeURIComponent(query)}` }, text: `← 返回“${query}”的检索结果` })
    : el('a', { attrs: { href: '/browse' }, text: '← 浏览全部文件' }));

  const meta = clear($('doc-meta'));
  const row = (label, value, wide = false) => {
    if (value === undefined || value === null || value === '') return;
    meta.append(el('div', { class: wide ? 'meta-row meta-wide' : 'meta-row' }, el('dt', { text: label }),
      el('dd', {}, value instanceof Node ? value : String(value))));
  };
  row('文号', doc.docNumber);
  row('登记号', pick(doc, 'registrationNumber', 'regNumber'));
  row('发文机关', doc.issuer);
  row('地区', doc.region);
  row('成文日期', doc.date ? el('time', { attrs: { datetime: doc.date }, text: formatDate(doc.date) }) : null);
  row('文种', doc.kind);
  row('公报期号', doc.gazetteIssue);
  row('时效性', validity(doc), true);

  const sections = listFrom(doc.sections);
  renderToc(sections);
  renderText(sections);
}

function validity(doc) {
  const status = pick(doc, 'status');
  const from = pick(doc, 'validFrom');
  const to = pick(doc, 'validTo');
  if (!status && !from && !to) return null;
  const span = el('span', {}, statusBadge(status));
  if (from || to) span.append(` ${from ? formatDate(from) : '…'} 至 ${to ? formatDate(to) : '…'}`);
  // What the text says that the dates come from, e.g. 自发布之日起开始执行；试行二年.
  const basis = pick(doc, 'validityBasis');
  if (basis) span.append(el('span', { class: 'validity-basis', text: `（${basis}）` }));
  return span;
}

/** Heading level for a path depth: the document title is h1, the top level of the text is h2. */
const headingTag = (depth) => `h${Math.min(depth + 2, 6)}`;

function renderText(sections) {
  const text = clear($('doc-text'));
  let previous = [];
  for (const section of sections) {
    const path = listFrom(section.path);
    let common = 0;
    while (common < path.length && common < previous.length && path[common] === previous[common]) common += 1;
    // Headings of new ancestor levels go before the section; the section's own heading goes
    // inside it, so landing on the section shows its heading too.
    for (let depth = common; depth < path.length - 1; depth += 1) {
      text.append(el(headingTag(depth), { class: 'text-heading', text: path[depth] }));
    }
    const block = el('section', {
      class: `text-section type-${section.type || 'body'}`,
      attrs: { id: section.id, 'aria-label': path.length ? path[path.length - 1] : null },
      dataset: { type: section.type || '' },
    });
    const ownHeading = path.length > 0 && common < path.length ? path[path.length - 1] : null;
    if (ownHeading) block.append(el(headingTag(path.length - 1), { class: 'text-heading', text: ownHeading }));
    const lines = String(section.text || '').split(/\n+/).filter((line) => line.trim());
    // A section's text opens with its heading (第一条 为保证…, 1. 优化调整煤炭消费结构。严格限制…, 4月2日,…):
    // the heading is shown above, so the paragraph starts after it.
    if (ownHeading && lines.length > 0) {
      const rest = afterHeading(lines[0], ownHeading);
      if (rest === '') lines.shift(); else if (rest !== null) lines[0] = rest;
    }
    if (section.type === 'table_row') {
      block.append(tableRow(lines));
    } else {
      for (const line of lines) block.append(el('p', { text: line }));
    }
    text.append(block);
    previous = path;
  }
}

/**
 * The rest of `line` after `heading` when the line starts with it (spaces aside), without the separator that
 * follows (，、：, …); null when it does not start with it.
 */
function afterHeading(line, heading) {
  const wanted = String(heading).replace(/\s+/g, '');
  let i = 0;
  for (let j = 0; j < wanted.length; j += 1) {
    while (i < line.length && /\s/.test(line[i])) i += 1;
    if (line[i] !== wanted[j]) return null;
    i += 1;
  }
  return line.slice(i).replace(/^[\s,，、:：;；]+/, '');
}

/** A table row's `列名：值` lines as a definition list; a line without a column name stays a paragraph. */
function tableRow(lines) {
  const list = el('dl', { class: 'row-fields' });
  for (const line of lines) {
    const colon = line.indexOf('：');
    if (colon > 0 && colon < 24) {
      list.append(el('div', {}, el('dt', { text: line.slice(0, colon) }), el('dd', { text: line.slice(colon + 1) })));
    } else {
      list.append(el('div', {}, el('dd', { text: line })));
    }
  }
  return list;
}

/** The table-of-contents link of each section: the entry of its own (deepest) heading. */
const tocLinkOfSection = new Map();

function renderToc(sections) {
  const list = clear($('toc-list'));
  const links = new Map();
  for (const section of sections) {
    const path = listFrom(section.path);
    // One entry per heading, linking to the first section under it.
    path.forEach((heading, depth) => {
      const key = JSON.stringify(path.slice(0, depth + 1));
      if (links.has(key)) return;
      const link = el('a', { attrs: { href: `#${encodeURIComponent(section.id)}` }, text: heading });
      links.set(key, link);
      list.append(el('li', { class: `toc-item depth-${Math.min(depth, 4)}` }, link));
    });
    if (path.length > 0) tocLinkOfSection.set(section.id, links.get(JSON.stringify(path)));
  }
  $('toc').hidden = list.children.length === 0;
}

/** Marks the TOC entry of the section in view and scrolls the TOC (not the page) to it. */
function markTocEntry(sectionId) {
  for (const old of document.querySelectorAll('#toc-list a[aria-current]')) old.removeAttribute('aria-current');
  const link = tocLinkOfSection.get(sectionId);
  if (!link) return;
  link.setAttribute('aria-current', 'location');
  const list = $('toc-list');
  list.scrollTop = Math.max(0, link.offsetTop - list.offsetTop - list.clientHeight / 3);
}

// ---- landing on the hit -----------------------------------------------------------------------

function showHashTarget() {
  const hash = decoded(window.location.hash.slice(1));
  for (const old of document.querySelectorAll('.text-section.hit')) old.classList.remove('hit');
  if (!hash) return;
  const target = document.getElementById(hash);
  if (!target || !target.classList.contains('text-section')) return;
  target.classList.add('hit');
  markTocEntry(hash);
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  const label = target.getAttribute('aria-label');
  $('reader-status').textContent = label ? `已定位到：${label}` : '已定位到命中的段落';
}

/**
 * Marks the query's terms in the text. The terms are the ones the server itself marked in its
 * snippets for this document (so they follow the same analysis: synonyms, 文号 forms, bigrams);
 * if the search cannot be asked, the query's own space-separated words are used.
 */
async function highlightQuery(doc, query) {
  if (!query) return;
  let terms = [];
  try {
    const body = await getJson('/api/search', { q: query, size: 100, group: 'none' });
    for (const hit of listFrom(body.hits)) {
      if (hit.docId === doc.id) terms.push(...markedTerms(hit.snippet));
    }
  } catch (error) {
    terms = [];
  }
  if (terms.length === 0) terms = query.split(/\s+/).filter((t) => t.length > 1 || /[^\x00-\x7f]/.test(t));
  const count = highlightTerms($('doc-text'), terms);
  if (count > 0) $('doc-text').classList.add('has-marks');
}

// ---- previous / next in the same gazette -------------------------------------------------------

async function renderNeighbours(doc, query) {
  const nav = clear($('doc-neighbours'));
  let documents;
  try {
    documents = listFrom(await getJson('/api/documents'), 'documents', 'items');
  } catch (error) {
    nav.hidden = true;
    return;
  }
  const me = documents.find((d) => d.id === doc.id) || doc;
  const source = me.sourceFile;
  const siblings = documents
    .filter((d) => source && d.sourceFile === source)
    .sort((a, b) => (a.orderInSource ?? 0) - (b.orderInSource ?? 0));
  const index = siblings.findIndex((d) => d.id === doc.id);
  if (siblings.length < 2 || index < 0) {
    nav.hidden = true;
    return;
  }
  const link = (d, rel, label) => el('a', {
    class: `neighbour neighbour-${rel}`, attrs: { href: readerUrl(d.id, null, query), rel },
  }, el('span', { class: 'neighbour-label', text: label }), el('span', { class: 'neighbour-title', text: d.title }));
  const issue = me.gazetteIssue ? `${me.region || ''}公报 ${me.gazetteIssue}` : '同一来源文件';
  nav.append(el('p', { class: 'neighbour-context', text: `${issue}：第 ${index + 1} / ${siblings.length} 篇` }));
  if (index > 0) nav.append(link(siblings[index - 1], 'prev', '← 上一篇'));
  if (index < siblings.length - 1) nav.append(link(siblings[index + 1], 'next', '下一篇 →'));
  nav.hidden = false;
}

initPage();
window.addEventListener('hashchange', showHashTarget);
load();

// The browse page: every document in the corpus, grouped by region and then by gazette issue
// (documents published on their own form a group of their own).
import {
  clear, el, endLoading, errorBox, formatDate, getJson, initPage, listFrom, pick, readerUrl, startLoading,
  statusBadge,
} from './common.js';

const $ = (id) => document.getElementById(id);
const byDateDesc = (a, b) => String(b.date || '').localeCompare(String(a.date || ''));

async function load() {
  const box = $('browse');
  startLoading(box, '正在加载文件列表…');
  try {
    const documents = listFrom(await getJson('/api/documents'), 'documents', 'items');
    render(documents);
    box.dataset.ready = 'true';
  } catch (error) {
    $('browse-status').textContent = '加载失败';
    clear(box).append(errorBox(error, load));
  } finally {
    endLoading(box);
  }
}

function render(documents) {
  const box = clear($('browse'));
  $('browse-status').textContent = `共 ${documents.length} 份文件`;
  const regions = new Map();
  for (const doc of documents) {
    const region = doc.region || '地区不详';
    if (!regions.has(region)) regions.set(region, []);
    regions.get(region).push(doc);
  }
  const regionNames = [...regions.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  // Region index: a quick way to jump on a phone.
  box.append(el('nav', { class: 'region-index', attrs: { 'aria-label': '地区' } },
    el('ul', {}, regionNames.map((name, i) => el('li', {},
      el('a', { attrs: { href: `#region-${i}` }, text: `${name}（${regions.get(name).length}）` }))))));
  regionNames.forEach((name, i) => {
    const docs = regions.get(name);
    const groups = new Map();
    for (const doc of docs) {
      // A gazette issue groups the documents printed in it; a standalone file is its own group.
      const key = doc.gazetteIssue ? `issue:${doc.gazetteIssue}` : `file:${doc.sourceFile}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(doc);
    }
    const section = el('section', { class: 'region-group', attrs: { id: `region-${i}`, 'aria-labelledby': `region-h-${i}` } },
      el('h2', { attrs: { id: `region-h-${i}` }, text: name }));
    const ordered = [...groups.values()].sort((a, b) => byDateDesc(a[0], b[0]));
    for (const group of ordered) {
      group.sort((a, b) => (a.orderInSource ?? 0) - (b.orderInSource ?? 0));
      const issue = group[0].gazetteIssue;
      section.append(el('div', { class: 'issue-group' },
        el('h3', { class: 'issue-heading', text: issue ? `公报 ${issue}` : '单行文件' }),
        el('ul', { class: 'doc-list' }, group.map(docCard))));
    }
    box.append(section);
  });
}

function docCard(doc) {
  const meta = el('dl', { class: 'doc-card-meta' });
  const row = (label, value) => {
    if (value === undefined || value === null || value === '') return;
    meta.append(el('div', {}, el('dt', { text: label }), el('dd', {}, value instanceof Node ? value : String(value))));
  };
  row('文号', doc.docNumber);
  row('登记号', pick(doc, 'registrationNumber', 'regNumber'));
  row('发文机关', doc.issuer);
  row('成文日期', doc.date ? el('time', { attrs: { datetime: doc.date }, text: formatDate(doc.date) }) : null);
  row('文种', doc.kind);
  const sections = pick(doc, 'sectionCount');
  row('章节', sections !== undefined ? `${sections} 节` : null);
  return el('li', { class: 'doc-card' },
    el('h4', { class: 'doc-card-title' }, el('a', { attrs: { href: readerUrl(doc.id, null, null) }, text: doc.title })),
    statusBadge(pick(doc, 'status')),
    meta);
}

initPage();
load();

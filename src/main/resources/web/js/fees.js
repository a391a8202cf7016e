// The fees page: the extracted fee standards as a table and a calculator that asks the server for
// the amount and shows each step of the computation.
import {
  clear, el, endLoading, errorBox, formatDate, getJson, initPage, listFrom, money, pick, readerUrl, startLoading,
} from './common.js';

const $ = (id) => document.getElementById(id);

/** Field readers: one place that knows how a fee record names its parts. */
const fee = {
  region: (f) => pick(f, 'region') || '',
  name: (f) => pick(f, 'item', 'feeName', 'name', 'charge') || '',
  area: (f) => pick(f, 'area') || '',
  cls: (f) => pick(f, 'waterClass', 'useClass', 'class', 'category') || '',
  tier: (f) => pick(f, 'tier'),
  proposed: (f) => pick(f, 'proposed') === true,
  oldPrice: (f) => pick(f, 'oldPrice'),
  newPrice: (f) => pick(f, 'newPrice', 'price'),
  unit: (f) => pick(f, 'unit') || '',
  collection: (f) => pick(f, 'collection', 'collectionMethod', 'collectedBy'),
  effective: (f) => pick(f, 'effectiveDate', 'effectiveFrom'),
  docId: (f) => pick(f, 'docId'),
  docNumber: (f) => pick(f, 'docNumber'),
  sectionId: (f) => pick(f, 'sectionId'),
};

let allItems = [];
let allExemptions = [];

function filtersFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return { area: params.get('area') || '', q: params.get('q') || '' };
}

async function loadTable({ push } = {}) {
  const filters = { area: $('filter-area').value, q: $('filter-q').value.trim() };
  if (push) {
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    window.history.pushState(null, '', query ? `/fees?${query}` : '/fees');
  }
  const table = $('fee-table');
  startLoading(table, '正在加载收费标准…', 'table');
  try {
    const body = await getJson('/api/fees', filters);
    const items = listFrom(body, 'items', 'fees');
    renderTable(items);
    renderExemptions(listFrom(body, 'exemptions'));
    $('fee-status').textContent = `共 ${items.length} 项收费标准`;
  } catch (error) {
    clear(table).append(errorBox(error, () => loadTable()));
  } finally {
    endLoading(table);
    table.dataset.renders = String(Number(table.dataset.renders || 0) + 1);
  }
}

function renderTable(items) {
  const wrap = clear($('fee-table'));
  if (items.length === 0) {
    wrap.append(el('p', { class: 'notice', text: '没有符合条件的收费标准。' }));
    return;
  }
  const head = ['地区', '收费项目', '区域', '用水类别', '调整前', '调整后', '单位', '执行日期', '出处'];
  const rows = items.map((f) => {
    const oldPrice = fee.oldPrice(f);
    const source = fee.docId(f)
      ? el('a', { attrs: { href: readerUrl(fee.docId(f), fee.sectionId(f), null) }, text: fee.docNumber(f) || '原文' })
      : (fee.docNumber(f) || '');
    return el('tr', {},
      el('td', { text: fee.region(f) }),
      el('td', { text: fee.name(f) }),
      el('td', { text: fee.area(f) }),
      el('th', { attrs: { scope: 'row' }, text: classText(f) }),
      el('td', { class: 'num', text: oldPrice !== undefined ? money(oldPrice) : '—' }),
      el('td', { class: 'num new-price' },
        oldPrice !== undefined ? el('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' }, text: '→ ' }) : null,
        el('strong', { text: money(fee.newPrice(f)) })),
      el('td', { text: fee.unit(f) }),
      el('td', {}, fee.effective(f) ? el('time', { attrs: { datetime: fee.effective(f) }, text: formatDate(fee.effective(f)) }) : '—'),
      el('td', {}, source));
  });
  wrap.append(el('table', { class: 'data-table fee-table' },
    el('caption', { class: 'visually-hidden', text: '收费标准（单位见“单位”列）' }),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { attrs: { scope: 'col' }, text: h })))),
    el('tbody', {}, rows)));
}

// 居民生活用水 第一档（0–18 吨/月）; a price a hearing only proposes says so
function classText(f) {
  const tier = fee.tier(f);
  const range = tier && tier.from !== undefined && tier.from !== null
    ? `（${tier.from}–${tier.to !== undefined && tier.to !== null ? tier.to : ''}${tier.period ? `/${tier.period}` : ''}）` : '';
  return [fee.cls(f) || '各类', tier ? `${tier.label}${range}` : null, fee.proposed(f) ? '（拟）' : null]
    .filter(Boolean).join(' ');
}

function reliefText(e) {
  const volume = pick(e, 'freeVolume', 'volume');
  const reduction = pick(e, 'reduction');
  if (reduction === 'full') return `免收${pick(e, 'charge') || ''}`;
  if (reduction === 'half') return `${pick(e, 'charge') || ''}减半收取`;
  return volume !== undefined && volume !== null ? `免征 ${volume} ${pick(e, 'unit') || ''}` : '';
}

function renderExemptions(exemptions) {
  const box = clear($('fee-exemptions'));
  if (exemptions.length === 0) {
    box.append(el('p', { class: 'muted', text: '没有符合条件的减免政策。' }));
    return;
  }
  box.append(el('ul', { class: 'exemptions' }, exemptions.map((e) => {
    const who = pick(e, 'who', 'beneficiaries');
    const condition = pick(e, 'condition');
    // e.g. 五保户、低保户等特困群体（凭有效证件及证明）：城镇每户每月免征 6 立方米
    const text = pick(e, 'text', 'description')
      || [who ? `${who}${condition ? `（${condition}）` : ''}` : null,
        `${pick(e, 'area') || ''}${pick(e, 'period') || ''}${reliefText(e)}`]
        .filter(Boolean).join('：');
    const docId = pick(e, 'docId');
    return el('li', {}, el('span', { text }),
      docId ? el('a', { class: 'source-link', attrs: { href: readerUrl(docId, pick(e, 'sectionId'), null) }, text: pick(e, 'docNumber') || '原文' }) : null);
  })));
}

// ---- calculator -------------------------------------------------------------------------------

function fillSelect(select, values, keep) {
  const previous = keep ? select.value : '';
  clear(select);
  for (const value of values) select.append(el('option', { attrs: { value }, text: value }));
  if (values.includes(previous)) select.value = previous;
}

function syncCalculatorChoices() {
  const region = $('calc-region').value;
  // only standards in force are priced: a proposed price is not offered
  const inRegion = allItems.filter((f) => fee.region(f) === region && !fee.proposed(f));
  fillSelect($('calc-area'), [...new Set(inRegion.map(fee.area).filter(Boolean))], true);
  const area = $('calc-area').value;
  fillSelect($('calc-class'), [...new Set(inRegion.filter((f) => fee.area(f) === area).map(fee.cls).filter(Boolean))], true);
  const cls = $('calc-class').value;
  const charges = [...new Set(inRegion.filter((f) => fee.area(f) === area && fee.cls(f) === cls).map(fee.name).filter(Boolean))];
  fillSelect($('calc-charge'), charges, true);
  // one charge needs no choice; a notice setting 水价 and 污水处理费 for the class asks which
  $('calc-charge-field').hidden = charges.length < 2;
  // The exemption box names who qualifies in this region, and only shows where there is one.
  const who = [...new Set(allExemptions.filter((e) => pick(e, 'region') === region)
    .map((e) => pick(e, 'who', 'beneficiaries')).filter(Boolean))];
  $('calc-exempt-field').hidden = who.length === 0;
  if (who.length === 0) $('calc-exempt').checked = false;
  $('calc-exempt-label').textContent = `享受减免（${who.join('；')}）`;
}

async function calculate(event) {
  event.preventDefault();
  const result = clear($('calc-result'));
  const params = {
    region: $('calc-region').value,
    area: $('calc-area').value,
    class: $('calc-class').value,
    charge: $('calc-charge-field').hidden ? '' : $('calc-charge').value,
    volume: $('calc-volume').value,
    exempt: $('calc-exempt').checked ? 'true' : 'false',
  };
  try {
    const body = await getJson('/api/fees/calculate', params);
    const unit = pick(body, 'unit', 'currency') || '元';
    const steps = listFrom(body, 'steps');
    result.append(
      el('p', { class: 'calc-amount' }, '应缴金额：', el('strong', { attrs: { id: 'calc-amount' }, text: `${money(pick(body, 'amount', 'total'))} ${unit}` })),
      steps.length > 0
        ? el('ol', { class: 'calc-steps', attrs: { 'aria-label': '计算步骤' } }, steps.map((s) => el('li', { text: stepText(s) })))
        : null);
  } catch (error) {
    result.append(errorBox(error));
  }
}

function stepText(step) {
  if (typeof step === 'string') return step;
  const label = pick(step, 'label', 'description', 'name');
  const formula = pick(step, 'expression', 'formula', 'text');
  const value = pick(step, 'value', 'result');
  return [label, formula, formula === undefined && value !== undefined ? String(value) : null].filter(Boolean).join('：');
}

async function initCalculator() {
  try {
    const body = await getJson('/api/fees');
    allItems = listFrom(body, 'items', 'fees');
    allExemptions = listFrom(body, 'exemptions');
  } catch (error) {
    clear($('calc-result')).append(errorBox(error, () => initCalculator()));
    return;
  }
  fillSelect($('calc-region'), [...new Set(allItems.map(fee.region).filter(Boolean))], true);
  syncCalculatorChoices();
  // The calculator needs the standards for its choices: usable once they are here.
  clear($('calc-result'));
  $('calc-submit').disabled = allItems.length === 0;
  const areas = [...new Set(allItems.map(fee.area).filter(Boolean))];
  const filterArea = $('filter-area');
  const wanted = filtersFromUrl().area;
  for (const area of areas) filterArea.append(el('option', { attrs: { value: area }, text: area }));
  filterArea.value = areas.includes(wanted) ? wanted : '';
}

initPage();
$('calc-region').addEventListener('change', syncCalculatorChoices);
$('calc-area').addEventListener('change', syncCalculatorChoices);
$('calc-class').addEventListener('change', syncCalculatorChoices);
$('calc-form').addEventListener('submit', calculate);
$('fee-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  loadTable({ push: true });
});
window.addEventListener('popstate', () => {
  const filters = filtersFromUrl();
  $('filter-area').value = filters.area;
  $('filter-q').value = filters.q;
  loadTable();
});
$('filter-q').value = filtersFromUrl().q;
initCalculator().then(() => loadTable());

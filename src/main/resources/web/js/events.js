// The chronicle: events from every 大事记 as a timeline grouped by month, filtered by month, date
// range and text through /api/events, with the filters kept in the URL.
import {
  clear, dateValue, el, endLoading, errorBox, formatDate, formatMonth, getJson, highlightTerms, initPage, listFrom,
  pick, readerUrl, setDateValue, startLoading, wireDateInput,
} from './common.js';

const $ = (id) => document.getElementById(id);

const ev = {
  date: (e) => pick(e, 'date', 'startDate', 'start'),
  end: (e) => pick(e, 'endDate', 'end'),
  partOfDay: (e) => pick(e, 'partOfDay', 'timeOfDay'),
  text: (e) => pick(e, 'text', 'description') || '',
  region: (e) => pick(e, 'region'),
  docId: (e) => pick(e, 'docId'),
  docTitle: (e) => pick(e, 'docTitle'),
  sectionId: (e) => pick(e, 'sectionId', 'id'),
  // 郑明明（区委副书记、区长）: titles themselves hold 、, so name first and title in brackets.
  people: (e) => listFrom(pick(e, 'people', 'persons')).map((p) => {
    if (typeof p === 'string') return p;
    const name = pick(p, 'name');
    const title = pick(p, 'title', 'role');
    return name && title ? `${name}（${title}）` : name || title;
  }).filter(Boolean),
};

/** The most events /api/events returns at once; a page shows no more than this. */
const MAX_EVENTS = 1000;

function filtersFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return { from: params.get('from') || '', to: params.get('to') || '', q: params.get('q') || '' };
}

function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month (YYYY-MM) that from/to cover exactly, if they do. */
function monthOf(from, to) {
  const m = /^(\d{4})-(\d{2})-01$/.exec(from);
  if (!m) return '';
  const end = `${m[1]}-${m[2]}-${String(lastDayOfMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
  return to === end ? `${m[1]}-${m[2]}` : '';
}

function showFilters(filters) {
  setDateValue($('from'), filters.from);
  setDateValue($('to'), filters.to);
  $('event-q').value = filters.q;
  const month = monthOf(filters.from, filters.to);
  $('month').value = [...$('month').options].some((o) => o.value === month) ? month : '';
}

async function loadMonths() {
  // The month list comes from every event, whatever the current filter.
  const events = listFrom(await getJson('/api/events', { size: MAX_EVENTS }), 'events', 'items');
  const months = [...new Set(events.map((e) => String(ev.date(e) || '').slice(0, 7)).filter((m) => /^\d{4}-\d{2}$/.test(m)))].sort();
  for (const month of months) {
    const count = events.filter((e) => String(ev.date(e) || '').startsWith(month)).length;
    $('month').append(el('option', { attrs: { value: month }, text: `${formatMonth(month)}（${count}）` }));
  }
}

async function loadEvents(filters) {
  const timeline = $('timeline');
  $('event-status').textContent = '正在加载…';
  startLoading(timeline, '正在加载大事记…', '.month');
  try {
    const body = await getJson('/api/events', { ...filters, size: MAX_EVENTS });
    const events = listFrom(body, 'events', 'items');
    renderTimeline(events, filters, Number(body.total) || events.length);
  } catch (error) {
    $('event-status').textContent = '加载失败';
    clear(timeline).append(errorBox(error, () => loadEvents(filters)));
  } finally {
    endLoading(timeline);
    // Counts finished loads, so scripts and tests can wait for the next one.
    timeline.dataset.renders = String(Number(timeline.dataset.renders || 0) + 1);
  }
}

function renderTimeline(events, filters, total) {
  const timeline = clear($('timeline'));
  $('event-status').textContent = events.length === 0 ? ''
    : total > events.length ? `共 ${total} 条大事，显示前 ${events.length} 条；缩小日期范围可看到其余的。`
      : `共 ${total} 条大事`;
  if (events.length === 0) {
    timeline.append(el('div', { class: 'notice empty-state' },
      el('h2', { class: 'notice-title', text: '没有找到符合条件的大事' }),
      el('p', { text: '可以放宽日期范围，或换一个关键词。' })));
    return;
  }
  const byMonth = new Map();
  for (const event of events) {
    const month = String(ev.date(event) || '').slice(0, 7) || '日期不详';
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month).push(event);
  }
  for (const [month, list] of byMonth) {
    const id = `month-${month}`;
    timeline.append(el('section', { class: 'month', attrs: { 'aria-labelledby': id }, dataset: { month } },
      el('h2', { class: 'month-heading', attrs: { id } },
        formatMonth(month) || month, el('span', { class: 'month-count', text: `${list.length} 条` })),
      el('ol', { class: 'event-list' }, list.map((e) => eventItem(e, filters.q)))));
  }
}

// An entry dated only to a month or a year shows what is known, not a made-up day:
// 10月上旬 → 1950年10月上旬, 是月 → 2022年4月, 月底 → 2022年4月底, 本年 → 1952年, 年底 → 1952年底.
function partialDate(event) {
  const precision = pick(event, 'precision');
  if (precision !== 'month' && precision !== 'year') return null;
  const date = String(ev.date(event) || '');
  const label = String(pick(event, 'dateText') || '');
  const year = `${date.slice(0, 4)}年`;
  const part = label.match(/(上旬|中旬|下旬|上中旬|中下旬|初|底|末)$/);
  if (precision === 'year') return year.slice(0, -1) + (part ? `年${part[1]}` : '年');
  return `${year}${Number(date.slice(5, 7))}月${part ? part[1] : ''}`;
}

function eventItem(event, query) {
  const date = ev.date(event);
  const end = ev.end(event);
  let when = partialDate(event) || formatDate(date);
  if (end && end !== date) when += ` 至 ${formatDate(end)}`;
  if (ev.partOfDay(event)) when += ` ${ev.partOfDay(event)}`;
  const text = el('p', { class: 'event-text', text: ev.text(event) });
  if (query) highlightTerms(text, query.split(/\s+/));
  const people = ev.people(event);
  const docId = ev.docId(event);
  return el('li', { class: 'event' },
    el('time', { class: 'event-date', attrs: { datetime: date || null }, text: when }),
    el('div', { class: 'event-body' },
      text,
      people.length > 0
        ? el('p', { class: 'event-people' }, el('span', { class: 'muted', text: '涉及人员：' }), people.join('；'))
        : null,
      el('p', { class: 'event-source' },
        ev.region(event) ? el('span', { class: 'muted', text: `${ev.region(event)} · ` }) : null,
        docId ? el('a', { attrs: { href: readerUrl(docId, ev.sectionId(event), null) }, text: `出处：${ev.docTitle(event) || '原文'}` }) : null)));
}

function apply({ push }) {
  const filters = { from: dateValue($('from')), to: dateValue($('to')), q: $('event-q').value.trim() };
  if (push) {
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    window.history.pushState(null, '', query ? `/events?${query}` : '/events');
  }
  showFilters(filters);
  return loadEvents(filters);
}

function wire() {
  wireDateInput($('from'));
  wireDateInput($('to'));
  $('month').addEventListener('change', () => {
    const month = $('month').value;
    if (month) {
      const [year, mon] = month.split('-').map(Number);
      setDateValue($('from'), `${month}-01`);
      setDateValue($('to'), `${month}-${String(lastDayOfMonth(year, mon)).padStart(2, '0')}`);
    } else {
      setDateValue($('from'), '');
      setDateValue($('to'), '');
    }
    apply({ push: true });
  });
  $('event-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    apply({ push: true });
  });
  $('event-reset').addEventListener('click', () => {
    setDateValue($('from'), '');
    setDateValue($('to'), '');
    $('event-q').value = '';
    apply({ push: true });
  });
  window.addEventListener('popstate', () => {
    const filters = filtersFromUrl();
    showFilters(filters);
    loadEvents(filters);
  });
}

async function start() {
  initPage();
  wire();
  try {
    await loadMonths();
  } catch (error) {
    // The month list is a shortcut: without it the date fields still filter.
  }
  const filters = filtersFromUrl();
  showFilters(filters);
  await loadEvents(filters);
}

start();

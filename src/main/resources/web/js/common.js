// Shared helpers for every page of Gazette Search: building DOM safely, calling the JSON API,
// the snippet sanitizer, labels for API values and the keyboard shortcut that focuses search.
//
// Rule for the whole front end: text from the corpus, the query or the URL only ever reaches the
// page through textContent / createElement. The single exception is the server's search snippet,
// which goes through sanitizeSnippet() first.

/** Chinese labels for section types (the API's `type` values). */
export const TYPE_LABELS = Object.freeze({
  article: '条款',
  item: '事项',
  body: '正文',
  event: '大事',
  table_row: '表格行',
});

/** Labels for the search facet dimensions, in the order the sidebar shows them. */
export const FACET_LABELS = Object.freeze({
  region: '地区',
  issuer: '发文机关',
  kind: '文种',
  year: '年份',
  type: '内容类型',
  dept: '责任单位',
  status: '时效性',
});

/**
 * Creates an element. `props` may hold `class` (string), `text` (textContent), `attrs` (set with
 * setAttribute, so never an event handler string), `dataset`, and `on` (event listeners).
 * Children are nodes or strings (strings become text nodes), null/false are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  if (props.attrs) {
    for (const [name, value] of Object.entries(props.attrs)) {
      if (value === undefined || value === null || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  if (props.dataset) Object.assign(node.dataset, props.dataset);
  if (props.on) {
    for (const [type, handler] of Object.entries(props.on)) node.addEventListener(type, handler);
  }
  append(node, ...children);
  return node;
}

/** Appends nodes or strings (as text) to `parent`, skipping null/undefined/false. */
function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `node`. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** An error the API reported as {"error":{"code","message"}}, or a network failure. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * GETs a JSON API route. `params` is a URLSearchParams or a plain object whose array values
 * become repeated parameters; empty values are dropped. Throws ApiError with the server's message.
 */
export async function getJson(path, params, { signal } = {}) {
  const query = toSearchParams(params).toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, {
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试。');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // A body that is not JSON is reported below with the HTTP status.
  }
  if (!response.ok) {
    const err = body && body.error;
    throw new ApiError(response.status, err && err.code ? err.code : `http_${response.status}`,
      err && err.message ? err.message : `服务器返回错误（HTTP ${response.status}）。`);
  }
  if (body === null) throw new ApiError(response.status, 'bad_json', '服务器返回的数据无法解析。');
  return body;
}

function toSearchParams(params) {
  if (!params) return new URLSearchParams();
  if (params instanceof URLSearchParams) return params;
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null || v === '' || v === false) continue;
      out.append(key, String(v));
    }
  }
  return out;
}

/**
 * Returns a list from an API body that is either the list itself or an object holding it under
 * one of `keys` (the record routes wrap their lists; a bare array is accepted too).
 */
export function listFrom(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const key of keys) {
    if (body && Array.isArray(body[key])) return body[key];
  }
  return [];
}

/** The first of `names` that `obj` has a non-empty value for. */
export function pick(obj, ...names) {
  if (!obj) return undefined;
  for (const name of names) {
    const v = obj[name];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const NAMED_ENTITIES = Object.freeze({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/** Decodes the character references an HTML escaper produces (&lt; &#39; &#x2F; …); others stay as written. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Turns the server's snippet (HTML-escaped text with <mark>…</mark>) into a fragment that holds
 * only text nodes and MARK elements. The string is read without an HTML parser: the exact tags
 * <mark> and </mark> delimit marked text, character references are decoded, and anything else
 * (a stray tag, an attribute, a handler) stays visible text. Even an inert DOMParser or <template>
 * parse makes Chrome evaluate inline handler attributes against the CSP, so none is used.
 */
export function sanitizeSnippet(html) {
  const fragment = document.createDocumentFragment();
  if (!html) return fragment;
  let marked = false;
  for (const part of String(html).split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      marked = true;
    } else if (/^<\/mark>$/i.test(part)) {
      marked = false;
    } else if (part) {
      const text = decodeEntities(part);
      if (marked) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        fragment.append(mark);
      } else {
        fragment.append(document.createTextNode(text));
      }
    }
  }
  return fragment;
}

/** The texts the server marked in a snippet, e.g. ["污水", "处理费"]. */
export function markedTerms(html) {
  const terms = [];
  for (const node of sanitizeSnippet(html).childNodes) {
    if (node.nodeName === 'MARK' && node.textContent.trim()) terms.push(node.textContent.trim());
  }
  return terms;
}

/**
 * Wraps every occurrence of any of `terms` inside the text of `root` in a <mark>, by splitting
 * text nodes (never through innerHTML). Longer terms win where terms overlap.
 */
export function highlightTerms(root, terms) {
  const unique = [...new Set(terms.filter((t) => t && t.length > 0))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && node.parentElement.closest('mark, script, style, .no-highlight')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const textNodes = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode);
  let count = 0;
  const lowerTerms = unique.map((t) => t.toLowerCase());
  for (const node of textNodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    const pieces = [];
    let i = 0;
    let last = 0;
    while (i < text.length) {
      const hit = lowerTerms.findIndex((t) => lower.startsWith(t, i));
      if (hit >= 0) {
        if (i > last) pieces.push(text.slice(last, i));
        const mark = document.createElement('mark');
        mark.textContent = text.slice(i, i + lowerTerms[hit].length);
        pieces.push(mark);
        count += 1;
        i += lowerTerms[hit].length;
        last = i;
      } else {
        i += 1;
      }
    }
    if (pieces.length > 0) {
      if (last < text.length) pieces.push(text.slice(last));
      node.replaceWith(...pieces);
    }
  }
  return count;
}

/** 2024-05-01 → 2024年5月1日; anything that is not an ISO date is returned as is. */
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : String(iso);
}

/**
 * A date as people type it — 2024-05-01, 2024-5-1, 2024/5/1, 2024.5.1, 2024年5月1日 — as ISO 2024-05-01;
 * '' for an empty text; null when it is not a date of the calendar (2024-02-30).
 */
export function parseDate(text) {
  const value = String(text ?? '').trim();
  if (!value) return '';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_INVALID = '请输入有效日期，格式为 年-月-日，例如 2024-05-01。';

/**
 * Makes a text input a date field that reads 年-月-日 whatever the browser's locale (a type=date input
 * shows the browser's own format, mm/dd/yyyy on an English system). A text that is not a date makes the
 * field invalid, so its form does not submit and the browser says what is wrong; a valid one is written
 * back in ISO form when the field changes.
 */
export function wireDateInput(input) {
  const check = () => input.setCustomValidity(parseDate(input.value) === null ? DATE_INVALID : '');
  input.addEventListener('input', check);
  input.addEventListener('change', () => {
    const iso = parseDate(input.value);
    if (iso) input.value = iso;
    check();
  });
  check();
}

/** Sets a wired date input from a value (a URL's), keeping its validity in step. */
export function setDateValue(input, value) {
  input.value = value;
  input.setCustomValidity(parseDate(value) === null ? DATE_INVALID : '');
}

/** The ISO date of a valid wired date input, '' when it is empty. */
export function dateValue(input) {
  return parseDate(input.value) || '';
}

/** 2024-05 or 2024-05-01 → 2024年5月. */
export function formatMonth(iso) {
  const m = /^(\d{4})-(\d{2})/.exec(String(iso || ''));
  return m ? `${m[1]}年${Number(m[2])}月` : '';
}

/** A number with two decimals (prices and amounts in 元). */
export function money(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : String(value ?? '');
}

/** A validity badge (现行有效 / 已失效 / 尚未生效 / 未注明), or null when the status is unknown. */
export function statusBadge(status) {
  if (!status) return null;
  const cls = {
    现行有效: 'status-valid',
    已失效: 'status-expired',
    尚未生效: 'status-pending',
  }[status] || 'status-unknown';
  return el('span', { class: `badge ${cls}`, text: status });
}

/** URL of the reader for a document, carrying the query and landing on a section. */
export function readerUrl(docId, sectionId, query) {
  let url = `/doc/${encodeURIComponent(docId)}`;
  if (query) url += `?q=${encodeURIComponent(query)}`;
  if (sectionId) url += `#${encodeURIComponent(sectionId)}`;
  return url;
}

/**
 * An alert box for a failed request. A 4xx means the request itself was wrong (a bad date, a
 * query too long): the server's message says what, and `fix` offers a way out. Anything else is
 * the server's or the network's fault, and `retry` tries again.
 */
export function errorBox(error, retry, fix) {
  const api = error instanceof ApiError;
  const badRequest = api && error.status >= 400 && error.status < 500;
  const message = api ? error.message : '页面出现意外错误，请刷新重试。';
  return el('div', { class: 'notice notice-error', attrs: { role: 'alert' } },
    el('p', { class: 'notice-title', text: badRequest ? '请求有误' : '出错了' }),
    badRequest ? el('p', { class: 'error-explanation', text: explanation(error) }) : null,
    el('p', { class: 'error-message', text: badRequest ? `服务器说明：${message}` : message }),
    badRequest && fix ? fix : null,
    !badRequest && retry ? el('button', { class: 'button', attrs: { type: 'button' }, text: '重试', on: { click: retry } }) : null);
}

/** What a rejected request got wrong, in the page's words (the server's own message, in English, follows it). */
function explanation(error) {
  const tooLong = /at most (\d+) characters, was (\d+)/.exec(error.message || '');
  if (error.code === 'query_too_long' && tooLong) {
    return `输入的文字太长：最多 ${tooLong[1]} 个字，这次有 ${tooLong[2]} 个字。`;
  }
  return '有一项检索条件无法使用，请按下面的说明修改。';
}

/** A "loading" line (text and a small spinner) for data that is on its way. */
export function loadingState(text) {
  return el('p', { class: 'loading-state' }, text);
}

/**
 * Marks `box` busy while new data loads. Earlier results (`keep` matches inside `box`) stay, dimmed, until
 * the new ones arrive; anything else there (nothing yet, an empty or an error state) gives way to a loading
 * line, so a slow answer never reads as "no results".
 */
export function startLoading(box, text, keep) {
  box.setAttribute('aria-busy', 'true');
  box.classList.add('is-loading');
  if (!keep || !box.querySelector(keep)) clear(box).append(loadingState(text));
}

/** Ends what startLoading began (the caller has rendered the answer or an error). */
export function endLoading(box) {
  box.removeAttribute('aria-busy');
  box.classList.remove('is-loading');
}

/**
 * Shows the not-found notice of the page (pages/not-found.html, in the 404 page and in the reader), with
 * `title` and `message` when given. Its "back" link appears when the visitor came from a page of this site.
 * Returns the notice.
 */
export function showNotFound({ title, message }) {
  const notice = document.getElementById('not-found');
  if (title) document.getElementById('not-found-title').textContent = title;
  if (message) document.getElementById('not-found-message').textContent = message;
  const back = document.getElementById('not-found-back');
  const referrer = document.referrer;
  if (referrer && referrer.startsWith(`${window.location.origin}/`) && referrer !== window.location.href) {
    back.querySelector('a').setAttribute('href', referrer);
    back.hidden = false;
  }
  return notice;
}

/**
 * Wires the behaviour every page shares: `/` focuses the search box (unless the user is typing
 * somewhere), and the current page is marked in the navigation.
 */
export function initPage() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLElement
      && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing) return;
    // The page's search box: the header's (or the search page's own), else one in the page (the 404 page).
    const box = document.getElementById('q') || document.querySelector('main [role=search] input[type=search]');
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
  const here = window.location.pathname;
  for (const link of document.querySelectorAll('.site-nav a')) {
    const href = link.getAttribute('href');
    const current = href === '/' ? here === '/' || here === '/index.html' : here.startsWith(href);
    if (current) link.setAttribute('aria-current', 'page');
  }
}

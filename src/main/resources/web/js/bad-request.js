// The 400 page a browser gets for an address the server cannot read (a broken % escape, bytes that are not
// UTF-8, a value out of range): the site's layout around the notice, with a search box and ways back. What
// exactly was wrong is in the JSON error the API gives for the same request; the page says it in general words.
import { initPage, showNotFound } from './common.js';

initPage();
const notice = showNotFound({
  title: '请求有误',
  message: '地址中有无法读懂的部分，例如不完整的 % 转义、不是 UTF-8 的字符，或者超出范围的参数。'
    + '请重新输入检索词，或者从下面的链接继续。',
});
document.title = `请求有误 - 公报检索`;
notice.querySelector('h1')?.focus();

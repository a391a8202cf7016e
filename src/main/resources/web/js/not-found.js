// The 404 page: the site's layout around the not-found notice, whose way back leads to the page the
// visitor came from when it is one of ours.
import { initPage, showNotFound } from './common.js';

initPage();
showNotFound({});

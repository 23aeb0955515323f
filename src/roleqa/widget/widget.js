/* roleqa chat widget: plain JS, no dependencies. Server and visitor text only ever goes in as textContent. */
(() => {
  'use strict';
  const script = document.currentScript; // only set during this first run
  if (window.__roleqaWidget || document.getElementById('roleqa-widget')) return;
  window.__roleqaWidget = true;

  const opt = (name) => ((script && script.getAttribute('data-' + name)) || '').trim();
  let endpoint = opt('endpoint');
  try { endpoint = endpoint || new URL(script.src).origin; } catch (e) { endpoint = location.origin; }
  endpoint = endpoint.replace(/\/+$/, '');
  const role = opt('role') || null;
  const title = opt('title') || 'Career questions';
  const greeting = opt('greeting') || (role
    ? 'Ask me about this role: pay, entry level, skills, AI outlook.'
    : 'Ask me about the career roles on this site.');
  const color = opt('color');
  const left = opt('position') === 'left';
  const timeout = +opt('timeout') > 0 ? +opt('timeout') : 15000;
  const storeKey = `roleqa:v1:${endpoint}:${role || ''}`;
  const THANKS = 'Thanks for the feedback';
  const CHAT_ICON = 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
  const THUMB_ICON = 'M2 10h4v11H2zm6 0 4-8c1.7 0 3 1.3 3 3v3h5.3c1.4 0 2.4 1.3 2 2.6l-2.2 8A2 2 0 0 1 18.2 21H8z';

  const STYLES = `
:host{all:initial;--rq-primary:#1f5fbf}
.rq-launcher,.rq-panel{position:fixed;right:20px;z-index:2147483000;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;text-align:left}
*{box-sizing:border-box}
[hidden]{display:none!important}
.rq-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button,textarea{font:inherit;color:inherit;margin:0;cursor:pointer}
:focus-visible{outline:3px solid var(--rq-primary);outline-offset:2px}
:host([data-left]) .rq-launcher,:host([data-left]) .rq-panel{right:auto;left:20px}
.rq-launcher{bottom:20px;width:56px;height:56px;border:0;border-radius:50%;background:var(--rq-primary);color:#fff;box-shadow:0 4px 14px #0005;display:grid;place-items:center}
.rq-launcher:focus-visible{box-shadow:0 0 0 3px #fff}
.rq-launcher svg{width:28px}
.rq-panel{bottom:88px;width:min(380px,100vw - 16px);height:min(560px,100vh - 96px);display:flex;flex-direction:column;background:#fff;border:1px solid #d0d7de;border-radius:12px;box-shadow:0 8px 30px #0004;overflow:hidden;animation:rq-in .15s ease-out}
@keyframes rq-in{from{opacity:0;transform:translateY(8px)}}
.rq-header{display:flex;align-items:center;gap:2px;padding:6px 6px 6px 16px;background:var(--rq-primary);color:#fff}
.rq-title{flex:1;margin:0;font-size:16px;line-height:1.25;overflow-wrap:anywhere}
.rq-header button{flex:none;background:none;border:0;border-radius:6px;padding:6px;min-width:36px;min-height:36px;font-size:14px}
.rq-header :focus-visible{outline-color:#fff;outline-offset:-3px}
.rq-header .rq-close{font-size:24px;line-height:1}
.rq-log{position:relative;flex:1;overflow-y:auto;overscroll-behavior:contain;padding:12px;display:flex;flex-direction:column;gap:10px}
.rq-log:focus-visible{outline-offset:-3px}
.rq-msg{flex:none;max-width:90%;padding:8px 12px;border:1px solid #d8dee4;border-radius:12px;background:#f3f5f7;align-self:flex-start;overflow-wrap:anywhere}
.rq-msg--user{align-self:flex-end;background:var(--rq-primary);color:#fff}
.rq-msg--abstained{background:#fff;border:1px dashed #6e7781}
.rq-msg--error{background:#fff5f5;border-color:#cf222e;color:#82071e}
.rq-text{margin:0;white-space:pre-wrap}
.rq-badge,.rq-feedback,.rq-pending{font-size:14px;color:#57606a}
.rq-badge{display:block;font-weight:600}
.rq-citations{list-style:none;margin:8px 0 0;padding:6px 0 0;border-top:1px solid #d8dee4;font-size:14px}
.rq-cite{color:var(--rq-primary)}
.rq-suggestions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.rq-suggestion{background:#fff;border:1px solid;border-radius:16px;padding:4px 12px;color:var(--rq-primary);font-size:14px;text-align:left}
.rq-suggestion:hover{background:#eef3fb}
.rq-feedback{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:6px}
.rq-feedback button{display:grid;padding:5px;border:1px solid transparent;border-radius:6px;background:none}
.rq-feedback [aria-pressed=true]{color:var(--rq-primary);border-color:currentColor}
.rq-feedback svg{width:18px}
.rq-thumb-down svg{transform:rotate(180deg)}
.rq-retry{display:block;margin-top:8px;padding:4px 14px;border:1px solid;border-radius:6px;background:#fff}
.rq-pending{font-style:italic}
.rq-form{display:flex;align-items:flex-end;gap:8px;padding:10px;border-top:1px solid #d8dee4}
.rq-input{flex:1;field-sizing:content;min-height:44px;max-height:120px;resize:none;padding:10px 12px;border:1px solid #6e7781;border-radius:8px;background:#fff;line-height:1.4;cursor:text}
.rq-input:focus{outline:2px solid var(--rq-primary);outline-offset:-1px}
.rq-send{height:44px;padding:0 16px;border:0;border-radius:8px;background:var(--rq-primary);color:#fff;font-weight:600}
.rq-send:disabled{opacity:.6;cursor:default}
@media (max-width:480px){.rq-panel{left:8px!important;right:8px!important;width:auto;bottom:76px;height:calc(100vh - 84px);height:calc(100dvh - 84px)}.rq-launcher{bottom:12px}}
@media (prefers-reduced-motion:reduce){*{animation:none!important}}`;

  // "text" sets textContent, "on…" adds a listener, null/false are skipped
  function h(tag, attrs, ...kids) {
    const node = document.createElement(tag);
    for (const key in attrs) {
      const value = attrs[key];
      if (value == null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const kid of kids) if (kid) node.append(kid);
    return node;
  }

  function icon(d) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const path = svg.appendChild(document.createElementNS(ns, 'path'));
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', d);
    return svg;
  }

  const str = (v) => (typeof v === 'string' ? v : '');
  const list = (v) => (Array.isArray(v) ? v : []);

  // javascript:, data: and relative URLs stay plain text
  function httpUrl(value) {
    try {
      const url = new URL(value);
      return /^https?:$/.test(url.protocol) ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // acronyms go by letter name: "an ML Engineer", "a UX Designer"
  function withArticle(title) {
    const acronym = /^[A-Z]{2}/.test(title);
    return (/^[aeiou]/i.test(title) && !acronym) || (acronym && /^[AEFHILMNORSX]/.test(title))
      ? 'an ' + title : 'a ' + title;
  }

  // never throws; status 0: network error or timeout
  async function call(path, body, ctl = new AbortController()) {
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; ctl.abort(); }, timeout);
    const init = { credentials: 'omit', signal: ctl.signal };
    if (body) Object.assign(init, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    try {
      const res = await fetch(endpoint + path, init);
      const text = await res.text();
      let data = null;
      try { data = JSON.parse(text); } catch (e) { /* not JSON */ }
      return { status: res.status, ok: res.ok, data, retryAfter: res.headers.get('Retry-After') };
    } catch (e) {
      return { status: 0, timedOut };
    } finally {
      clearTimeout(timer);
    }
  }

  let conversationId = null;
  let messages = []; // {from:'user',text} | {from:'bot',question,data,rating}
  let isOpen = false;
  let pending = false;
  let generation = 0;
  let inflight = null;
  let roleTitle = '';
  let roleState = 0; // 0 idle, 1 fetching, 2 done
  let starters = null;
  let shadow, launcher, panel, log, input, sendButton, pendingNote;

  function restore() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storeKey)) || {};
      conversationId = str(saved.conversation_id) || null;
      messages = list(saved.messages).filter((m) => m && (m.from === 'user' ? str(m.text) : m.data && str(m.data.answer)));
      return saved;
    } catch (e) {
      return {};
    }
  }
  function save() {
    try {
      messages = messages.slice(-60);
      sessionStorage.setItem(storeKey, JSON.stringify({ conversation_id: conversationId, messages, open: isOpen }));
    } catch (e) { /* storage disabled */ }
  }

  const suggestionButtons = (questions) =>
    questions.map((q) => h('button', { type: 'button', class: 'rq-suggestion', text: q, onclick: () => ask(q) }));

  function starterQuestions() {
    const entry = 'Is this role entry-level friendly?';
    if (!role) return ['Which roles are entry-level friendly?', 'Which role pays the most?', 'What can you help me with?'];
    if (!roleTitle) return [entry, 'How much does this role pay?', 'What does this role do?'];
    const who = withArticle(roleTitle);
    return [entry, `How much does ${who} make?`, `What does ${who} do?`, 'What skills does this role need?'];
  }

  // on first open: most page views never open the chat
  function loadRole() {
    if (!role || roleState) return;
    roleState = 1;
    call('/v1/roles/' + encodeURIComponent(role)).then((r) => {
      roleTitle = (r.ok && r.data && str(r.data.title).trim()) || '';
      roleState = 2;
      fillStarters();
    });
  }
  function fillStarters() {
    if (starters && (!role || roleState === 2)) starters.replaceChildren(...suggestionButtons(starterQuestions()));
  }

  function greetingMessage() {
    starters = messages.length ? null : h('div', { class: 'rq-suggestions' });
    return h('div', { class: 'rq-msg rq-msg--bot rq-msg--greeting' }, h('p', { class: 'rq-text', text: greeting }), starters);
  }

  const userMessage = (text) => h('div', { class: 'rq-msg rq-msg--user' }, h('p', { class: 'rq-text', text }));

  function botMessage(entry) {
    const d = entry.data;
    const cites = list(d.citations).filter((c) => c && typeof c === 'object');
    const suggestions = list(d.suggestions).filter(str).slice(0, 5);
    return h('div', { class: 'rq-msg rq-msg--bot' + (d.abstained === true ? ' rq-msg--abstained' : '') },
      d.abstained === true && h('span', { class: 'rq-badge', text: 'Not covered by the profiles' }),
      h('p', { class: 'rq-text', text: d.answer }),
      cites.length && h('ul', { class: 'rq-citations', 'aria-label': 'Sources' }, ...cites.map(citation)),
      suggestions.length && h('div', { class: 'rq-suggestions' }, ...suggestionButtons(suggestions)),
      feedbackBar(entry));
  }

  function citation(c) {
    const text = [str(c.title), str(c.section)].filter(Boolean).join(' · ') || 'Source';
    const quote = str(c.quote);
    const title = quote.length > 300 ? quote.slice(0, 299) + '…' : quote || null;
    const href = httpUrl(c.url);
    return h('li', null, href
      ? h('a', { class: 'rq-cite', href, target: '_blank', rel: 'noopener noreferrer', title, text })
      : h('span', { class: 'rq-cite-text', title, text }));
  }

  function feedbackBar(entry) {
    const status = h('span', { class: 'rq-feedback-status', role: 'status', tabindex: '-1', text: entry.rating && THANKS });
    const thumb = (rating, cls, label) => h('button', {
      type: 'button', class: cls, 'aria-label': label, 'aria-pressed': String(entry.rating === rating),
      disabled: !!entry.rating, onclick: () => send(rating),
    }, icon(THUMB_ICON));
    const up = thumb('up', 'rq-thumb-up', 'Helpful');
    const down = thumb('down', 'rq-thumb-down', 'Not helpful');

    async function send(rating) {
      const chosen = rating === 'up' ? up : down;
      const d = entry.data;
      chosen.setAttribute('aria-pressed', 'true');
      status.textContent = '';
      status.focus(); // the button is about to be disabled
      up.disabled = down.disabled = true;
      const r = await call('/v1/feedback', {
        conversation_id: str(d.conversation_id) || conversationId,
        question: entry.question,
        answer: d.answer,
        rating,
        roles: list(d.roles).map((x) => x && str(x.id)).filter(Boolean),
        intent: str(d.intent) || null,
        abstained: d.abstained === true,
        index_version: str(d.index_version) || null,
      });
      if (r.ok) {
        entry.rating = rating;
        save();
      } else {
        chosen.setAttribute('aria-pressed', 'false');
        up.disabled = down.disabled = false;
      }
      status.textContent = r.ok ? THANKS : "Couldn't send feedback";
    }
    return h('div', { class: 'rq-feedback' }, up, down, status);
  }

  // a tall answer is shown from its top
  function reveal(node) {
    log.scrollTop = Math.min(node.offsetTop - 12, log.scrollHeight - log.clientHeight);
  }
  function append(node) {
    log.append(node);
    reveal(node);
  }

  function renderLog() {
    log.replaceChildren(greetingMessage(), ...messages.map((m) => (m.from === 'user' ? userMessage(m.text) : botMessage(m))));
    fillStarters();
    reveal(log.lastChild);
  }

  function setPending(on) {
    pending = on;
    sendButton.disabled = on;
    log.setAttribute('aria-busy', on);
    if (on) append(pendingNote);
    else pendingNote.remove();
  }

  function errorText(r) {
    const s = r.status;
    const secs = +r.retryAfter; // cross-origin: needs Access-Control-Expose-Headers
    if (!s) return [r.timedOut ? 'The assistant is taking too long to answer.' : "Can't reach the assistant right now.", 1];
    if (s === 429) {
      return [`Too many questions right now. Please wait ${secs > 0 ? `${secs} second${secs > 1 ? 's' : ''}` : 'a moment'} and try again.`, 1];
    }
    if (s === 503) return ['The assistant is not ready yet.', 1];
    if (s >= 500 || r.ok) return ['Something went wrong on our side.', 1];
    const d = r.data || {};
    const detail = str(d.detail) || str(d.error);
    return [detail.slice(0, 300) || (s === 413 ? 'That question is too long.' : "Sorry, I couldn't handle that question."), 0];
  }

  function showError(question, r) {
    const [text, canRetry] = errorText(r);
    const box = h('div', { class: 'rq-msg rq-msg--bot rq-msg--error' }, h('p', { class: 'rq-text', text }),
      canRetry && h('button', {
        type: 'button', class: 'rq-retry', text: 'Retry',
        onclick: () => {
          if (pending) return;
          box.remove();
          if (input.value.trim() === question) input.value = '';
          input.focus();
          ask(question, true);
        },
      }));
    append(box);
    if (!input.value.trim()) input.value = question; // never lose the typed question
  }

  async function ask(raw, retrying) {
    const question = String(raw || '').trim().slice(0, 1000);
    if (!question || pending) return;
    if (!isOpen) setOpen(true);
    if (!retrying) append(userMessage(question));
    setPending(true);
    const mine = ++generation;
    inflight = new AbortController();
    const r = await call('/v1/ask', { question, conversation_id: conversationId, role }, inflight);
    if (mine !== generation) return; // reset meanwhile
    setPending(false);
    const d = r.data;
    if (r.ok && d && str(d.answer)) {
      conversationId = str(d.conversation_id) || conversationId;
      const entry = { from: 'bot', question, data: d };
      messages.push({ from: 'user', text: question }, entry);
      save();
      append(botMessage(entry));
    } else {
      showError(question, r);
    }
  }

  function newConversation() {
    generation++;
    if (inflight) inflight.abort();
    if (pending) setPending(false);
    conversationId = null;
    messages = [];
    save();
    renderLog();
    input.focus();
  }

  function setOpen(open, focusInput) {
    isOpen = open;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', open);
    save();
    if (!open) return;
    loadRole();
    reveal(log.lastChild);
    if (focusInput) input.focus();
  }
  function close() {
    const hadFocus = panel.contains(shadow.activeElement);
    setOpen(false);
    if (hadFocus) launcher.focus();
  }

  function submit() {
    if (pending || !input.value.trim()) return;
    const question = input.value;
    input.value = '';
    ask(question);
  }

  function build() {
    const host = h('div', { id: 'roleqa-widget', 'data-left': left });
    // inline beats page rules like *{letter-spacing:2px}; CSSOM is CSP-safe
    host.style.setProperty('all', 'initial');
    if (color && window.CSS && CSS.supports('color', color)) host.style.setProperty('--rq-primary', color);
    shadow = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.append(h('style', { text: STYLES })); // a strict CSP blocks this
    }

    launcher = h('button', {
      type: 'button', class: 'rq-launcher', 'aria-label': 'Open chat: ' + title, 'aria-expanded': 'false',
      'aria-controls': 'rq-panel', onclick: () => (isOpen ? close() : setOpen(true, true)),
    }, icon(CHAT_ICON));
    log = h('div', {
      class: 'rq-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions',
      'aria-labelledby': 'rq-log-label', 'aria-busy': 'false', tabindex: '0',
    });
    pendingNote = h('div', { class: 'rq-pending', text: 'Thinking…' });
    input = h('textarea', {
      id: 'rq-input', class: 'rq-input', maxlength: '1000', rows: '2', placeholder: 'Type your question…',
      onkeydown: (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          submit();
        }
      },
    });
    sendButton = h('button', { class: 'rq-send', 'aria-label': 'Send', text: 'Send' });
    panel = h('div', {
      id: 'rq-panel', class: 'rq-panel', role: 'dialog', 'aria-label': title, 'aria-modal': 'false', hidden: true,
      onkeydown: (e) => {
        if (e.key === 'Escape') {
          setOpen(false);
          launcher.focus();
        }
      },
    },
    h('div', { class: 'rq-header' },
      h('h2', { class: 'rq-title', text: title }),
      h('button', { type: 'button', 'aria-label': 'Start a new conversation', text: 'New conversation', onclick: newConversation }),
      h('button', { type: 'button', class: 'rq-close', 'aria-label': 'Close chat', text: '×', onclick: close })),
    h('h3', { id: 'rq-log-label', class: 'rq-sr', text: 'Conversation' }),
    log,
    h('form', { class: 'rq-form', onsubmit: (e) => { e.preventDefault(); submit(); input.focus(); } },
      h('label', { for: 'rq-input', class: 'rq-sr', text: 'Your question' }), input, sendButton));

    shadow.append(launcher, panel);
    document.body.append(host);
    const saved = restore();
    renderLog();
    setOpen(typeof saved.open === 'boolean' ? saved.open : opt('open') === 'true');
    window.RoleQA = { open: () => setOpen(true, true), close, ask: (q) => { ask(q); } };
  }

  if (document.body) build();
  else document.addEventListener('DOMContentLoaded', build);
})();

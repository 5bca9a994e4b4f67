// Dyad web UI: a small single-page app over the REST API (/api/...).
// Safety: every string from an article reaches the page through textContent or DOM attributes set
// one by one (never innerHTML); links are built from ids with encodeURIComponent; the server sends
// a Content-Security-Policy that forbids inline scripts.
'use strict';

(function () {
  const main = document.getElementById('main');
  const charts = [];

  // ---- DOM helpers -------------------------------------------------------------------------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') el.className = value;
        else if (key === 'href') el.setAttribute('href', safeHref(value));
        else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.substring(2), value);
        else el.setAttribute(key, String(value));
      }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function safeHref(value) {
    const s = String(value);
    if (s.startsWith('#') || s.startsWith('/')) return s;
    if (/^https?:\/\//i.test(s)) return s;
    return '#';
  }

  function link(hash, text) { return h('a', { href: hash }, text); }
  function enc(s) { return encodeURIComponent(String(s)); }
  function fmt(n, digits) { return n === null || n === undefined ? '–' : Number(n).toFixed(digits === undefined ? 1 : digits); }

  function setPage(title, ...content) {
    for (const chart of charts.splice(0)) chart.dispose();
    main.replaceChildren(h('h1', null, title), ...content.filter((c) => c !== null && c !== undefined && c !== false));
    document.title = title + ' · Dyad';
    main.focus({ preventScroll: true });
  }

  function showError(err) {
    setPage('Something went wrong', h('p', { class: 'error', role: 'alert' }, String(err.message || err)));
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error((body && body.message) || ('HTTP ' + response.status + ' for ' + path));
    }
    return body;
  }

  function actorRefKey(ref) {
    if (!ref) return null;
    return ref.code && /^[A-Z]{3}/.test(ref.code) && ref.kind === 'country' ? ref.code : ref.name;
  }

  function actorLink(ref) {
    if (!ref) return h('span', { class: 'muted' }, '–');
    return link('#/actor/' + enc(ref.id), ref.name);
  }

  function quadTag(q) {
    const names = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
    return h('span', { class: 'tag q' + q, title: names[q] || '' }, 'Q' + q);
  }

  function eventRow(summary) {
    const e = summary.event;
    return h('tr', null,
      h('td', null, link('#/event/' + enc(summary.id), (e.cameo || '') + ' ' + (e.cameoName || '')),
        e.negated ? h('span', { class: 'tag neg' }, 'not') : null,
        e.modality && e.modality !== 'asserted' ? h('span', { class: 'tag' }, e.modality) : null),
      h('td', null, quadTag(e.quadClass), ' ', fmt(e.goldstein)),
      h('td', null, actorLink(summary.source)),
      h('td', null, actorLink(summary.target)),
      h('td', null, e.date || summary.day || '–'),
      h('td', null, e.location ? e.location.name : '–'),
      h('td', null, String(summary.mentions), summary.sources > 1 ? ' (' + summary.sources + ' outlets)' : ''),
      h('td', null, e.evidence ? e.evidence.text : ''));
  }

  function eventTable(items) {
    if (!items.length) return h('p', { class: 'muted' }, 'No events.');
    return h('div', { class: 'table-wrap' }, h('table', { class: 'events' },
      h('thead', null, h('tr', null, ...['Event', 'Class', 'Source', 'Target', 'Date', 'Place', 'Mentions', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, items.map(eventRow))));
  }

  function quoteList(items) {
    if (!items.length) return h('p', { class: 'muted' }, 'No quotes.');
    return h('div', { class: 'quotes' }, items.map((q) => h('blockquote', null,
      h('div', null, (q.quote.kind === 'indirect' ? '' : '“') + q.quote.text + (q.quote.kind === 'indirect' ? '' : '”')),
      h('div', { class: 'muted' }, '— ', q.speaker ? actorLink(q.speaker) : 'unattributed',
        q.quote.cue ? ' (' + q.quote.cue + ')' : '', ', ',
        link('#/article/' + enc(q.documentId) + '/' + q.quote.start + '-' + q.quote.end, q.title || 'article')))));
  }

  function pager(page, go) {
    const from = page.total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.items.length;
    return h('div', { class: 'pager' },
      h('button', { type: 'button', disabled: page.offset === 0 ? 'disabled' : null, onclick: () => go(Math.max(0, page.offset - page.limit)) }, '← Previous'),
      h('span', { class: 'muted' }, from + '–' + to + ' of ' + page.total),
      h('button', { type: 'button', disabled: to >= page.total ? 'disabled' : null, onclick: () => go(page.offset + page.limit) }, 'Next →'));
  }

  function chartBox(cls) {
    const box = h('div', { class: 'chart' + (cls ? ' ' + cls : ''), role: 'img' });
    return box;
  }

  function makeChart(box, option) {
    if (!window.echarts) {
      box.replaceChildren(h('p', { class: 'muted' }, 'Charts unavailable.'));
      return null;
    }
    const chart = window.echarts.init(box);
    // figures are read, not watched: no growing bars, what is drawn is the data at once
    chart.setOption(Object.assign({ animation: false }, option));
    charts.push(chart);
    return chart;
  }

  function goldsteinColor(g) {
    // -10 (conflict, red) … +10 (cooperation, green)
    const t = Math.max(0, Math.min(1, (g + 10) / 20));
    const r = Math.round(192 + (46 - 192) * t);
    const gr = Math.round(57 + (139 - 57) * t);
    const b = Math.round(43 + (87 - 43) * t);
    return 'rgb(' + r + ',' + gr + ',' + b + ')';
  }

  // ---- pages -------------------------------------------------------------------------------
  async function overview() {
    const [stats, network, events, quotes] = await Promise.all([
      api('/api/stats'), api('/api/network?limit=10'), api('/api/events?limit=10'), api('/api/quotes?limit=200')]);
    const speakers = new Map();
    for (const q of quotes.items) {
      if (!q.speaker) continue;
      const entry = speakers.get(q.speaker.id) || { ref: q.speaker, n: 0 };
      entry.n += 1;
      speakers.set(q.speaker.id, entry);
    }
    const topSpeakers = [...speakers.values()].sort((a, b) => b.n - a.n).slice(0, 10);
    const card = (n, label, hash) => h('div', { class: 'card' }, h('div', { class: 'n' }, String(n)), hash ? link(hash, label) : label);
    setPage('Overview',
      h('div', { class: 'cards', id: 'counts' },
        card(stats.documents, 'articles', '#/articles'), card(stats.actors, 'actors', '#/actors'),
        card(stats.events, 'events', '#/events'), card(stats.mentions, 'event mentions'),
        card(stats.quotes, 'quotes'), card(stats.amounts, 'amounts')),
      h('div', { class: 'grid2' },
        h('section', null, h('h2', null, 'Top dyads'), network.edges.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'top-dyads' },
          h('thead', null, h('tr', null, h('th', null, 'Dyad'), h('th', null, 'Events'), h('th', null, 'Mean Goldstein'))),
          h('tbody', null, network.edges.map((edge) => h('tr', null,
            h('td', null, link('#/dyad/' + enc(actorRefKey(edge.source)) + '/' + enc(actorRefKey(edge.target)), edge.source.name + ' → ' + edge.target.name)),
            h('td', null, String(edge.events)),
            h('td', null, h('span', { class: 'tag', style: null }, fmt(edge.meanGoldstein)))))))) : h('p', { class: 'muted' }, 'No dyads yet.')),
        h('section', null, h('h2', null, 'Most quoted speakers'), topSpeakers.length ? h('ol', { id: 'speakers' },
          topSpeakers.map((s) => h('li', null, actorLink(s.ref), ' ', h('span', { class: 'muted' }, '(' + s.n + ')')))) : h('p', { class: 'muted' }, 'No quotes yet.'))),
      h('h2', null, 'Most recent events'), eventTable(events.items));
  }

  async function network(params) {
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    const minConfidence = params.get('minConfidence') || '';
    const query = new URLSearchParams({ limit: '150' });
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    if (minConfidence) query.set('minConfidence', minConfidence);
    const data = await api('/api/network?' + query);
    const fromInput = h('input', { type: 'date', id: 'net-from', value: from });
    const toInput = h('input', { type: 'date', id: 'net-to', value: to });
    const fields = {};
    const confidence = confidenceField(fields, params);
    const form = h('form', { class: 'filters', onsubmit: (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (fromInput.value) p.set('from', fromInput.value);
      if (toInput.value) p.set('to', toInput.value);
      if (fields.minConfidence.value) p.set('minConfidence', fields.minConfidence.value);
      location.hash = '#/network' + (p.toString() ? '?' + p : '');
    } },
    h('label', null, 'From', fromInput), h('label', null, 'To', toInput), confidence, h('button', { type: 'submit' }, 'Apply'));
    const box = chartBox('tall');
    const edgeList = h('ul', { id: 'edge-list' }, data.edges.map((e) => h('li', null,
      link('#/dyad/' + enc(actorRefKey(e.source)) + '/' + enc(actorRefKey(e.target)), e.source.name + ' → ' + e.target.name),
      ' ', h('span', { class: 'muted' }, e.events + ' events, mean Goldstein ' + fmt(e.meanGoldstein)))));
    setPage('Actor network', form,
      h('p', { class: 'muted' }, 'Edges: green = cooperation, red = conflict; width = number of events. Click an edge for the dyad, a node for the actor.'),
      box, h('h2', null, 'Edges'), edgeList);
    const nodes = new Map();
    for (const e of data.edges) {
      for (const ref of [e.source, e.target]) {
        const node = nodes.get(ref.id) || { id: String(ref.id), name: ref.name, ref: ref, value: 0 };
        node.value += e.events;
        nodes.set(ref.id, node);
      }
    }
    const maxEvents = Math.max(1, ...data.edges.map((e) => e.events));
    const chart = makeChart(box, {
      tooltip: { formatter: (p) => p.dataType === 'edge' ? (p.data.label + ': ' + p.data.events + ' events') : p.data.name },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        label: { show: true, position: 'right' },
        force: { repulsion: 260, edgeLength: [80, 200] },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        data: [...nodes.values()].map((n) => ({ id: n.id, name: n.name, symbolSize: 10 + Math.min(40, Math.sqrt(n.value) * 6), ref: n.ref })),
        links: data.edges.map((e) => ({
          source: String(e.source.id), target: String(e.target.id), events: e.events,
          label: e.source.name + ' → ' + e.target.name,
          a: actorRefKey(e.source), b: actorRefKey(e.target),
          lineStyle: { color: goldsteinColor(e.meanGoldstein), width: 1 + 7 * e.events / maxEvents, opacity: 0.85, curveness: 0.15 } })),
      }],
    });
    if (chart) {
      chart.on('click', (p) => {
        if (p.dataType === 'edge') location.hash = '#/dyad/' + enc(p.data.a) + '/' + enc(p.data.b);
        else if (p.dataType === 'node') location.hash = '#/actor/' + enc(p.data.ref.id);
      });
    }
  }

  async function dyad(a, b, params) {
    const by = params.get('by') || 'month';
    const [series, events] = await Promise.all([
      api('/api/dyads/' + enc(a) + '/' + enc(b) + '?by=' + enc(by)),
      api('/api/events?pair=' + enc(a) + ',' + enc(b) + '&limit=100')]);
    const select = h('select', { id: 'dyad-by', onchange: () => { location.hash = '#/dyad/' + enc(a) + '/' + enc(b) + '?by=' + select.value; } },
      ['day', 'week', 'month', 'year'].map((p) => h('option', { value: p, selected: p === by ? 'selected' : null }, p)));
    const box = chartBox();
    const listHolder = h('div', { id: 'dyad-events' }, eventTable(events.items));
    setPage(a + ' ↔ ' + b,
      h('div', { class: 'filters' }, h('label', null, 'Period', select)),
      h('p', { class: 'muted' }, 'Events between the two actors (both directions) per period, by QuadClass, with the mean Goldstein score. Click a bar for its events.'),
      box, h('h2', null, 'Events'), listHolder);
    const rows = continuous(series.periods, by);
    const periods = rows.map((p) => p.period);
    const chart = makeChart(box, {
      tooltip: { trigger: 'axis' },
      legend: { data: ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict', 'Mean Goldstein'] },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false } }],
      series: [
        { name: 'Verbal cooperation', type: 'bar', stack: 'q', barMaxWidth: 56, data: rows.map((p) => p.q1), itemStyle: { color: '#7fc97f' } },
        { name: 'Material cooperation', type: 'bar', stack: 'q', barMaxWidth: 56, data: rows.map((p) => p.q2), itemStyle: { color: '#2e8b57' } },
        { name: 'Verbal conflict', type: 'bar', stack: 'q', barMaxWidth: 56, data: rows.map((p) => p.q3), itemStyle: { color: '#f0a35e' } },
        { name: 'Material conflict', type: 'bar', stack: 'q', barMaxWidth: 56, data: rows.map((p) => p.q4), itemStyle: { color: '#c0392b' } },
        { name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: true, showSymbol: true, symbolSize: 9, itemStyle: { color: '#34495e' }, lineStyle: { color: '#34495e' }, data: rows.map((p) => p.meanGoldstein) },
      ],
    });
    if (chart) {
      chart.on('click', async (p) => {
        const period = periods[p.dataIndex];
        const range = periodRange(period);
        if (!range) return;
        const list = await api('/api/events?pair=' + enc(a) + ',' + enc(b) + '&from=' + range[0] + '&to=' + range[1] + '&limit=100');
        listHolder.replaceChildren(h('p', { class: 'muted' }, 'Events in ' + period + ':'), eventTable(list.items));
      });
    }
  }

  /** Months and years without events between the first and the last one, as empty periods, so time reads evenly. */
  function continuous(periods, by) {
    if (periods.length < 2 || (by !== 'month' && by !== 'year')) return periods;
    periods = [...periods].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
    const byPeriod = new Map(periods.map((p) => [p.period, p]));
    const out = [];
    const first = periods[0].period;
    const last = periods[periods.length - 1].period;
    let year = +first.substring(0, 4);
    let month = by === 'month' ? +first.substring(5, 7) : 1;
    for (let guard = 0; guard < 1200; guard++) {
      const key = by === 'month' ? year + '-' + String(month).padStart(2, '0') : String(year);
      out.push(byPeriod.get(key) || { period: key, q1: 0, q2: 0, q3: 0, q4: 0, meanGoldstein: null });
      if (key >= last) break;
      if (by === 'month' && month < 12) month += 1; else { year += 1; month = 1; }
    }
    return out;
  }

  function periodRange(period) {
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period))) return [period, period];
    if ((m = /^(\d{4})-(\d{2})$/.exec(period))) {
      const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
      return [period + '-01', period + '-' + String(last).padStart(2, '0')];
    }
    if ((m = /^(\d{4})$/.exec(period))) return [period + '-01-01', period + '-12-31'];
    if ((m = /^(\d{4})-W(\d{2})$/.exec(period))) {
      const jan4 = new Date(Date.UTC(+m[1], 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
      const sunday = new Date(monday.getTime() + 6 * 86400000);
      return [monday.toISOString().substring(0, 10), sunday.toISOString().substring(0, 10)];
    }
    return null;
  }

  async function actors(params) {
    const offset = +(params.get('offset') || 0);
    const q = params.get('q') || '';
    const page = await api('/api/actors?limit=50&offset=' + offset + (q ? '&q=' + enc(q) : ''));
    const input = h('input', { type: 'search', id: 'actor-q', value: q, placeholder: 'name or alias' });
    setPage('Actors',
      h('form', { class: 'filters', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/actors?q=' + enc(input.value); } },
        h('label', null, 'Name', input), h('button', { type: 'submit' }, 'Search')),
      h('div', { class: 'table-wrap' }, h('table', { id: 'actor-table' },
        h('thead', null, h('tr', null, ...['Actor', 'Kind', 'Country', 'Sector', 'Code', 'Articles', 'Events'].map((t) => h('th', null, t)))),
        h('tbody', null, page.items.map((a) => h('tr', null,
          h('td', null, link('#/actor/' + enc(a.id), a.name)), h('td', null, a.kind || '–'), h('td', null, a.country || '–'),
          h('td', null, a.sector || '–'), h('td', null, a.code || '–'), h('td', null, String(a.documents)), h('td', null, String(a.events))))))),
      pager(page, (o) => { location.hash = '#/actors?offset=' + o + (q ? '&q=' + enc(q) : ''); }));
  }

  async function actor(id) {
    const profile = await api('/api/actors/' + enc(id));
    const a = profile.actor;
    const key = a.kind === 'country' && a.code ? a.code : a.name;
    const [events, quotes] = await Promise.all([
      api('/api/events?actorId=' + enc(a.id) + '&limit=100'), api('/api/quotes?speakerId=' + enc(a.id) + '&limit=50')]);
    const box = chartBox();
    setPage(a.name,
      h('dl', { class: 'profile', id: 'actor-profile' },
        h('dt', null, 'Kind'), h('dd', null, a.kind || '–'),
        h('dt', null, 'Country'), h('dd', null, a.country || '–'),
        h('dt', null, 'Sector'), h('dd', null, a.sector || '–'),
        h('dt', null, 'Code'), h('dd', null, a.code || '–'),
        h('dt', null, 'Roles'), h('dd', null, profile.roles.length ? profile.roles.map((r) => r.role + (r.firstSeen ? ' (' + r.firstSeen + (r.lastSeen && r.lastSeen !== r.firstSeen ? ' – ' + r.lastSeen : '') + ')' : '')).join('; ') : '–'),
        h('dt', null, 'Aliases'), h('dd', null, profile.aliases.join(', ') || '–'),
        h('dt', null, 'Seen'), h('dd', null, (a.firstSeen || '?') + ' – ' + (a.lastSeen || '?') + ', in ' + a.documents + ' articles')),
      h('h2', null, 'Events as source and target over time'), box,
      profile.partners.length ? h('div', null, h('h2', null, 'Partners'), h('ul', { id: 'partners' }, profile.partners.map((p) => {
        const other = p.source.id === a.id ? p.target : p.source;
        return h('li', null, link('#/dyad/' + enc(key) + '/' + enc(actorRefKey(other)), other.name), ' ', h('span', { class: 'muted' }, p.events + ' events, mean Goldstein ' + fmt(p.meanGoldstein)));
      }))) : null,
      h('h2', null, 'Events'), eventTable(events.items),
      h('h2', null, 'Quotes'), quoteList(quotes.items));
    const byMonth = new Map();
    for (const s of events.items) {
      const day = s.event.date || s.day;
      if (!day) continue;
      const month = day.substring(0, 7);
      const entry = byMonth.get(month) || { asSource: 0, asTarget: 0 };
      if (s.source && s.source.id === a.id) entry.asSource += 1; else entry.asTarget += 1;
      byMonth.set(month, entry);
    }
    const months = [...byMonth.keys()].sort();
    makeChart(box, {
      tooltip: { trigger: 'axis' }, legend: { data: ['as source', 'as target'] },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'as source', type: 'bar', data: months.map((m) => byMonth.get(m).asSource) },
        { name: 'as target', type: 'bar', data: months.map((m) => byMonth.get(m).asTarget) }],
    });
  }

  // events at least this sure (0 to 1); empty: every stored event (ingest keeps the precise set by default)
  function confidenceField(fields, params) {
    fields.minConfidence = h('input', { type: 'number', name: 'minConfidence', id: 'f-minConfidence', min: '0', max: '1',
      step: '0.05', placeholder: 'any', value: params.get('minConfidence') || '' });
    return h('label', { title: 'Show only events whose confidence is at least this (0 to 1)' }, 'Min confidence', fields.minConfidence);
  }

  async function events(params) {
    const offset = +(params.get('offset') || 0);
    const query = new URLSearchParams(params);
    query.set('limit', '50');
    query.set('offset', String(offset));
    const page = await api('/api/events?' + query);
    const fields = {};
    const field = (name, label, type) => {
      fields[name] = h('input', { type: type || 'text', name: name, id: 'f-' + name, value: params.get(name) || '' });
      return h('label', null, label, fields[name]);
    };
    const form = h('form', { class: 'filters', onsubmit: (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, input] of Object.entries(fields)) if (input.value) p.set(k, input.value);
      location.hash = '#/events?' + p;
    } }, field('actor', 'Actor'), field('country', 'Country'), field('cameo', 'CAMEO'), field('plover', 'PLOVER'),
    field('from', 'From', 'date'), field('to', 'To', 'date'), field('text', 'Words'), confidenceField(fields, params),
    h('button', { type: 'submit' }, 'Filter'));
    setPage('Events', form, eventTable(page.items), pager(page, (o) => {
      const p = new URLSearchParams(params);
      p.set('offset', String(o));
      location.hash = '#/events?' + p;
    }));
  }

  async function event(id) {
    const detail = await api('/api/events/' + enc(id));
    const s = detail.event;
    const e = s.event;
    setPage((e.cameo || '') + ' ' + (e.cameoName || 'Event'),
      h('dl', { class: 'profile', id: 'event-profile' },
        h('dt', null, 'Source'), h('dd', null, actorLink(s.source)),
        h('dt', null, 'Target'), h('dd', null, actorLink(s.target)),
        h('dt', null, 'CAMEO'), h('dd', null, (e.cameo || '–') + ' ' + (e.cameoName || '')),
        h('dt', null, 'PLOVER'), h('dd', null, e.plover || '–'),
        h('dt', null, 'QuadClass'), h('dd', null, quadTag(e.quadClass)),
        h('dt', null, 'Goldstein'), h('dd', null, fmt(e.goldstein)),
        h('dt', null, 'Negated'), h('dd', null, e.negated ? 'yes' : 'no'),
        h('dt', null, 'Modality'), h('dd', null, e.modality || '–'),
        h('dt', null, 'Date'), h('dd', null, (e.date || 'not stated') + (e.dateText ? ' (“' + e.dateText + '”)' : '')),
        h('dt', null, 'Place'), h('dd', null, e.location ? e.location.name + (e.location.country ? ', ' + e.location.country : '')
          + (e.location.precision ? ' (' + e.location.precision + ')' : '')
          + (e.location.lat !== null && e.location.lat !== undefined ? ' · ' + fmt(e.location.lat, 2) + ', ' + fmt(e.location.lon, 2) : '') : '–',
          e.location && e.location.lat !== null && e.location.lat !== undefined
            ? h('span', null, ' · ', link('#/map?near=' + e.location.lat + ',' + e.location.lon + '&km=50', 'events nearby')) : null),
        h('dt', null, 'Reported'), h('dd', null, s.mentions + ' mentions in ' + s.articles + ' articles from ' + s.sources + ' outlets; first seen ' + (s.firstSeen || '?')),
        h('dt', null, 'Coded by'), h('dd', null, (e.rule || '–') + ', confidence ' + fmt(e.confidence, 2))),
      s.source && s.target ? h('p', null, link('#/dyad/' + enc(actorRefKey(s.source)) + '/' + enc(actorRefKey(s.target)), 'See the dyad ' + s.source.name + ' ↔ ' + s.target.name)) : null,
      h('h2', null, 'Mentions'),
      h('div', { id: 'mentions' }, detail.mentions.map((m) => h('div', { class: 'evidence' },
        h('div', null, highlighted(m.event.evidence, m.event.trigger)),
        h('div', { class: 'muted' }, (m.outlet || '') + (m.published ? ' · ' + m.published : '') + ' · ',
          m.event.evidence ? link('#/article/' + enc(m.documentId) + '/' + m.event.evidence.start + '-' + m.event.evidence.end, m.title || 'article') : (m.title || 'article'))))));
  }

  function highlighted(evidence, trigger) {
    if (!evidence) return h('span', { class: 'muted' }, 'no evidence recorded');
    const text = evidence.text || '';
    if (!trigger || trigger.start < evidence.start || trigger.end > evidence.end) return h('span', null, text);
    const a = trigger.start - evidence.start;
    const b = trigger.end - evidence.start;
    return h('span', null, text.substring(0, a), h('mark', { class: 'hl' }, text.substring(a, b)), text.substring(b));
  }

  async function articles(params) {
    const offset = +(params.get('offset') || 0);
    const page = await api('/api/documents?limit=50&offset=' + offset);
    setPage('Articles',
      h('div', { class: 'table-wrap' }, h('table', { id: 'article-table' },
        h('thead', null, h('tr', null, ...['Title', 'Published', 'Outlet', 'Actors', 'Events', 'Quotes'].map((t) => h('th', null, t)))),
        h('tbody', null, page.items.map((d) => h('tr', null,
          h('td', null, link('#/article/' + enc(d.id), d.title || d.source)), h('td', null, d.published || '–'),
          h('td', null, d.outlet || '–'), h('td', null, String(d.actors)), h('td', null, String(d.events)), h('td', null, String(d.quotes))))))),
      pager(page, (o) => { location.hash = '#/articles?offset=' + o; }));
  }

  async function article(id, focus) {
    const record = await api('/api/documents/' + enc(id));
    const doc = record.document;
    const text = doc.text || '';
    // Each character gets the set of layers covering it; runs of equal sets become spans.
    const layers = new Array(text.length);
    const mark = (start, end, cls, title) => {
      for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) {
        (layers[i] = layers[i] || []).push([cls, title]);
      }
    };
    for (const a of record.actors || []) for (const m of a.mentions || []) mark(m.start, m.end, 'm-actor', a.name + (a.code ? ' (' + a.code + ')' : ''));
    for (const e of record.events || []) if (e.trigger) mark(e.trigger.start, e.trigger.end, 'm-event', e.cameo + ' ' + (e.cameoName || ''));
    for (const q of record.quotes || []) mark(q.start, q.end, 'm-quote', 'quote' + (q.speaker ? ' by ' + ((record.actors || []).find((a) => a.id === q.speaker) || {}).name : ''));
    for (const t of record.times || []) mark(t.start, t.end, 'm-time', t.value || 'time');
    let focusRange = null;
    if (focus) {
      const m = /^(\d+)-(\d+)$/.exec(focus);
      if (m) focusRange = [+m[1], +m[2]];
    }
    const body = h('div', { class: 'article-text', id: 'article-text' });
    let i = 0;
    let focusEl = null;
    while (i < text.length) {
      const key = layerKey(layers[i], focusRange, i);
      let j = i + 1;
      while (j < text.length && layerKey(layers[j], focusRange, j) === key) j++;
      const chunk = text.substring(i, j);
      if (!key) {
        body.appendChild(document.createTextNode(chunk));
      } else {
        const classes = (layers[i] || []).map((l) => l[0]);
        const inFocus = focusRange && i >= focusRange[0] && i < focusRange[1];
        if (inFocus) classes.push('m-focus');
        const span = h('span', { class: [...new Set(classes)].join(' '), title: (layers[i] || []).map((l) => l[1]).join(' · ') }, chunk);
        if (inFocus && !focusEl) focusEl = span;
        body.appendChild(span);
      }
      i = j;
    }
    setPage(doc.title || doc.source || 'Article',
      h('p', { class: 'muted' }, [doc.outlet, doc.published, doc.authors && doc.authors.length ? 'by ' + doc.authors.join(', ') : null].filter(Boolean).join(' · '),
        doc.url ? h('span', null, ' · ', h('a', { href: doc.url, rel: 'noopener noreferrer' }, 'original')) : null),
      h('p', { class: 'legend' }, h('span', { class: 'm-actor', style: null }, 'actor'), h('span', { class: 'm-event' }, 'event'), h('span', { class: 'm-quote' }, 'quote'), h('span', { class: 'm-time' }, 'time')),
      body,
      doc.removed && doc.removed.length ? h('details', { class: 'removed', id: 'removed' }, h('summary', null, doc.removed.length + ' blocks of page junk removed'),
        h('ul', null, doc.removed.map((r) => h('li', null, h('span', { class: 'tag' }, r.reason), ' ', r.text)))) : null);
    if (focusEl) focusEl.scrollIntoView({ block: 'center' });
  }

  function layerKey(layer, focusRange, i) {
    const base = layer ? layer.map((l) => l[0] + l[1]).join('|') : '';
    const inFocus = focusRange && i >= focusRange[0] && i < focusRange[1];
    return base + (inFocus ? '#focus' : '');
  }

  async function search(params) {
    const q = params.get('q') || '';
    const [events, quotes] = q ? await Promise.all([
      api('/api/events?text=' + enc(q) + '&limit=50'), api('/api/quotes?text=' + enc(q) + '&limit=50')]) : [{ items: [] }, { items: [] }];
    setPage('Search: ' + q,
      h('h2', null, 'Sentences (' + events.items.length + ')'), eventTable(events.items),
      h('h2', null, 'Quotes (' + quotes.items.length + ')'), quoteList(quotes.items));
  }


  // ---- map -------------------------------------------------------------------------------------
  // The events of the current filter as points on country outlines (Natural Earth, served from the
  // jar: no tile server). Points close together at the current zoom are drawn as one cluster with
  // its count; a click on a point lists its events, a click on an event shows it with its evidence.
  let worldRegistered = null;
  async function registerWorld() {
    if (!worldRegistered) {
      worldRegistered = fetch('/world.json').then((r) => r.json()).then((geo) => echarts.registerMap('world', geo));
    }
    return worldRegistered;
  }

  function clusterPoints(points, cellDegrees) {
    const cells = new Map();
    for (const p of points) {
      const key = Math.floor(p.lat / cellDegrees) + ':' + Math.floor(p.lon / cellDegrees);
      let cell = cells.get(key);
      if (!cell) {
        cell = { lat: 0, lon: 0, events: [] };
        cells.set(key, cell);
      }
      cell.events.push(p);
      cell.lat += p.lat;
      cell.lon += p.lon;
    }
    return [...cells.values()].map((c) => ({ lat: c.lat / c.events.length, lon: c.lon / c.events.length, events: c.events }));
  }

  function pointLabel(p) {
    return (p.cameo || '') + ' ' + (p.source || '?') + ' → ' + (p.target || '?') + ' · ' + (p.place || '') + (p.day ? ' · ' + p.day : '');
  }

  async function showMapEvent(point, panel) {
    const detail = await api('/api/events/' + enc(point.id));
    const s = detail.event;
    const e = s.event;
    // the event's place as merged from all its reports (the point), not only its first report's
    panel.replaceChildren(
      h('h2', null, link('#/event/' + enc(s.id), (e.cameo || '') + ' ' + (e.cameoName || 'Event'))),
      h('p', null, actorLink(s.source), ' → ', actorLink(s.target)),
      h('p', { class: 'muted', id: 'map-event-place' }, (point.place || '') + (point.precision ? ' (' + point.precision + ')' : '')
        + (s.day ? ' · ' + s.day : '')),
      ...detail.mentions.slice(0, 5).map((m) => h('div', { class: 'evidence' },
        h('div', null, highlighted(m.event.evidence, m.event.trigger)),
        h('div', { class: 'muted' }, (m.outlet || '') + (m.published ? ' · ' + m.published : '')))));
  }

  function showCluster(cluster, panel) {
    if (cluster.events.length === 1) {
      return showMapEvent(cluster.events[0], panel);
    }
    panel.replaceChildren(
      h('h2', null, cluster.events.length + ' events here'),
      h('ul', { class: 'map-events' }, cluster.events.slice(0, 100).map((p) => h('li', null,
        h('a', { href: '#/event/' + enc(p.id), class: 'map-event', onclick: (ev) => { ev.preventDefault(); showMapEvent(p, panel).catch(showError); } },
          pointLabel(p))))));
    return Promise.resolve();
  }

  async function mapPage(params) {
    const query = new URLSearchParams(params);
    query.set('limit', '5000');
    const [points] = await Promise.all([api('/api/events/points?' + query), registerWorld()]);
    const fields = {};
    const field = (name, label, type, title) => {
      fields[name] = h('input', { type: type || 'text', name: name, id: 'f-' + name, value: params.get(name) || '', title: title });
      return h('label', null, label, fields[name]);
    };
    const form = h('form', { class: 'filters', onsubmit: (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, input] of Object.entries(fields)) if (input.value) p.set(k, input.value);
      location.hash = '#/map?' + p;
    } }, field('actor', 'Actor'), field('country', 'Country'), field('cameo', 'CAMEO'),
    field('from', 'From', 'date'), field('to', 'To', 'date'),
    field('adm1', 'Province/state', 'text', 'a first-order division: Texas, Kharkiv Oblast, or a code such as US.TX'),
    field('near', 'Near', 'text', 'LAT,LON: events within the radius of this point'), field('km', 'km', 'number'),
    confidenceField(fields, params), h('button', { type: 'submit' }, 'Filter'));
    const chartBox = h('div', { class: 'chart map', id: 'event-map', role: 'img',
      'aria-label': 'Map of ' + points.length + ' placed events' });
    const panel = h('div', { id: 'map-panel', class: 'map-panel', 'aria-live': 'polite' },
      h('p', { class: 'muted' }, points.length ? 'Click a point for its events.' : 'No placed events for this filter.'));
    setPage('Map', form, h('p', { class: 'muted', id: 'map-count' }, points.length + ' placed events'
      + (points.length >= 5000 ? ' (the 5,000 most reported)' : '')), h('div', { class: 'map-layout' }, chartBox, panel));
    const chart = echarts.init(chartBox, null, { renderer: 'svg' });
    charts.push(chart);
    let clusters = [];
    const draw = (zoom) => {
      const cell = Math.max(0.05, 8 / Math.max(1, zoom));
      clusters = clusterPoints(points, cell);
      chart.setOption({ series: [{ id: 'events', data: clusters.map((c, i) => ({
        name: c.events.length === 1 ? pointLabel(c.events[0]) : c.events.length + ' events',
        value: [c.lon, c.lat, c.events.length], index: i })) }] });
    };
    chart.setOption({
      tooltip: { trigger: 'item', formatter: (p) => (p.seriesType === 'scatter' ? echarts.format.encodeHTML(p.name) : '') },
      geo: { map: 'world', roam: true, zoom: 1, itemStyle: { areaColor: '#eef1f4', borderColor: '#9aa5b1' },
        emphasis: { disabled: true }, label: { show: false } },
      series: [{ id: 'events', type: 'scatter', coordinateSystem: 'geo', data: [],
        symbolSize: (v) => Math.min(40, 8 + 4 * Math.sqrt(v[2])),
        label: { show: true, formatter: (p) => (p.value[2] > 1 ? String(p.value[2]) : ''), color: '#fff', fontSize: 10 },
        itemStyle: { color: '#c0392b', opacity: 0.85, borderColor: '#fff', borderWidth: 1 } }],
    });
    draw(1);
    chart.on('georoam', () => {
      const option = chart.getOption();
      const zoom = option.geo && option.geo[0] ? option.geo[0].zoom : 1;
      draw(zoom);
    });
    chart.on('click', (p) => {
      if (p.seriesType === 'scatter' && clusters[p.data.index]) showCluster(clusters[p.data.index], panel).catch(showError);
    });
  }

  // ---- following and watching -----------------------------------------------------------------
  function ago(iso) {
    if (!iso) return '–';
    const ms = Date.parse(iso) - Date.now();
    const abs = Math.abs(ms);
    const text = abs < 90000 ? Math.max(1, Math.round(abs / 1000)) + ' s'
      : abs < 5400000 ? Math.round(abs / 60000) + ' min'
      : abs < 172800000 ? (abs / 3600000).toFixed(1) + ' h' : Math.round(abs / 86400000) + ' days';
    return ms < 0 ? text + ' ago' : 'in ' + text;
  }

  function when(iso) {
    return iso ? h('time', { datetime: iso, title: iso }, ago(iso)) : h('span', { class: 'muted' }, '–');
  }

  async function feeds() {
    const data = await api('/api/feeds');
    const card = (n, label, cls) => h('div', { class: 'card' }, h('div', { class: 'n' + (cls ? ' ' + cls : '') }, String(n)), label);
    const status = (f) => {
      if (!f.active) return h('span', { class: 'muted' }, 'no longer listed');
      if (!f.lastStatus) return h('span', { class: 'muted' }, 'not fetched yet');
      if (f.consecutiveFailures > 0) return h('span', { class: 'bad', title: f.lastError || '' }, 'failing (' + f.consecutiveFailures + ' in a row)');
      return h('span', { class: 'ok' }, f.lastStatus === 'not-modified' ? 'unchanged (304)' : 'updated');
    };
    setPage('Feeds',
      h('div', { class: 'cards', id: 'feed-counts' },
        card(data.active, 'feeds followed'), card(data.failing, 'failing', data.failing ? 'bad' : null),
        card(data.documents, 'documents from feeds')),
      data.items.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'feeds-table' },
        h('thead', null, h('tr', null, ...['Feed', 'Health', 'Last success', 'Last fetch', 'Items', 'Documents', 'Errors', 'Next fetch']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, data.items.map((f) => h('tr', { class: f.active ? null : 'inactive' },
          h('td', null, h('div', null, f.title || f.url), h('div', { class: 'muted small' }, h('a', { href: f.url, rel: 'noopener noreferrer' }, f.url))),
          h('td', null, status(f)),
          h('td', null, when(f.lastSuccess)),
          h('td', null, when(f.lastFetch)),
          h('td', null, String(f.itemsSeen)),
          h('td', null, String(f.documents)),
          h('td', null, String(f.failures), f.lastError ? h('div', { class: 'muted small' }, f.lastError) : null),
          h('td', null, f.active ? when(f.nextDue) : '–')))))) :
        h('p', { class: 'muted' }, 'No feeds followed. Start one with: ./dyad follow FEED-URL|LIST|OPML (or ./dyad serve --follow …).'));
  }

  function alertNumbers(a) {
    const d = a.detail || {};
    if (a.kind === 'shift') {
      const value = a.metric === 'count' ? String(d.value) + ' events' : 'mean Goldstein ' + fmt(d.value);
      return h('p', { class: 'numbers muted' }, value + ' on ' + a.day + '; usual: median ' + fmt(d.median) + ', band ' + fmt(d.low) + ' to ' + fmt(d.high)
        + ' (' + d.threshold + ' robust SD of the previous ' + d.windowDays + ' days); ' + d.events + ' events that day, mean Goldstein ' + fmt(d.meanGoldstein));
    }
    return h('p', { class: 'numbers muted' }, (d.events || a.events.length) + ' new events' + (d.filter ? ' matching ' + d.filter : ''));
  }

  async function alerts(params) {
    const watch = params.get('watch');
    const data = await api('/api/alerts?limit=50' + (watch ? '&watch=' + enc(watch) : ''));
    seenAlerts(data.lastAlertId);
    setPage(watch ? 'Alerts of watch ' + watch : 'Alerts',
      watch ? h('p', null, link('#/alerts', 'All alerts')) : null,
      h('p', { class: 'muted' }, data.total + (data.total === 1 ? ' alert' : ' alerts') + '. Watches (', link('#/watches', 'define them here'),
        ') alert on new events or when a day leaves its recent band. This page updates as they arrive.'),
      data.items.length ? h('div', { id: 'alert-list' }, data.items.map((a) => h('section', { class: 'alert ' + a.kind, 'data-alert-id': a.id },
        h('h2', null, a.message),
        h('div', { class: 'muted small' }, h('span', { class: 'tag' }, a.kind === 'shift' ? 'shift in ' + a.metric : 'new events'), ' ',
          link('#/alerts?watch=' + enc(a.watchId), a.watch), ' · ', when(a.created),
          a.delivered ? ' · sent to the webhook' : a.deliveryError ? ' · webhook failed: ' + a.deliveryError : ''),
        alertNumbers(a),
        eventTable(a.events)))) : h('p', { class: 'muted', id: 'alert-list' }, 'No alerts yet.'));
  }

  function token() {
    return sessionStorage.getItem('dyad-token') || '';
  }

  async function send(method, path, body, apiToken) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (apiToken) headers.Authorization = 'Bearer ' + apiToken;
    const response = await fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const json = text ? JSON.parse(text) : {};
    if (!response.ok) throw new Error(json.message || ('HTTP ' + response.status));
    return json;
  }

  async function watches() {
    const data = await api('/api/watches');
    const message = h('p', { id: 'watch-message', role: 'status' });
    const input = (name, label, attrs) => h('label', null, label, h('input', Object.assign({ name: name, id: 'w-' + name }, attrs || {})));
    const select = (name, label, options) => h('label', null, label, h('select', { name: name, id: 'w-' + name },
      options.map(([value, text]) => h('option', { value: value }, text))));
    const form = h('form', { class: 'watch-form', id: 'watch-form', onsubmit: async (ev) => {
      ev.preventDefault();
      const f = new FormData(form);
      const value = (k) => (f.get(k) || '').toString().trim();
      const filter = {};
      for (const k of ['actor', 'counterpart', 'country', 'cameo', 'place', 'text']) if (value(k)) filter[k] = value(k);
      if (value('quadClass')) filter.quadClass = +value('quadClass');
      if (value('minConfidence')) filter.minConfidence = +value('minConfidence');
      const rule = { type: value('rule') || 'any' };
      if (rule.type === 'shift') {
        if (value('windowDays')) rule.windowDays = +value('windowDays');
        if (value('threshold')) rule.threshold = +value('threshold');
        if (value('minCount')) rule.minCount = +value('minCount');
      }
      if (value('token')) sessionStorage.setItem('dyad-token', value('token'));
      try {
        const made = await send('POST', '/api/watches', { name: value('name'), filter: filter, rule: rule }, token());
        await watches();
        document.getElementById('watch-message').textContent = 'Added watch ' + made.id + ': ' + made.name + '.';
      } catch (err) {
        message.textContent = 'Not added: ' + err.message;
        message.className = 'error';
      }
    } },
    input('name', 'Name', { required: 'required', placeholder: 'Russia and Ukraine' }),
    input('actor', 'Actor', { placeholder: 'RUS, Putin' }), input('counterpart', 'With (a pair)', { placeholder: 'UKR' }),
    input('country', 'Country (either actor)', { placeholder: 'AFG' }), input('cameo', 'CAMEO', { placeholder: '19' }),
    select('quadClass', 'QuadClass', [['', 'any'], ['1', '1 verbal cooperation'], ['2', '2 material cooperation'], ['3', '3 verbal conflict'], ['4', '4 material conflict']]),
    input('place', 'Place', { placeholder: 'UKR or Kharkiv' }), input('text', 'Words', { placeholder: 'ceasefire' }),
    input('minConfidence', 'Min confidence', { type: 'number', step: '0.05', min: '0', max: '1', placeholder: 'any' }),
    select('rule', 'Alert on', [['any', 'any new event'], ['shift', 'a shift (count or tone)']]),
    input('windowDays', 'Shift: days of history', { type: 'number', min: '7', max: '365', placeholder: '28' }),
    input('threshold', 'Shift: robust SD', { type: 'number', step: '0.5', min: '1', placeholder: '3' }),
    input('minCount', 'Shift: fewest events', { type: 'number', min: '1', placeholder: '5' }),
    input('token', 'API token (writes)', { type: 'password', autocomplete: 'off', placeholder: token() ? 'remembered' : 'from --token' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add watch')));
    const remove = async (w) => {
      try {
        await send('DELETE', '/api/watches/' + enc(w.id), undefined, token());
        await watches();
      } catch (err) {
        document.getElementById('watch-message').textContent = 'Not removed: ' + err.message;
      }
    };
    setPage('Watches',
      h('p', { class: 'muted' }, 'A watch is a saved filter with a rule: alert on any new matching event, or when a day\u2019s count or mean Goldstein leaves the band of its previous days. Watches look at events stored after they are added.'),
      data.items.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'watch-table' },
        h('thead', null, h('tr', null, ...['Watch', 'Filter', 'Rule', 'Alerts', 'Added', ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, data.items.map((w) => h('tr', { 'data-watch-id': w.id },
          h('td', null, w.name), h('td', null, w.describe.filter), h('td', null, w.describe.rule),
          h('td', null, link('#/alerts?watch=' + enc(w.id), String(w.alerts))), h('td', null, when(w.created)),
          h('td', null, h('button', { type: 'button', onclick: () => remove(w) }, 'Remove'))))))) : h('p', { class: 'muted' }, 'No watches yet.'),
      h('h2', null, 'Add a watch'), form, message);
  }

  // ---- live updates ------------------------------------------------------------------------
  // The server sends 'change' on /api/live when events, alerts, documents or feed fetches appear;
  // pages that show them re-render in place (no reload), unless the reader is typing in a form.
  const LIVE_PAGES = new Set(['', 'events', 'feeds', 'alerts', 'dyad', 'actor', 'articles']);
  let alertsSeen = null;
  let lastLive = null;
  let refreshTimer = null;

  function seenAlerts(id) {
    alertsSeen = Math.max(alertsSeen || 0, id || 0);
    updateBadge();
  }

  function updateBadge() {
    const badge = document.getElementById('alert-badge');
    if (!badge || !lastLive || alertsSeen === null) return;
    const fresh = lastLive.lastAlertId - alertsSeen;
    badge.hidden = fresh <= 0;
    badge.textContent = fresh > 0 ? String(fresh) : '';
  }

  function currentPage() {
    const path = (location.hash || '#/').substring(1).split('?')[0];
    return path.split('/').filter(Boolean)[0] || '';
  }

  function editing() {
    const el = document.activeElement;
    return el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA');
  }

  async function refreshInPlace() {
    if (!LIVE_PAGES.has(currentPage()) || editing()) return; // the reader moved on, or started typing
    const y = window.scrollY;
    await route();
    window.scrollTo(0, y);
  }

  function changed(now) {
    const before = lastLive;
    lastLive = now;
    if (alertsSeen === null) alertsSeen = now.lastAlertId;
    updateBadge();
    if (!before || !LIVE_PAGES.has(currentPage())) return;
    if (editing()) {
      document.getElementById('live-banner').hidden = false;
      return;
    }
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshInPlace, 300);
  }

  function setLive(on) {
    const status = document.getElementById('live-status');
    status.className = 'live ' + (on ? 'on' : 'off');
    status.textContent = on ? 'live' : 'offline';
  }

  function startLive() {
    if (!window.EventSource) {
      setInterval(async () => { try { changed(await api('/api/live/state')); } catch (e) { /* next time */ } }, 10000);
      return;
    }
    const source = new EventSource('/api/live');
    source.addEventListener('state', (e) => { setLive(true); changed(JSON.parse(e.data)); });
    source.addEventListener('change', (e) => { setLive(true); changed(JSON.parse(e.data)); });
    source.addEventListener('error', () => setLive(false));
  }

  document.getElementById('live-refresh').addEventListener('click', async () => {
    document.getElementById('live-banner').hidden = true;
    const y = window.scrollY;
    await route();
    window.scrollTo(0, y);
  });

  // ---- routing -----------------------------------------------------------------------------
  async function route() {
    const hash = location.hash || '#/';
    const [path, queryString] = hash.substring(1).split('?');
    const params = new URLSearchParams(queryString || '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    try {
      if (parts.length === 0) await overview();
      else if (parts[0] === 'network') await network(params);
      else if (parts[0] === 'dyad' && parts.length >= 3) await dyad(parts[1], parts[2], params);
      else if (parts[0] === 'actors') await actors(params);
      else if (parts[0] === 'actor' && parts[1]) await actor(parts[1]);
      else if (parts[0] === 'events') await events(params);
      else if (parts[0] === 'map') await mapPage(params);
      else if (parts[0] === 'event' && parts[1]) await event(parts[1]);
      else if (parts[0] === 'articles') await articles(params);
      else if (parts[0] === 'article' && parts[1]) await article(parts[1], parts[2]);
      else if (parts[0] === 'search') await search(params);
      else if (parts[0] === 'feeds') await feeds();
      else if (parts[0] === 'alerts') await alerts(params);
      else if (parts[0] === 'watches') await watches();
      else setPage('Not found', h('p', null, 'No page here. ', link('#/', 'Back to the overview')));
    } catch (err) {
      showError(err);
    }
  }

  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = document.getElementById('search-box').value.trim();
    if (q) location.hash = '#/search?q=' + enc(q);
  });
  window.addEventListener('hashchange', () => {
    document.getElementById('live-banner').hidden = true;
    clearTimeout(refreshTimer);
    route();
  });
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  route();
  startLive();
})();

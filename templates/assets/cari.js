/* tinjau: the site search. Loaded only by the search page (cari/); Pagefind's index
   (pagefind/pagefind.js, its WebAssembly and the index chunks) is loaded only when a
   search is made. Results are built with DOM methods: no HTML from the index is
   inserted except Pagefind's <mark> highlights, copied element by element. */
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  if (!form || !window.URL || !window.URLSearchParams || !window.Promise) return;
  var input = form.querySelector('input[name=q]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var status = document.getElementById('cari-status');
  var list = document.getElementById('cari-hasil');
  var indexURL = new URL(form.getAttribute('data-indeks'), document.baseURI).href;
  var siteRoot = new URL('../', indexURL);
  var shown = 20;
  var pagefind = null;
  var generation = 0;
  var timer = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(indexURL).then(function (pf) {
        return Promise.resolve(pf.options({ baseUrl: siteRoot.pathname })).then(function () { return pf; });
      });
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (s) { if (s.value) filters[s.name] = s.value; });
    return filters;
  }

  function remember(query, filters) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    Object.keys(filters).forEach(function (k) { params.set(k, filters[k]); });
    var text = params.toString();
    try { history.replaceState(null, '', text ? '?' + text : location.pathname); } catch (e) { /* file: URLs */ }
  }

  /* Pagefind's excerpt is escaped text with <mark> elements: keep exactly that. */
  function excerpt(html) {
    var doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
    var out = document.createElement('p');
    out.className = 'result-excerpt';
    (function copy(from, to) {
      Array.prototype.forEach.call(from.childNodes, function (node) {
        if (node.nodeType === 3) to.appendChild(document.createTextNode(node.nodeValue));
        else if (node.nodeType === 1) copy(node, node.nodeName === 'MARK' ? to.appendChild(document.createElement('mark')) : to);
      });
    })(doc.body, out);
    return out;
  }

  function result(data) {
    var item = document.createElement('li');
    var title = document.createElement('a');
    title.className = 'result-title';
    var url = new URL(data.url, location.href);
    title.href = /^https?:|^file:/.test(url.protocol) ? url.href : '#';
    title.textContent = (data.meta && data.meta.title) || data.url;
    item.appendChild(title);
    var meta = data.meta || {};
    var facts = [meta.jenis, meta.opd, meta.dimensi, meta.status].filter(Boolean);
    if (facts.length) {
      var line = document.createElement('p');
      line.className = 'result-meta';
      line.textContent = facts.join(' · ');
      item.appendChild(line);
    }
    if (data.excerpt) item.appendChild(excerpt(data.excerpt));
    return item;
  }

  // The page's texts, in its language (the form's data-teks-* attributes, from the theme's i18n file).
  function text(name, values) {
    var t = form.getAttribute('data-teks-' + name) || '';
    Object.keys(values || {}).forEach(function (k) { t = t.split('{' + k + '}').join(values[k]); });
    return t;
  }

  function search(rememberIt) {
    var query = input.value.trim();
    var filters = chosenFilters();
    if (rememberIt) remember(query, filters);
    var mine = ++generation;
    if (!query && !Object.keys(filters).length) {
      list.textContent = '';
      status.textContent = text('kosong');
      return;
    }
    status.textContent = text('mencari');
    load().then(function (pf) {
      return pf.search(query || null, { filters: filters });
    }).then(function (found) {
      var results = (found && found.results) || [];
      return Promise.all(results.slice(0, shown).map(function (r) { return r.data(); })).then(function (data) {
        return { total: results.length, data: data };
      });
    }).then(function (answer) {
      if (mine !== generation) return;
      list.textContent = '';
      answer.data.forEach(function (d) { list.appendChild(result(d)); });
      var what = query ? text('untuk', { query: query }) : '';
      if (answer.total === 0) status.textContent = text('tidak-ada', { what: what });
      else status.textContent = text('ditemukan', { count: answer.total, what: what })
        + (answer.total > shown ? text('sebagian', { shown: shown }) : '.');
    }).catch(function () {
      if (mine !== generation) return;
      list.textContent = '';
      status.textContent = text('gagal');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(true);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(true); }, 300);
  });
  selects.forEach(function (s) { s.addEventListener('change', function () { search(true); }); });

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  selects.forEach(function (s) {
    var wanted = params.get(s.name);
    if (wanted && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) s.value = wanted;
  });
  if (input.value || Object.keys(chosenFilters()).length) search(false);
})();

/*
 * ask.js: the page that answers questions with cybermap itself.
 *
 * The fragment of LANG/ask.html is a command line ("#notify jp.sector.finance
 * --as-of 2022-07-20", URL-encoded).  The page runs it with the program
 * compiled to WebAssembly (engine.js) over the map shipped as a snapshot
 * (map.js): the same resolver, queries and rows as the command line.  It
 * shows the command to paste into a shell, the text answer, a table of the
 * JSON rows, and the DOT chart drawn by Graphviz compiled to WebAssembly
 * (viz.js).  The forms only build such a command; nothing is answered here
 * in JavaScript.  Every text the page shows comes from the words the site
 * writer put into the page (graphs/, both languages).
 */
(function () {
	'use strict';

	var main = document.getElementById('ask');
	if (!main)
		return;
	var lang = main.getAttribute('data-lang') === 'ja' ? 'ja' : 'en';
	var wordsNode = document.getElementById('cybermap-words');
	var words = wordsNode ? JSON.parse(wordsNode.textContent) : {};

	/* A word of the page (the schema's label site.KEY), with %s filled in
	 * order; the key itself when the schema lacks it (the suite checks). */
	function t(key) {
		var text = Object.prototype.hasOwnProperty.call(words, 'site.' + key) ? words['site.' + key] : key;
		for (var i = 1; i < arguments.length; i++)
			text = text.replace('%s', arguments[i]);
		return text;
	}

	function el(tag, attrs, children) {
		var node = document.createElement(tag);
		Object.keys(attrs || {}).forEach(function (name) {
			if (name === 'text')
				node.textContent = attrs[name];
			else if (name.slice(0, 2) === 'on')
				node.addEventListener(name.slice(2), attrs[name]);
			else if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false)
				node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
		});
		(children || []).forEach(function (child) {
			if (child)
				node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
		});
		return node;
	}

	/* ---- command lines: the fragment, as a shell reads it ---- */

	function splitCommand(line) {
		var args = [], current = '', inWord = false, quote = null;
		for (var i = 0; i < line.length; i++) {
			var c = line[i];
			if (quote) {
				if (c === quote)
					quote = null;
				else if (c === '\\' && quote === '"' && i + 1 < line.length)
					current += line[++i];
				else
					current += c;
			} else if (c === "'" || c === '"') {
				quote = c;
				inWord = true;
			} else if (c === '\\' && i + 1 < line.length) {
				current += line[++i];
				inWord = true;
			} else if (/\s/.test(c)) {
				if (inWord)
					args.push(current);
				current = '';
				inWord = false;
			} else {
				current += c;
				inWord = true;
			}
		}
		if (inWord)
			args.push(current);
		return args;
	}

	function quoteArg(arg) {
		if (arg !== '' && /^[\w@%+=:,./\-\u0080-\uffff]+$/.test(arg))
			return arg;
		return "'" + arg.replace(/'/g, "'\\''") + "'";
	}

	function joinCommand(args) {
		return args.map(quoteArg).join(' ');
	}

	function commandFromHash() {
		var text = location.hash.slice(1);
		try {
			text = decodeURIComponent(text);
		} catch (e) {
			/* a fragment typed by hand with a stray %: take it as it is */
		}
		var args = splitCommand(text);
		if (args[0] === 'cybermap')
			args.shift();
		return args;
	}

	function setCommand(args) {
		var hash = '#' + encodeURIComponent(joinCommand(args)).replace(/%20/g, '%20');
		if (location.hash === hash)
			answer();
		else
			location.hash = hash;
	}

	/* The value of an option in args, or null. */
	function optionValue(args, name) {
		for (var i = 0; i < args.length; i++) {
			if (args[i] === name && i + 1 < args.length)
				return args[i + 1];
			if (args[i].indexOf(name + '=') === 0)
				return args[i].slice(name.length + 1);
		}
		return null;
	}

	function withoutOption(args, name) {
		var out = [];
		for (var i = 0; i < args.length; i++) {
			if (args[i] === name)
				i++;
			else if (args[i].indexOf(name + '=') !== 0)
				out.push(args[i]);
		}
		return out;
	}

	/* ---- the engine ---- */

	var engine = null, engineFailed = null;
	var lines = {out: [], err: []};

	function decodeMap(text) {
		var binary = atob(text), bytes = new Uint8Array(binary.length);
		for (var i = 0; i < binary.length; i++)
			bytes[i] = binary.charCodeAt(i);
		return bytes;
	}

	function startEngine() {
		if (typeof CybermapEngine !== 'function' || typeof window.CYBERMAP_MAP !== 'string')
			return Promise.reject(new Error(t('ask.no_engine')));
		var started = performance.now();
		return CybermapEngine({
			print: function (s) { lines.out.push(s); },
			printErr: function (s) { lines.err.push(s); }
		}).then(function (module) {
			module.FS.writeFile('/map.snapshot', decodeMap(window.CYBERMAP_MAP));
			engine = module;
			window.cybermapTimings = {engineReady: performance.now() - started, answers: []};
			return module;
		});
	}

	/* Runs one command line: {status, out, err} (status as the program's). */
	function run(args) {
		lines.out = [];
		lines.err = [];
		var status;
		try {
			status = engine.callMain(['--color', 'never'].concat(args));
		} catch (e) {
			status = 2;
			lines.err.push(String(e && e.message || e));
		}
		return {status: status, out: lines.out.join('\n'), err: lines.err.join('\n')};
	}

	var refused = ['-o', '--output', '-d', '--data', '--no-cache'];

	/* ---- names for the forms: every node, by type ---- */

	var nodes = {}; /* id -> {type, country, name} in the page's language */

	function loadNames() {
		var r = run(['--lang', lang, 'list', '-f', 'tsv']);
		r.out.split('\n').slice(1).forEach(function (row) {
			var cells = row.split('\t');
			if (cells.length >= 4)
				nodes[cells[0]] = {type: cells[1], country: cells[2], name: cells[3]};
		});
	}

	function datalist(id, keep) {
		var list = el('datalist', {id: id});
		Object.keys(nodes).sort().forEach(function (nodeId) {
			if (keep(nodes[nodeId]))
				list.appendChild(el('option', {value: nodeId, label: nodes[nodeId].name}));
		});
		return list;
	}

	/* ---- the views: each a command with a form in front of it ---- */

	var views = [
		{id: 'notify', command: 'notify', fields: [
			{name: 'sector', list: 'cm-sectors', required: true},
			{name: 'country', option: '--country', choices: ['', 'us', 'jp']},
			{name: 'incident', option: '--incident', placeholder: true},
			{name: 'duty', option: '--duty', choices: ['', 'mandatory', 'expected', 'voluntary']}]},
		{id: 'path', command: 'path', fields: [
			{name: 'from', list: 'cm-bodies', required: true},
			{name: 'to', list: 'cm-bodies', required: true},
			{name: 'via', option: '--via'}]},
		{id: 'counterpart', command: 'counterpart', fields: [
			{name: 'node', list: 'cm-bodies', required: true}]},
		{id: 'function', command: 'function', fields: [
			{name: 'function', list: 'cm-functions', required: true},
			{name: 'country', option: '--country', choices: ['', 'us', 'jp']}]},
		{id: 'jurisdiction', command: 'jurisdiction', fields: [
			{name: 'node', list: 'cm-all', required: true}]},
		{id: 'diff', command: 'diff', fields: [
			{name: 'date1', type: 'date', required: true},
			{name: 'date2', type: 'date', required: true}]},
		{id: 'history', command: 'history', fields: [
			{name: 'node', list: 'cm-bodies', required: true}]},
		{id: 'org', command: 'reach', fixed: ['--reverse', '--via', 'part_of'], fields: [
			{name: 'country', choices: ['us', 'jp'], required: true}]},
		{id: 'gaps', command: 'gaps', fields: [
			{name: 'country', option: '--country', choices: ['', 'us', 'jp']}]},
		{id: 'search', command: 'search', fields: [
			{name: 'pattern', required: true}]}
	];

	function fieldInput(view, field) {
		var id = 'f-' + view.id + '-' + field.name, input;
		if (field.choices) {
			input = el('select', {id: id, name: field.name});
			field.choices.forEach(function (value) {
				input.appendChild(el('option', {value: value,
					text: value ? t('ask.choice.' + value) : t('ask.choice.any')}));
			});
		} else {
			input = el('input', {id: id, name: field.name, type: field.type || 'text',
				list: field.list || null, required: field.required || null,
				placeholder: field.placeholder ? t('ask.placeholder.' + field.name) : null,
				autocomplete: 'off', spellcheck: 'false'});
		}
		return el('p', {'class': 'field'}, [el('label', {'for': id, text: t('ask.field.' + field.name)}), input]);
	}

	/* The command a form stands for. */
	function formCommand(view, form) {
		var args = [view.command];
		view.fields.forEach(function (field) {
			var value = form.elements[field.name].value.trim();
			if (!field.option && value)
				args.push(value);
		});
		args = args.concat(view.fixed || []);
		view.fields.forEach(function (field) {
			var value = form.elements[field.name].value.trim();
			if (field.option && value)
				args.push(field.option, value);
		});
		var day = dateInput.value;
		if (day)
			args.push('--as-of', day);
		return args;
	}

	/* Fills a form from a command of its kind, so the question stays in view. */
	function fillForm(view, form, args) {
		var positional = [], i;
		for (i = 1; i < args.length; i++) {
			if (args[i].charAt(0) === '-') {
				if (['--reverse', '--directed', '--all', '--sources'].indexOf(args[i]) < 0)
					i++;
				continue;
			}
			positional.push(args[i]);
		}
		var at = 0;
		view.fields.forEach(function (field) {
			var input = form.elements[field.name];
			if (field.option)
				input.value = optionValue(args, field.option) || '';
			else
				input.value = positional[at++] || (field.choices ? field.choices[0] : '');
		});
	}

	function viewOf(args) {
		for (var i = 0; i < views.length; i++) {
			var v = views[i];
			if (v.command === args[0] && (!v.fixed || args.indexOf(v.fixed[v.fixed.length - 1]) >= 0))
				return v;
		}
		return null;
	}

	/* ---- the page ---- */

	var tabs = el('div', {'class': 'views', role: 'toolbar', 'aria-label': t('ask.views')});
	var forms = el('div', {'class': 'forms'});
	var dateInput = el('input', {type: 'date', id: 'ask-as-of', name: 'as-of', min: '1990-01-01'});
	var dateBar = el('p', {'class': 'date'}, [
		el('label', {'for': 'ask-as-of', text: t('ask.as_of')}), dateInput,
		el('button', {type: 'button', text: t('ask.today'), onclick: function () {
			dateInput.value = '';
			changeDate();
		}})]);
	var commandLine = el('code', {'class': 'command'});
	var copyButton = el('button', {type: 'button', text: t('ask.copy'), onclick: function () {
		if (navigator.clipboard)
			navigator.clipboard.writeText(commandLine.textContent).catch(function () {});
	}});
	var status = el('p', {'class': 'status', role: 'status'});
	var chartTools = el('div', {'class': 'chart-tools', hidden: true});
	var chartBox = el('div', {'class': 'chart', tabindex: '0', role: 'img', hidden: true});
	var summaryBox = el('div', {'class': 'summary', hidden: true});
	var tableBox = el('div', {'class': 'rows'});
	var textBox = el('details', {'class': 'text'}, [el('summary', {text: t('ask.text_answer')}), el('pre')]);
	var errorBox = el('pre', {'class': 'errors', hidden: true});
	var answerBox = el('section', {'class': 'answer', 'aria-live': 'polite'}, [
		el('p', {'class': 'command-line'}, [el('span', {text: t('ask.command') + ' '}), commandLine, ' ', copyButton]),
		status, errorBox, chartTools, chartBox, summaryBox, tableBox, textBox]);

	function buildForms() {
		views.forEach(function (view) {
			var form = el('form', {'class': 'view', id: 'view-' + view.id, hidden: true,
				'aria-label': t('ask.view.' + view.id)});
			form.appendChild(el('h2', {text: t('ask.view.' + view.id)}));
			form.appendChild(el('p', {'class': 'hint', text: t('ask.hint.' + view.id)}));
			view.fields.forEach(function (field) {
				form.appendChild(fieldInput(view, field));
			});
			form.appendChild(el('p', {}, [el('button', {type: 'submit', text: t('ask.answer')})]));
			form.addEventListener('submit', function (e) {
				e.preventDefault();
				setCommand(formCommand(view, form));
			});
			view.form = form;
			forms.appendChild(form);
			tabs.appendChild(el('button', {type: 'button', 'data-view': view.id, 'aria-pressed': 'false',
				text: t('ask.view.' + view.id), onclick: function () { showView(view); }}));
		});
		main.appendChild(datalist('cm-sectors', function (n) { return n.type === 'sector'; }));
		main.appendChild(datalist('cm-functions', function (n) { return n.type === 'function'; }));
		main.appendChild(datalist('cm-bodies', function (n) {
			return ['agency', 'office', 'council', 'organization', 'channel'].indexOf(n.type) >= 0;
		}));
		main.appendChild(datalist('cm-all', function () { return true; }));
	}

	function showView(view) {
		views.forEach(function (v) {
			v.form.hidden = v !== view;
			tabs.querySelector('[data-view="' + v.id + '"]').setAttribute('aria-pressed', v === view);
		});
	}

	function changeDate() {
		var args = commandFromHash();
		if (!args.length)
			return;
		args = withoutOption(args, '--as-of');
		if (dateInput.value)
			args.push('--as-of', dateInput.value);
		setCommand(args);
	}
	dateInput.addEventListener('change', changeDate);

	/* Keeps the question when the language is switched. */
	function keepQuestionInLanguageLinks() {
		Array.prototype.forEach.call(document.querySelectorAll('a.lang'), function (a) {
			a.href = a.href.split('#')[0] + location.hash;
		});
	}

	/* ---- answering ---- */

	var answered = 0;

	/* Answers the fragment's command; data-answered on the page counts the
	 * answers given (tests wait on it). */
	function answer() {
		answerCommand();
		main.setAttribute('data-answered', String(++answered));
	}

	function answerCommand() {
		keepQuestionInLanguageLinks();
		var args = commandFromHash();
		commandLine.textContent = args.length ? 'cybermap ' + joinCommand(args) : '';
		errorBox.hidden = true;
		chartBox.hidden = chartTools.hidden = summaryBox.hidden = true;
		tableBox.textContent = '';
		textBox.querySelector('pre').textContent = '';
		answerBox.hidden = !args.length;
		if (!args.length)
			return;
		var view = viewOf(args);
		if (view) {
			showView(view);
			fillForm(view, view.form, args);
		}
		dateInput.value = optionValue(args, '--as-of') || '';
		if (/^\d{4}$/.test(dateInput.value) || /^\d{4}-\d{2}$/.test(dateInput.value))
			dateInput.value = ''; /* a year or month: the command line says which */
		for (var i = 0; i < args.length; i++)
			if (refused.indexOf(args[i].split('=')[0]) >= 0) {
				showError(t('ask.refused', args[i]));
				return;
			}
		if (!engine) {
			showError(engineFailed || t('ask.loading'));
			return;
		}
		var started = performance.now();
		var base = optionValue(args, '--lang') ? args : ['--lang', lang].concat(args);
		var format = optionValue(args, '-f') || optionValue(args, '--format');
		textCommand = null;
		if (format && format !== 'dot') {
			var raw = run(base);
			textBox.open = true;
			textBox.querySelector('pre').textContent = raw.out;
			finish(raw, started);
			return;
		}
		/* one run for the rows (and the answer's status and messages); the
		 * text and the chart are run when they are shown */
		var plain = withoutOption(withoutOption(base, '-f'), '--format');
		var json = run(plain.concat(['-f', 'json']));
		var data = null;
		try {
			data = json.status === 0 ? JSON.parse(json.out) : null;
		} catch (e) {
			data = null;
		}
		/* what the page answered, for tests and for the curious */
		window.cybermapAnswer = {args: args, status: json.status, data: data};
		textCommand = plain;
		if (data)
			showRows(data);
		if (!data || textBox.open)
			showText(!data);
		finish(json, started);
		if (data)
			showChart(function () { return run(plain.concat(['-f', 'dot'])); }, data, args[0]);
	}

	/* The answer as the command line prints it, run the first time it is
	 * shown (open set: shown at once). */
	var textCommand = null;
	function showText(open) {
		var pre = textBox.querySelector('pre');
		if (textCommand) {
			pre.textContent = run(textCommand).out;
			textCommand = null;
		}
		if (open)
			textBox.open = true;
	}
	textBox.addEventListener('toggle', function () {
		if (textBox.open)
			showText(false);
	});

	function finish(result, started) {
		var ms = performance.now() - started;
		if (window.cybermapTimings)
			window.cybermapTimings.answers.push(ms);
		status.textContent = result.status === 0 ? '' : result.status === 1 ? t('ask.nothing') : '';
		status.setAttribute('data-status', result.status);
		if (result.err && result.status === 2)
			showError(result.err);
		else if (result.err) {
			errorBox.hidden = false;
			errorBox.className = 'errors notes';
			errorBox.textContent = result.err;
		}
	}

	function showError(text) {
		errorBox.hidden = false;
		errorBox.className = 'errors';
		errorBox.textContent = text;
	}

	/* ---- the rows, as a table ---- */

	function nodeLink(id, names) {
		if (!nodes[id])
			return document.createTextNode(id);
		return el('a', {href: 'node/' + encodeURIComponent(id) + '.html', title: id,
			text: names[id] || nodes[id].name});
	}

	function showRows(data) {
		var rows = data.rows || [];
		var names = {};
		(data.nodes || []).forEach(function (n) {
			names[n.id] = lang === 'ja' && n.name_ja ? n.name_ja : n.name;
		});
		if (!rows.length)
			return;
		/* columns no row fills (deadline bounds of an answer without any)
		 * are left out: the rows are the same, the table readable */
		var columns = Object.keys(data.headings || rows[0]).filter(function (c) {
			return rows.some(function (r) { return r[c] !== null && r[c] !== undefined && r[c] !== ''; });
		});
		var hasPending = rows.some(function (r) { return r.pending; });
		var head = el('tr', {}, columns.map(function (c) {
			return el('th', {scope: 'col', text: (data.headings || {})[c] || c});
		}));
		if (hasPending)
			head.appendChild(el('th', {scope: 'col', text: t('ask.pending')}));
		var body = el('tbody');
		rows.forEach(function (row) {
			var tr = el('tr', {'class': row.pending ? 'pending' : null});
			columns.forEach(function (c) {
				var value = row[c], shown = row.shown && row.shown[c];
				var td = el('td', {'data-column': (data.headings || {})[c] || c});
				if (value === null || value === undefined)
					td.textContent = '';
				else if (typeof value === 'string' && nodes[value])
					td.appendChild(nodeLink(value, names));
				else
					td.textContent = shown || String(value);
				tr.appendChild(td);
			});
			if (hasPending)
				tr.appendChild(el('td', {'data-column': t('ask.pending'), text: row.pending || ''}));
			body.appendChild(tr);
		});
		tableBox.appendChild(rowFilters(columns, rows, data.headings || {}, body));
		var table = el('table', {'class': 'answer-rows'}, [
			el('caption', {text: data.query + ' — ' + t('ask.as_of_day', data.as_of)}),
			el('thead', {}, [head]), body]);
		tableBox.appendChild(table);
	}

	/* Filters over the table: one for each column whose rows take a few
	 * values (country, type, duty, basis, section...); they hide lines of the
	 * table, never change the answer. */
	function rowFilters(columns, rows, headings, body) {
		var bar = el('p', {'class': 'filters'}), chosen = {};
		columns.forEach(function (c, index) {
			var values = [];
			rows.forEach(function (r) {
				var v = r[c] === null || r[c] === undefined ? '' : String(r[c]);
				if (values.indexOf(v) < 0)
					values.push(v);
			});
			if (values.length < 2 || values.length > 8)
				return;
			var id = 'filter-' + c;
			var select = el('select', {id: id}, [el('option', {value: '', text: t('ask.choice.any')})]);
			values.sort().forEach(function (v) {
				var label = rows.filter(function (r) { return String(r[c]) === v; })
					.map(function (r) { return r.shown && r.shown[c]; })[0];
				select.appendChild(el('option', {value: v,
					text: v === '' ? '—' : nodes[v] ? nodes[v].name : label || v}));
			});
			select.addEventListener('change', function () {
				chosen[index] = select.value === '' ? undefined : select.value;
				Array.prototype.forEach.call(body.rows, function (tr, i) {
					tr.hidden = !Object.keys(chosen).every(function (k) {
						var want = chosen[k], got = rows[i][columns[k]];
						return want === undefined || String(got === null || got === undefined ? '' : got) === want;
					});
				});
			});
			bar.appendChild(el('label', {'for': id, text: (headings[c] || c) + ' '}));
			bar.appendChild(select);
		});
		return bar;
	}

	/* ---- the chart ---- */

	var viz = null;
	var SUMMARY_OVER = 60; /* nodes: a bigger chart opens as a summary */

	/* runDot gives the chart's DOT: run only when the chart is drawn. */
	function showChart(runDot, data, command) {
		var count = data && data.nodes ? data.nodes.length : 0;
		if (count > SUMMARY_OVER && data.rows && data.rows.length) {
			showSummary(data, runDot, command);
			return;
		}
		drawRun(runDot);
	}

	function drawRun(runDot) {
		var dot = runDot();
		if (dot.status === 0 && dot.out)
			draw(dot.out);
	}

	function draw(dot) {
		if (typeof Viz === 'undefined')
			return;
		(viz ? Promise.resolve(viz) : Viz.instance().then(function (v) { return (viz = v); }))
			.then(function (v) {
				var svg = v.renderSVGElement(dot);
				chartBox.textContent = '';
				chartBox.appendChild(svg);
				chartBox.hidden = chartTools.hidden = false;
				chartBox.setAttribute('aria-label', t('ask.chart_label'));
				summaryBox.hidden = true;
				fitLabels(svg);
				panZoom(svg);
				linkNodes(svg);
				chartBox.setAttribute('data-drawn', String(answered));
			})
			.catch(function (e) {
				showError(t('ask.chart_failed') + ' ' + (e && e.message || e));
			});
	}

	/* Graphviz in the page sizes boxes by its own estimate of the text's
	 * width, which is short for Japanese: a label wider than the shape it
	 * sits in (the shape drawn just before it) is condensed to fit. */
	function fitLabels(svg) {
		Array.prototype.forEach.call(svg.querySelectorAll('text'), function (text) {
			var shape = text.previousElementSibling;
			while (shape && ['polygon', 'ellipse', 'path', 'rect'].indexOf(shape.tagName) < 0)
				shape = shape.previousElementSibling;
			if (!shape)
				return;
			var room = shape.getBBox().width - 6, needed = text.getComputedTextLength();
			if (room > 0 && needed > room) {
				text.setAttribute('textLength', String(room));
				text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
			}
		});
	}

	/* A big answer: its rows grouped by their first column (a section, a
	 * type, a depth), each group opening to its bodies; the whole chart on
	 * request. */
	function showSummary(data, runDot, command) {
		var key = ['section', 'type', 'depth', 'kind'].filter(function (c) {
			return data.rows[0].hasOwnProperty(c);
		})[0] || Object.keys(data.rows[0])[0];
		var side = data.rows[0].hasOwnProperty('country') ? 'country' : null;
		var groups = {}, order = [];
		data.rows.forEach(function (row) {
			/* "step 3" groups with the other steps; words as the text says them */
			var group = row.shown && row.shown[key] || String(row[key]);
			if (/^step \d+$/.test(String(row[key])))
				group = group.replace(/\s*\d+$/, '').replace(/\d+/, '');
			var country = side && row[side] ? (nodes[row[side]] ? nodes[row[side]].name : row[side]) : '';
			var name = group + (country ? ' · ' + country : '');
			if (!groups[name]) {
				groups[name] = [];
				order.push(name);
			}
			groups[name].push(row);
		});
		var names = {};
		(data.nodes || []).forEach(function (n) { names[n.id] = lang === 'ja' && n.name_ja ? n.name_ja : n.name; });
		summaryBox.textContent = '';
		summaryBox.appendChild(el('p', {text: t('ask.summary', data.nodes.length)}));
		order.forEach(function (name) {
			var list = el('ul');
			groups[name].forEach(function (row) {
				var id = row.id || row.to || row.node;
				list.appendChild(el('li', {}, [id && nodes[id] ? nodeLink(id, names) : document.createTextNode(row.name || '')]));
			});
			summaryBox.appendChild(el('details', {}, [
				el('summary', {text: name + ' (' + groups[name].length + ')'}), list]));
		});
		summaryBox.appendChild(el('p', {}, [el('button', {type: 'button', text: t('ask.draw_all'),
			onclick: function () { drawRun(runDot); }})]));
		summaryBox.hidden = false;
		summaryBox.setAttribute('data-command', command);
	}

	/* Pan and zoom by the SVG's viewBox: wheel, drag, pinch, keys, buttons. */
	function panZoom(svg) {
		var base = svg.viewBox.baseVal;
		var fit = {x: base.x, y: base.y, w: base.width, h: base.height};
		var box = {x: fit.x, y: fit.y, w: fit.w, h: fit.h};
		svg.setAttribute('data-width', svg.getAttribute('width') || '');
		svg.setAttribute('data-height', svg.getAttribute('height') || '');
		svg.removeAttribute('width');
		svg.removeAttribute('height');
		function apply() {
			svg.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h);
		}
		function toChart(clientX, clientY) {
			var r = svg.getBoundingClientRect();
			var scale = Math.max(box.w / r.width, box.h / r.height);
			var offsetX = (r.width * scale - box.w) / 2, offsetY = (r.height * scale - box.h) / 2;
			return {x: box.x - offsetX + (clientX - r.left) * scale,
				y: box.y - offsetY + (clientY - r.top) * scale, scale: scale};
		}
		function zoom(factor, clientX, clientY) {
			var r = svg.getBoundingClientRect();
			if (clientX === undefined) {
				clientX = r.left + r.width / 2;
				clientY = r.top + r.height / 2;
			}
			var at = toChart(clientX, clientY);
			var w = Math.min(Math.max(box.w * factor, fit.w / 40), fit.w * 4);
			var f = w / box.w;
			box.x = at.x - (at.x - box.x) * f;
			box.y = at.y - (at.y - box.y) * f;
			box.w *= f;
			box.h *= f;
			apply();
		}
		function pan(dx, dy) {
			var r = svg.getBoundingClientRect();
			var scale = Math.max(box.w / r.width, box.h / r.height);
			box.x -= dx * scale;
			box.y -= dy * scale;
			apply();
		}
		function reset() {
			box = {x: fit.x, y: fit.y, w: fit.w, h: fit.h};
			apply();
		}
		svg.addEventListener('wheel', function (e) {
			e.preventDefault();
			zoom(e.deltaY < 0 ? 1 / 1.15 : 1.15, e.clientX, e.clientY);
		}, {passive: false});
		var pointers = {}, pinch = 0;
		svg.addEventListener('pointerdown', function (e) {
			pointers[e.pointerId] = {x: e.clientX, y: e.clientY};
			svg.setPointerCapture(e.pointerId);
		});
		svg.addEventListener('pointermove', function (e) {
			var p = pointers[e.pointerId];
			if (!p)
				return;
			var ids = Object.keys(pointers);
			if (ids.length === 1) {
				pan(e.clientX - p.x, e.clientY - p.y);
			} else if (ids.length === 2) {
				var a = pointers[ids[0]], b = pointers[ids[1]];
				var other = ids[0] == e.pointerId ? b : a;
				var d = Math.hypot(e.clientX - other.x, e.clientY - other.y);
				if (pinch)
					zoom(pinch / d, (e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
				pinch = d;
			}
			p.x = e.clientX;
			p.y = e.clientY;
		});
		function lift(e) {
			delete pointers[e.pointerId];
			pinch = 0;
		}
		svg.addEventListener('pointerup', lift);
		svg.addEventListener('pointercancel', lift);
		chartBox.onkeydown = function (e) {
			var step = 40, keys = {
				'+': function () { zoom(1 / 1.2); }, '=': function () { zoom(1 / 1.2); },
				'-': function () { zoom(1.2); }, '0': reset,
				ArrowLeft: function () { pan(step, 0); }, ArrowRight: function () { pan(-step, 0); },
				ArrowUp: function () { pan(0, step); }, ArrowDown: function () { pan(0, -step); }};
			if (keys[e.key]) {
				e.preventDefault();
				keys[e.key]();
			}
		};
		chartTools.textContent = '';
		[['ask.fit', reset], ['ask.zoom_in', function () { zoom(1 / 1.3); }],
		 ['ask.zoom_out', function () { zoom(1.3); }],
		 ['ask.full_screen', function () {
			if (document.fullscreenElement)
				document.exitFullscreen();
			else if (chartBox.requestFullscreen)
				chartBox.requestFullscreen();
		 }],
		 ['ask.download_svg', function () { download(svgBlob(svg), 'svg'); }],
		 ['ask.download_png', function () { pngBlob(svg).then(function (b) { download(b, 'png'); }); }]
		].forEach(function (tool) {
			chartTools.appendChild(el('button', {type: 'button', text: t(tool[0]), onclick: tool[1]}));
		});
		apply();
	}

	function svgText(svg) {
		var copy = svg.cloneNode(true);
		var base = svg.viewBox.baseVal;
		copy.setAttribute('width', svg.getAttribute('data-width') || base.width + 'pt');
		copy.setAttribute('height', svg.getAttribute('data-height') || base.height + 'pt');
		copy.removeAttribute('data-width');
		copy.removeAttribute('data-height');
		copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		return new XMLSerializer().serializeToString(copy);
	}

	function svgBlob(svg) {
		return new Blob([svgText(svg)], {type: 'image/svg+xml'});
	}

	function pngBlob(svg) {
		return new Promise(function (resolve) {
			var image = new Image();
			var url = URL.createObjectURL(svgBlob(svg));
			image.onload = function () {
				var canvas = document.createElement('canvas');
				canvas.width = image.naturalWidth * 2;
				canvas.height = image.naturalHeight * 2;
				var g = canvas.getContext('2d');
				g.fillStyle = '#fff';
				g.fillRect(0, 0, canvas.width, canvas.height);
				g.drawImage(image, 0, 0, canvas.width, canvas.height);
				URL.revokeObjectURL(url);
				canvas.toBlob(resolve, 'image/png');
			};
			image.src = url;
		});
	}

	function download(blob, extension) {
		if (!blob)
			return;
		var name = (commandFromHash()[0] || 'chart') + '.' + extension;
		var a = el('a', {href: URL.createObjectURL(blob), download: name});
		document.body.appendChild(a);
		a.click();
		setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
	}

	/* Nodes of the chart: hovering lights up their neighbours, a click (or
	 * Enter) opens the node's page. */
	function linkNodes(svg) {
		var byId = {}, edges = [];
		Array.prototype.forEach.call(svg.querySelectorAll('g.node'), function (g) {
			var title = g.querySelector('title');
			if (title && nodes[title.textContent])
				byId[title.textContent] = g;
		});
		Array.prototype.forEach.call(svg.querySelectorAll('g.edge'), function (g) {
			var title = g.querySelector('title'), ends = title ? title.textContent.split('->') : [];
			if (ends.length === 2)
				edges.push({g: g, from: ends[0], to: ends[1]});
		});
		function light(id, on) {
			svg.classList.toggle('lit', on);
			byId[id].classList.toggle('on', on);
			edges.forEach(function (e) {
				if (e.from === id || e.to === id) {
					e.g.classList.toggle('on', on);
					var other = byId[e.from === id ? e.to : e.from];
					if (other)
						other.classList.toggle('on', on);
				}
			});
		}
		Object.keys(byId).forEach(function (id) {
			var g = byId[id];
			g.setAttribute('tabindex', '0');
			g.setAttribute('role', 'link');
			g.setAttribute('aria-label', nodes[id].name);
			g.addEventListener('mouseenter', function () { light(id, true); });
			g.addEventListener('mouseleave', function () { light(id, false); });
			g.addEventListener('focus', function () { light(id, true); });
			g.addEventListener('blur', function () { light(id, false); });
			function open() { location.href = 'node/' + encodeURIComponent(id) + '.html'; }
			g.addEventListener('click', open);
			g.addEventListener('keydown', function (e) { if (e.key === 'Enter') open(); });
		});
	}

	/* ---- start ---- */

	main.textContent = '';
	main.appendChild(el('h1', {text: t('ask_title')}));
	main.appendChild(el('p', {'class': 'lead', text: t('ask.lead')}));
	main.appendChild(tabs);
	main.appendChild(dateBar);
	main.appendChild(forms);
	main.appendChild(answerBox);
	status.textContent = t('ask.loading');
	startEngine().then(function () {
		loadNames();
		buildForms();
		status.textContent = '';
		var args = commandFromHash();
		showView(viewOf(args) || views[0]);
		answer();
		main.setAttribute('data-ready', 'true');
	}).catch(function (e) {
		engineFailed = String(e && e.message || e);
		showError(engineFailed);
		main.setAttribute('data-ready', 'failed');
	});
	window.addEventListener('hashchange', answer);
})();

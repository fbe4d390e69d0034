/* cybermap site: search over the index in search-LANG.js, in the browser.
 * Each entry is [id, label, type, [searchable texts...]]; results are built
 * with textContent, never as HTML. */
(function () {
	"use strict";
	var input = document.getElementById("q");
	var list = document.getElementById("results");
	var index = window.CYBERMAP_INDEX || [];
	if (!input || !list) return;
	var prefix = input.getAttribute("data-prefix") || "";
	/* 0: a name or id is exactly the query; 1: one starts with it; 2: the
	 * label contains it; 3: another text does; -1: no match. */
	function rank(entry, q) {
		var texts = [entry[0], entry[1]].concat(entry[3]), best = -1;
		for (var i = 0; i < texts.length; i++) {
			var t = texts[i].toLowerCase(), at = t.indexOf(q), r;
			if (at < 0) continue;
			r = t === q ? 0 : at === 0 ? 1 : i < 2 ? 2 : 3;
			if (best < 0 || r < best) best = r;
		}
		return best;
	}
	function show() {
		var q = input.value.trim().toLowerCase();
		while (list.firstChild) list.removeChild(list.firstChild);
		if (!q) return;
		var hits = [];
		for (var k = 0; k < index.length; k++) {
			var r = rank(index[k], q);
			if (r >= 0) hits.push([r, index[k]]);
		}
		hits.sort(function (a, b) { return a[0] - b[0] || (a[1][1] < b[1][1] ? -1 : a[1][1] > b[1][1]); });
		var found = 0;
		for (var i = 0; i < hits.length && found < 30; i++) {
			var e = hits[i][1];
			var li = document.createElement("li");
			var a = document.createElement("a");
			a.href = prefix + "node/" + e[0] + ".html";
			a.textContent = e[1] + " ";
			var small = document.createElement("small");
			small.textContent = e[2] + " · " + e[0];
			a.appendChild(small);
			li.appendChild(a);
			list.appendChild(li);
			found++;
		}
	}
	input.addEventListener("input", show);
	input.addEventListener("keydown", function (ev) {
		if (ev.key === "Enter" || ev.key === "ArrowDown") {
			var first = list.querySelector("a");
			if (first) { ev.preventDefault(); if (ev.key === "Enter") first.click(); else first.focus(); }
		}
		if (ev.key === "Escape") { input.value = ""; show(); }
	});
})();

# DOT of hostile names: quotes, backslashes, markup and tabs come out escaped
args: -d tests/fixtures/mini -d tests/fixtures/hostile/hostile.yaml --as-of 2026-11-25 show x.hostile -f dot
exit: 0
--- stdout
digraph cybermap {
	graph [bgcolor=white,
		fontname="Noto Sans CJK JP",
		fontsize=12,
		label=<<table border="0" cellspacing="0" cellpadding="2"><tr><td><font point-size="20">show x.hostile</font></td></tr><tr><td>as of 2026-11-25</td></tr><tr><td><table border="0" cellborder="1" cellspacing="2" cellpadding="3"><tr><td bgcolor="#e4f2e0">organization</td><td>dashed box: not yet in force</td><td>dotted box: no longer in force</td></tr></table></td></tr></table>>,
		labelloc=t,
		newrank=true,
		nodesep=0.3,
		rankdir=LR
	];
	node [fontname="Noto Sans CJK JP",
		fontsize=11,
		margin="0.12,0.06"
	];
	edge [fontname="Noto Sans CJK JP",
		fontsize=9
	];
	subgraph cluster_shared {
		graph [color="#b0b0b0",
			fillcolor="#f3f7f7",
			fontsize=16,
			label="Bilateral, multilateral and shared",
			style="rounded,filled"
		];
		"x.hostile"	[URL="https://example.org/?a=1&amp;b=2",
			class=organization,
			fillcolor="#e4f2e0",
			label="RTL\nQuote \" back\\slash <script>alert(1)</script>\n&amp; tab here",
			shape=component,
			style=filled,
			target=_blank,
			tooltip="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"];
	}
}

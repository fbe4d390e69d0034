# Japanese labels in DOT with --lang ja
args: --as-of 2026-11-25 --lang ja show nco -f dot
exit: 0
--- stdout
digraph cybermap {
	graph [bgcolor=white,
		fontname="Noto Sans CJK JP",
		fontsize=12,
		label=<<table border="0" cellspacing="0" cellpadding="2"><tr><td><font point-size="20">show jp.nco</font></td></tr><tr><td>2026-11-25時点</td></tr><tr><td><table border="0" cellborder="1" cellspacing="2" cellpadding="3"><tr><td bgcolor="#dbe9f6">省庁・機関</td><td bgcolor="#eef4fb">部局・組織</td><td bgcolor="#f6dede">分野</td><td bgcolor="#f0e4f7">機能</td><td bgcolor="#e0f4f4">協議・協力の枠組み</td><td>─── 法律</td><td>– – – 政策・計画</td><td>····· 運用実務</td><td><font color="#b42318">━━</font> 義務</td><td>破線の枠：未施行</td><td>点線の枠：廃止・終了</td></tr></table></td></tr></table>>,
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
	subgraph cluster_jp {
		graph [color="#b0b0b0",
			fillcolor="#fafafa",
			fontsize=16,
			label=日本,
			style="rounded,filled"
		];
		"jp.nco"	[URL="https://www.cyber.go.jp/",
			class=office,
			fillcolor="#eef4fb",
			label="国家サイバー統括室\nNCO",
			shape=box,
			style=filled,
			target=_blank,
			tooltip="National Cybersecurity Office"];
		"jp.nisc"	[class=office,
			fillcolor="#eef4fb",
			label="内閣サイバーセキュリティセンター\nNISC\n(2025-07-01まで)",
			shape=box,
			style="filled,dotted",
			tooltip="National center of Incident readiness and Strategy for Cybersecurity"];
		"jp.sector.energy"	[class=sector,
			fillcolor="#f6dede",
			label=電力,
			shape=cylinder,
			style=filled,
			tooltip="Electricity Sector"];
		"jp.core.electricity"	[class=sector,
			fillcolor="#f6dede",
			label="電気(特定社会基盤事業)",
			shape=cylinder,
			style=filled,
			tooltip="Electricity (core infrastructure)"];
	}
	subgraph cluster_shared {
		graph [color="#b0b0b0",
			fillcolor="#f3f7f7",
			fontsize=16,
			label=二国間・多国間・共通,
			style="rounded,filled"
		];
		"fn.incident-response"	[class=function,
			fillcolor="#f0e4f7",
			label=インシデント対応,
			shape=ellipse,
			style=filled,
			tooltip=サイバーインシデントの検知、封じ込め及び復旧。];
		"bi.cyber-dialogue"	[class=mechanism,
			fillcolor="#e0f4f4",
			label=日米サイバー対話,
			shape=doubleoctagon,
			style=filled,
			tooltip="Japan-U.S. Cyber Dialogue"];
	}
	subgraph cluster_us {
		graph [color="#b0b0b0",
			fillcolor="#fafafa",
			fontsize=16,
			label=アメリカ合衆国,
			style="rounded,filled"
		];
		"us.cisa"	[URL="https://www.cisa.gov/",
			class=agency,
			fillcolor="#dbe9f6",
			label="サイバーセキュリティ・インフラストラクチャー安全保障\n庁\nCISA",
			shape=box,
			style=filled,
			target=_blank,
			tooltip=重要インフラに対するサイバーリスクの把握と低減に向けた国家的取組を主導する。];
	}
	"jp.nco" -> "fn.incident-response"	[key=e7,
		class=leads,
		color="#404040",
		label=主導,
		style=solid,
		tooltip=機能を主導する];
	"jp.nco" -> "bi.cyber-dialogue"	[key=e22,
		class=member_of,
		color="#404040",
		label=参加,
		style=solid,
		tooltip=枠組み、会議体又は団体に参加する];
	"jp.nisc" -> "jp.nco"	[key=e6,
		class=succeeded_by,
		color="#a0a0a0",
		label=後継,
		style=solid,
		tooltip=後の組織又は法令に引き継がれた];
	"us.cisa" -> "jp.nco"	[key=e19,
		class=counterpart,
		color="#404040",
		dir=both,
		label=カウンターパート,
		style=dotted,
		tooltip=相手国で対応する機関];
	"jp.sector.energy" -> "jp.nco"	[key=e28,
		class=notifies,
		color="#404040",
		label=報告・通知,
		style=dashed,
		tooltip=ある主体から別の主体へ行わなければならない、又は行われる報告・通知];
	"jp.core.electricity" -> "jp.nco"	[key=e33,
		class=notifies,
		color="#b42318",
		fontcolor="#b42318",
		label="報告・通知\n期限は下位法令で規定（未確認）",
		style=solid,
		tooltip=ある主体から別の主体へ行わなければならない、又は行われる報告・通知];
}

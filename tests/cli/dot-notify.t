# DOT of a notification chain: swimlanes, styles by basis, deadlines on edges, pending marked
args: --as-of 2026-11-25 notify energy --country us -f dot
exit: 0
--- stdout
digraph cybermap {
	graph [bgcolor=white,
		fontname="Noto Sans CJK JP",
		fontsize=12,
		label=<<table border="0" cellspacing="0" cellpadding="2"><tr><td><font point-size="20">notify us.sector.energy (Energy Sector)</font></td></tr><tr><td>as of 2026-11-25</td></tr><tr><td><table border="0" cellborder="1" cellspacing="2" cellpadding="3"><tr><td bgcolor="#dbe9f6">agency</td><td bgcolor="#f6dede">sector</td><td>→ notifies</td><td>─── statute</td><td>– – – policy</td><td>····· practice</td><td><font color="#b42318">━━</font> mandatory</td><td><font color="#4a6fa5">━━</font> voluntary</td><td>dashed box: not yet in force</td><td>dotted box: no longer in force</td></tr></table></td></tr></table>>,
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
	subgraph cluster_us {
		graph [color="#b0b0b0",
			fillcolor="#fafafa",
			fontsize=16,
			label="United States",
			style="rounded,filled"
		];
		"us.sector.energy"	[class=sector,
			fillcolor="#f6dede",
			label="Energy Sector\nエネルギー・セクター",
			shape=cylinder,
			style=filled,
			tooltip="Energy Sector"];
		"us.fbi"	[class=agency,
			fillcolor="#dbe9f6",
			label="FBI\nFederal Bureau of Investigation\n連邦捜査局",
			shape=box,
			style=filled,
			tooltip="Federal Bureau of Investigation"];
		"us.cisa"	[URL="https://www.cisa.gov/",
			class=agency,
			fillcolor="#dbe9f6",
			label="CISA\nCybersecurity and Infrastructure\nSecurity Agency\nサイバーセキュリティ・インフラストラクチャー安全保障\n庁",
			shape=box,
			style=filled,
			target=_blank,
			tooltip="Leads the national effort to understand and reduce cyber risk to critical infrastructure."];
		"us.doe"	[class=agency,
			fillcolor="#dbe9f6",
			label="DOE\nDepartment of Energy\nエネルギー省",
			shape=box,
			style=filled,
			tooltip="Department of Energy"];
	}
	"us.sector.energy" -> "us.fbi"	[key=e23,
		class=notifies,
		color="#4a6fa5",
		fontcolor="#4a6fa5",
		label="within 24 hours",
		style=dotted,
		tooltip="a report or notice that must or does flow from one party to another"];
	"us.sector.energy" -> "us.cisa"	[key=e18,
		class=notifies,
		color="#a0a0a0",
		label="initial report\nwithin 72 hours\n(pending: start date not set)",
		style=solid,
		tooltip="a report or notice that must or does flow from one party to another"];
	"us.sector.energy" -> "us.doe"	[key=e26,
		class=notifies,
		color="#404040",
		style=solid,
		tooltip="a report or notice that must or does flow from one party to another"];
	"us.fbi" -> "us.cisa"	[key=e24,
		class=notifies,
		color="#404040",
		label="within 2 days",
		style=dashed,
		tooltip="a report or notice that must or does flow from one party to another"];
	"us.cisa" -> "us.fbi"	[key=e25,
		class=notifies,
		color="#404040",
		label="within 1 business day",
		style=dashed,
		tooltip="a report or notice that must or does flow from one party to another"];
}
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)

# list orders by id
args: list
exit: 0
--- stdout
list, as of 2026-11-25

id                    type           country  name
bi.cyber-dialogue     channel                 Japan-U.S. Cyber Dialogue
fn.incident-response  function                Incident response
jp                    country                 Japan
jp.core.electricity   sector         jp       Electricity (core infrastructure)
jp.law.appi           law or policy  jp       Act on the Protection of Personal Information
jp.nco                office         jp       National Cybersecurity Office
jp.npa                agency         jp       National Police Agency
jp.ppc                agency         jp       Personal Information Protection Commission
jp.sector.energy      sector         jp       Electricity Sector
us                    country                 United States
us.cisa               agency         us       Cybersecurity and Infrastructure Security Agency
us.dhs                agency         us       Department of Homeland Security
us.doe                agency         us       Department of Energy
us.fbi                agency         us       Federal Bureau of Investigation
us.law.circia         law or policy  us       Cyber Incident Reporting for Critical Infrastructure Act of 2022
us.sector.energy      sector         us       Energy Sector
us.step.ir.1-report   step           us       Incident reported
us.step.ir.2-respond  step           us       Threat and asset response

/**
 * The cross-statement checks of a CONFIG deck: unique names, values that must agree (LOW below
 * HIGH), references (CLINK and CLUSTER to VTSSs, RTDs to storage managers), interface formats and
 * overlapping ranges. Without RESET the deck updates the CDS, so names already in the CDS count as
 * defined.
 */
import { sim } from '../../core/simMessages.js';
import { canonicalRange, overlaps, rangeText, type CanonicalRange } from '../../cds/volserRange.js';
import { CDS_LEVELS } from '../../cds/cdsLevels.js';
import type { ConfigDeck } from './configDeck.js';

/** What the CDS already holds, for an update (non-RESET) deck. */
export interface ExistingConfig {
  cdsLevel?: string;
  vtss: Set<string>;
  /** RTDs and RTDPATHs: one entry per VTSS a name is coded under. */
  paths: ExistingPath[];
  stormngrs: Set<string>;
}

export interface ExistingPath {
  kind: 'RTD' | 'RTDPATH';
  name: string;
  vtss: string;
  devno?: string;
  stormngr?: string;
}

export interface DeckCheck {
  errors: string[];
  warnings: string[];
  notes: string[];
}

const CHANIF = /^[01][A-P](:[0-3])?$/;
const IPIF = /^[01][AI]:[0-3]$/;
const HEX4 = /^[0-9A-F]{4}$/;
const ALNUM4 = /^[0-9A-Z]{4}$/;

export function checkConfigDeck(deck: ConfigDeck, existing: ExistingConfig): DeckCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const dup = (kind: string, name: string, card: number): number => errors.push(sim.line('SIM0403E', kind, name, card));
  const bad = (what: string, card: number, why: string): number => errors.push(sim.line('SIM0404E', what, card, why));

  // ── GLOBAL ──
  const level = deck.cdsLevel ?? existing.cdsLevel;
  const maxvtv = deck.global?.MAXVTV;
  if (typeof maxvtv === 'number' && maxvtv > 32000 && level !== undefined && (CDS_LEVELS[level] ?? 'Z') < 'G') {
    errors.push(sim.line('SIM0408E', maxvtv, level));
  }
  if (deck.reset && !deck.global) warnings.push(sim.line('SIM0411W'));

  // ── storage managers and TapePlexes ──
  const stormngrs = new Set<string>(deck.reset ? [] : existing.stormngrs);
  const seenMgr = new Set<string>();
  for (const s of deck.stormngrs) {
    if (seenMgr.has(s.name)) dup('STORMNGR', s.name, s.card);
    seenMgr.add(s.name);
    stormngrs.add(s.name);
  }
  let thisplexCard: number | undefined;
  for (const t of deck.tapeplexes) {
    if (t.thisplex !== undefined) {
      if (thisplexCard !== undefined) dup('TAPEPLEX THISPLEX', t.thisplex, t.card);
      thisplexCard = t.card;
      if (t.recvplex.includes(t.thisplex)) bad('TAPEPLEX', t.card, `RECVPLEX ${t.thisplex} IS THIS TAPEPLEX`);
    }
    for (const m of t.stormngr) stormngrs.add(m);
  }

  // ── hosts ──
  const hosts = new Set<string>();
  for (const h of deck.hosts) {
    if (hosts.has(h.name)) dup('HOST', h.name, h.card);
    hosts.add(h.name);
  }

  // ── VTSSs with their RTDs, RTDPATHs and VTDs ──
  const vtssCard = new Map<string, number>();
  const deckVtss = new Set(deck.vtss.map((v) => v.name));
  // An RTD (or RTDPATH) connected to several VTSSs is coded under each with the same definition.
  const pathDefs = new Map<string, { devno?: string; stormngr?: string; card: number; kind: string }>();
  if (!deck.reset) {
    for (const p of existing.paths) {
      if (!deckVtss.has(p.vtss)) pathDefs.set(`${p.kind} ${p.name}`, { ...(p.devno ? { devno: p.devno } : {}), ...(p.stormngr ? { stormngr: p.stormngr } : {}), card: 0, kind: p.kind });
    }
  }
  for (const v of deck.vtss) {
    if (vtssCard.has(v.name)) dup('VTSS', v.name, v.card);
    else vtssCard.set(v.name, v.card);
    const what = `VTSS ${v.name}`;
    if (v.low !== undefined && v.high !== undefined && v.low >= v.high) bad(what, v.card, `LOW=${v.low} MUST BE BELOW HIGH=${v.high}`);
    if (v.minmig !== undefined && v.maxmig !== undefined && v.minmig > v.maxmig) bad(what, v.card, `MINMIG=${v.minmig} IS ABOVE MAXMIG=${v.maxmig}`);
    const ifaces = new Map<string, number>();
    const names = new Set<string>();
    const paths = [...v.rtds.map((r) => ({ ...r, kind: 'RTD' })), ...v.rtdpaths.map((r) => ({ ...r, kind: 'RTDPATH' }))].sort((a, b) => a.card - b.card);
    for (const r of paths) {
      const rw = `${r.kind} ${r.name}`;
      if (names.has(r.name)) dup(r.kind, r.name, r.card);
      names.add(r.name);
      const other = pathDefs.get(rw);
      if (other && (other.devno !== r.devno || other.stormngr !== r.stormngr)) {
        const was = [other.devno && `DEVNO=${other.devno}`, other.stormngr && `STORMNGR=${other.stormngr}`].filter(Boolean).join(' ') || 'NO DEVNO OR STORMNGR';
        bad(rw, r.card, `CODED ${other.card ? `ON CARD ${other.card}` : 'IN THE CDS'} UNDER ANOTHER VTSS WITH ${was}`);
      } else if (!other) {
        pathDefs.set(rw, { ...(r.devno ? { devno: r.devno } : {}), ...(r.stormngr ? { stormngr: r.stormngr } : {}), card: r.card, kind: r.kind });
      }
      if (r.chanif !== undefined && r.ipif !== undefined) errors.push(sim.line('SIM0407E', r.kind, r.card, 'CHANIF', 'IPIF'));
      else if (r.chanif === undefined && r.ipif === undefined) errors.push(sim.line('SIM0406E', r.kind, r.card, 'CHANIF= OR IPIF='));
      if (r.chanif !== undefined && !CHANIF.test(r.chanif)) bad(rw, r.card, `CHANIF=${r.chanif} IS NOT AN INTERFACE (0A-1P, OPTIONALLY :0-:3)`);
      if (r.ipif !== undefined && !IPIF.test(r.ipif)) bad(rw, r.card, `IPIF=${r.ipif} IS NOT AN IP INTERFACE (C I:P, C 0-1, I A OR I, P 0-3)`);
      const iface = r.chanif ?? r.ipif;
      if (iface !== undefined) {
        if (ifaces.has(iface)) bad(rw, r.card, `INTERFACE ${iface} IS ALREADY USED BY THE PATH ON CARD ${ifaces.get(iface)}`);
        ifaces.set(iface, r.card);
      }
      if (r.devno !== undefined && !HEX4.test(r.devno)) {
        if (ALNUM4.test(r.devno)) notes.push(sim.line('SIM0410I', r.devno, r.kind, r.name, r.card));
        else bad(rw, r.card, `DEVNO=${r.devno} IS NOT A DEVICE NUMBER`);
      }
      if (r.stormngr !== undefined && !stormngrs.has(r.stormngr)) warnings.push(sim.line('SIM0413W', r.kind, r.name, r.card, r.stormngr));
    }
    const vtds: { lo: number; hi: number; card: number; text: string }[] = [];
    for (const d of v.vtds) {
      const lo = parseInt(d.low, 16);
      const hi = parseInt(d.high, 16);
      const t = `${d.low}-${d.high}`;
      if (lo > hi) {
        bad(`VTD ${t}`, d.card, `LOW=${d.low} IS ABOVE HIGH=${d.high}`);
        continue;
      }
      const clash = vtds.find((o) => o.lo <= hi && lo <= o.hi);
      if (clash) bad(`VTD ${t}`, d.card, `OVERLAPS VTD ${clash.text} ON CARD ${clash.card} OF ${v.name}`);
      vtds.push({ lo, hi, card: d.card, text: t });
    }
  }
  const knownVtss = (name: string, beforeCard: number): boolean => {
    const c = vtssCard.get(name);
    return (c !== undefined && c < beforeCard) || (!deck.reset && existing.vtss.has(name));
  };
  const anyVtss = (name: string): boolean => vtssCard.has(name) || (!deck.reset && existing.vtss.has(name));

  // ── clusters ──
  const clusters = new Set<string>();
  for (const c of deck.clusters) {
    if (clusters.has(c.name)) dup('CLUSTER', c.name, c.card);
    clusters.add(c.name);
    const members = new Set<string>();
    for (const m of c.vtss) {
      if (!anyVtss(m)) errors.push(sim.line('SIM0405E', `CLUSTER ${c.name}`, c.card, m));
      if (members.has(m)) bad(`CLUSTER ${c.name}`, c.card, `VTSS ${m} IS NAMED TWICE`);
      members.add(m);
    }
    if (c.vtss.length < 2) bad(`CLUSTER ${c.name}`, c.card, 'A CLUSTER NEEDS AT LEAST TWO VTSSS');
  }

  // ── CLINKs ──
  const clinkKeys = new Map<string, number>();
  for (const l of deck.clinks) {
    const what = `CLINK VTSS=${l.vtss}`;
    if (!knownVtss(l.vtss, l.card)) errors.push(sim.line('SIM0405E', 'CLINK', l.card, l.vtss));
    if (l.chanif !== undefined && l.ipif !== undefined) errors.push(sim.line('SIM0407E', 'CLINK', l.card, 'CHANIF', 'IPIF'));
    else if (l.chanif === undefined && l.ipif === undefined) errors.push(sim.line('SIM0406E', 'CLINK', l.card, 'CHANIF= OR IPIF='));
    if (l.chanif !== undefined && !CHANIF.test(l.chanif)) bad(what, l.card, `CHANIF=${l.chanif} IS NOT AN INTERFACE (0A-1P, OPTIONALLY :0-:3)`);
    if (l.ipif !== undefined && !IPIF.test(l.ipif)) bad(what, l.card, `IPIF=${l.ipif} IS NOT AN IP INTERFACE (C I:P, C 0-1, I A OR I, P 0-3)`);
    if (l.partner !== undefined && l.remplex === undefined) {
      if (!anyVtss(l.partner)) errors.push(sim.line('SIM0405E', `CLINK PARTNER`, l.card, l.partner));
      else if (l.partner === l.vtss) bad(what, l.card, 'A VTSS CANNOT BE ITS OWN PARTNER');
    }
    // One interface of a VTSS carries one link: the same CHANIF/IPIF twice is a duplicate, whatever its partner.
    const key = [l.vtss, l.chanif ?? l.ipif].join(' ');
    if (clinkKeys.has(key)) dup('CLINK', key.trim(), l.card);
    clinkKeys.set(key, l.card);
  }

  // ── VTVVOL / MVCVOL ──
  const ranges: { r: CanonicalRange; card: number; kind: string }[] = [];
  for (const vr of deck.volranges) {
    const r = canonicalRange(vr.low, vr.high);
    const what = `${vr.kind}VOL ${vr.low}-${vr.high}`;
    if ('error' in r) {
      bad(what, vr.card, r.error.toUpperCase());
      continue;
    }
    const clash = ranges.find((o) => overlaps(o.r, r));
    if (clash) bad(what, vr.card, `OVERLAPS ${clash.kind}VOL ${rangeText(clash.r)} ON CARD ${clash.card}`);
    ranges.push({ r, card: vr.card, kind: vr.kind });
  }

  return { errors, warnings, notes };
}

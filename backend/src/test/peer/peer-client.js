// The peer column of the harness's peer comparison (backend/docs/harness.md, "Peer"): PouchDB's
// own replication against pouchdb-server (LevelDB on both sides), the same seeded dataset and the
// same steps as the Fieldline column. Started by PeerRun; prints one JSON line of figures (ms).
'use strict';
const fs = require('fs');
const path = require('path');
const PouchDB = require('pouchdb');

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const size = Number(args.size);
const INCREMENTS = [1, 100, 10000];
const OFFLINE_EDITS = 1000;

const docs = fs.readFileSync(args.dataset, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const contacts = docs.filter((d) => d.type === 'contact').map((d) => d._id);
// the same contacts as PeerDataset.changed(from, k)
const changed = (from, k) => Array.from({ length: k }, (_, i) => contacts[(from + i) % contacts.length]);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();
function check(ok, what) {
  if (!ok) throw new Error('peer: ' + what);
}

async function setNotes(db, ids, notes) {
  for (let i = 0; i < ids.length; i += 2000) {
    const keys = ids.slice(i, i + 2000);
    const rows = (await db.allDocs({ keys, include_docs: true })).rows;
    const res = await db.bulkDocs(rows.map((r) => ({ ...r.doc, notes })));
    check(res.every((r) => r.ok), 'bulk update failed');
  }
}

async function main() {
  const m = {};
  const remote = new PouchDB(`${args.url}/peer_${size}`);
  const localDir = path.join(args.work, `local-${size}`);
  fs.rmSync(localDir, { recursive: true, force: true });
  const local = new PouchDB(localDir);
  let t = now();
  for (let i = 0; i < docs.length; i += 2000) {
    const res = await remote.bulkDocs(docs.slice(i, i + 2000));
    check(res.every((r) => r.ok), 'load failed');
  }
  m.load = ms(t);
  t = now();
  let r = await PouchDB.replicate(remote, local);
  m.initial = ms(t);
  const held = (await local.info()).doc_count;
  check(held === size, `initial sync holds ${held}, not ${size}`);
  let from = 0;
  for (const k of INCREMENTS) {
    await setNotes(remote, changed(from, k), 'server change ' + k);
    from += k;
    t = now();
    r = await PouchDB.replicate(remote, local);
    m['incremental-' + k] = ms(t);
    check(r.docs_written === k, `incremental ${k} wrote ${r.docs_written}`);
  }
  await setNotes(local, changed(from, OFFLINE_EDITS), 'offline edit');
  t = now();
  r = await PouchDB.replicate(local, remote);
  m['push-' + OFFLINE_EDITS] = ms(t);
  check(r.docs_written === OFFLINE_EDITS, `push wrote ${r.docs_written}`);
  await PouchDB.replicate(remote, local);
  const noChange = [];
  for (let i = 0; i < 5; i++) {
    t = now();
    r = await PouchDB.replicate(remote, local);
    noChange.push(ms(t));
    check(r.docs_written === 0, `no-change re-sync wrote ${r.docs_written}`);
  }
  m['no-change'] = noChange.sort((a, b) => a - b)[2];
  await local.close();
  console.log(JSON.stringify(m));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

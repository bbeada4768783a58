// @ts-check
// The sandbox's state: one `Map` per kind of record (no record is ever looked up
// on a plain object, so `__proto__`, `constructor` or `toString` are just ids
// that are not there), changed only inside a unit of work (`store.run`).
//
// A unit of work journals each record it reads with `get` (its JSON before any
// change), each record it `set`s or `delete`s, the clock's offset and the id
// counter. At its end the records whose JSON changed are written to SQLite in
// one transaction (with `--data FILE`), and only then does the server answer.
// If anything throws (a handler, the write itself), every journalled record,
// the clock and the id counter are put back as they were: the request answers
// 500 and the state is the one before it. Without a data file the same journal
// runs, without the SQLite write (the in-memory mode of tests and demos).
//
// SQLite (better-sqlite3, WAL mode): `records(kind, id, json)` with one row per
// record (an upsert per changed record, never a rewrite of the whole state),
// `files(id, loan_id, data)` with one row per uploaded file, and `meta` (format,
// clock offset, id counter). A data file of the previous JSON format
// (`lendkit-sandbox-state/1`) is imported once: it is renamed to FILE.v1.json
// and its records are written in one transaction.
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";

export const FORMAT = "lendkit-sandbox-sqlite/2";
export const JSON_FORMAT = "lendkit-sandbox-state/1";

/** The journal's mark of a record changed before its unit of work began. */
const DIRTY = "\u0000changed";

/** The kinds of record, each a `Table`. */
export const KINDS = /** @type {const} */ ([
  "asset.offers",
  "asset.loans",
  "asset.contracts",
  "tuum.offers",
  "tuum.contracts",
  "nemuru.access",
  "nemuru.refresh",
  "nemuru.loans",
  "nemuru.webhooks",
  "nemuru.files",
  "deliveries",
]);

/**
 * A kind of record: a `Map` from id to record whose reads and writes are
 * journalled by the store's current unit of work.
 * @template [T=any]
 */
export class Table {
  /** @param {string} kind @param {Store} store */
  constructor(kind, store) {
    this.kind = kind;
    /** @type {Map<string, T>} */
    this.map = new Map();
    this.store = store;
  }

  /** The record with this id (journalled: it may be changed in place). Any non-string id is no record. @param {unknown} id @returns {T | undefined} */
  get(id) {
    if (typeof id !== "string") return undefined;
    const r = this.map.get(id);
    // Outside a unit of work a read is only a read (tests, the request log).
    if (r !== undefined && this.store.current) this.store.journal(this, id);
    return r;
  }

  /** @param {unknown} id */
  has(id) {
    return typeof id === "string" && this.map.has(id);
  }

  /** @param {string} id @param {T} record */
  set(id, record) {
    this.store.journal(this, id);
    this.map.set(id, record);
  }

  /** @param {string} id */
  delete(id) {
    if (!this.map.has(id)) return false;
    this.store.journal(this, id);
    return this.map.delete(id);
  }

  /** Marks a record as changed outside a unit of work (a webhook attempt): it is written with the current one. @param {string} id */
  changed(id) {
    if (!this.map.has(id)) return;
    this.store.journal(this, id, true);
  }

  /** The oldest record's id. @returns {string | undefined} */
  firstId() {
    for (const k of this.map.keys()) return k;
    return undefined;
  }

  /** Every record, in insertion order (not journalled: read-only; `get` one before changing it). */
  values() {
    return [...this.map.values()];
  }

  /** @returns {[string, T][]} */
  entries() {
    return [...this.map.entries()];
  }

  get size() {
    return this.map.size;
  }
}

/**
 * @typedef {object} State
 * @property {{ offers: Table, loans: Table, contracts: Table<string> }} asset
 * @property {{ offers: Table, contracts: Table }} tuum
 * @property {{ access: Table, refresh: Table, loans: Table, webhooks: Table, files: Table }} nemuru
 * @property {Table} deliveries webhook deliveries, oldest first (bounded)
 */

/**
 * @typedef {object} Journal
 * @property {Map<Table, Map<string, string | undefined>>} before each touched record's JSON before the unit (undefined: absent)
 * @property {number} clockOffset
 * @property {number} idCounter
 * @property {{ id: string, loanId: string, data: string }[]} files file contents to write
 * @property {(() => void)[]} after actions run once the unit is committed (webhooks)
 */

/**
 * @typedef {object} StoreOptions
 * @property {string} [file] the SQLite database file; none: in memory only
 * @property {{ offset: () => number, setOffset?: (ms: number) => void }} clock
 * @property {{ counter: () => number, setCounter?: (n: number) => void }} ids
 * @property {(info: { kinds: string[] }) => void} [beforeCommit] test hook: runs inside the transaction, before its commit
 */

/** Whether a file starts with SQLite's header. @param {string} file */
function isSqlite(file) {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n === 16 && head.toString("latin1") === "SQLite format 3\u0000";
  } finally {
    closeSync(fd);
  }
}

/** better-sqlite3, loaded only when a data file is used (an optional dependency: a native module). */
function loadSqlite() {
  const require = createRequire(import.meta.url);
  try {
    return require("better-sqlite3");
  } catch (e) {
    throw new Error(
      `sandbox: --data needs the better-sqlite3 module (an optional dependency of lendkit, built from source with node-gyp): ${/** @type {Error} */ (e).message}`,
    );
  }
}

export class Store {
  /** @param {StoreOptions} options */
  constructor(options) {
    this.options = options;
    /** @type {Map<string, Table>} */
    this.tables = new Map(KINDS.map((k) => [k, new Table(k, this)]));
    const t = (/** @type {string} */ k) => /** @type {Table} */ (this.tables.get(k));
    /** @type {State} */
    this.state = {
      asset: { offers: t("asset.offers"), loans: t("asset.loans"), contracts: t("asset.contracts") },
      tuum: { offers: t("tuum.offers"), contracts: t("tuum.contracts") },
      nemuru: {
        access: t("nemuru.access"),
        refresh: t("nemuru.refresh"),
        loans: t("nemuru.loans"),
        webhooks: t("nemuru.webhooks"),
        files: t("nemuru.files"),
      },
      deliveries: t("deliveries"),
    };
    /** @type {Journal | undefined} */
    this.current = undefined;
    /** File contents in the in-memory mode (the SQLite mode keeps them only in the database). @type {Map<string, string>} */
    this.memoryFiles = new Map();
    /** @type {any} */
    this.db = undefined;
    /** Whether the database had state (a restart) @type {boolean} */
    this.restored = false;
    /** @type {{ clockOffset: number, idCounter: number } | undefined} */
    this.meta = undefined;
    /** The clock offset and id counter last written. @type {{ clockOffset: number, idCounter: number } | undefined} */
    this.written = undefined;
    if (options.file) this.open(options.file);
  }

  /** @param {string} file */
  open(file) {
    const Database = loadSqlite(); // before anything on disk changes
    mkdirSync(dirname(file), { recursive: true });
    /** @type {Record<string, any> | undefined} */
    let legacy;
    const backup = `${file}.v1.json`;
    if (existsSync(file) && !isSqlite(file)) {
      const text = readFileSync(file, "utf8");
      try {
        legacy = JSON.parse(text);
      } catch (e) {
        throw new Error(`sandbox: data file ${file} is neither SQLite nor JSON: ${/** @type {Error} */ (e).message}`);
      }
      if (legacy?.format !== JSON_FORMAT) throw new Error(`sandbox: data file ${file} is not a ${JSON_FORMAT} file`);
      renameSync(file, backup);
    }
    const db = new Database(file);
    this.db = db;
    db.pragma("journal_mode = WAL");
    // FULL: each commit is fsynced before the answer, so an acknowledged write also survives a power loss.
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id));
      CREATE TABLE IF NOT EXISTS files (id TEXT PRIMARY KEY, loan_id TEXT NOT NULL, data BLOB NOT NULL);
    `);
    const metaRows = /** @type {{ key: string, value: string }[]} */ (db.prepare("SELECT key, value FROM meta").all());
    const meta = Object.fromEntries(metaRows.map((r) => [r.key, r.value]));
    if (meta.format !== undefined && meta.format !== FORMAT) throw new Error(`sandbox: data file ${file} is not a ${FORMAT} database`);
    this.stmt = {
      upsert: db.prepare("INSERT INTO records (kind, id, json) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json"),
      remove: db.prepare("DELETE FROM records WHERE kind = ? AND id = ?"),
      file: db.prepare("INSERT OR REPLACE INTO files (id, loan_id, data) VALUES (?, ?, ?)"),
      meta: db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
    };
    if (meta.format === undefined) {
      db.transaction(() => this.stmt?.meta.run("format", FORMAT))();
    }
    if (!meta.imported && existsSync(backup)) {
      legacy ??= JSON.parse(readFileSync(backup, "utf8"));
      this.importLegacy(/** @type {Record<string, any>} */ (legacy), backup);
      return;
    }
    for (const row of /** @type {{ kind: string, id: string, json: string }[]} */ (
      db.prepare("SELECT kind, id, json FROM records ORDER BY rowid").all()
    )) {
      const table = this.tables.get(row.kind);
      if (table) table.map.set(row.id, JSON.parse(row.json));
    }
    if (meta.clockOffset !== undefined) {
      this.restored = true;
      this.meta = { clockOffset: Number(meta.clockOffset), idCounter: Number(meta.idCounter ?? 0) };
      this.written = this.meta;
    }
  }

  /**
   * Imports a `lendkit-sandbox-state/1` snapshot in one transaction.
   * @param {Record<string, any>} snapshot @param {string} from
   */
  importLegacy(snapshot, from) {
    const s = snapshot.state ?? {};
    /** @type {[string, Record<string, any> | undefined][]} */
    const plain = [
      ["asset.offers", s.asset?.offers],
      ["asset.loans", s.asset?.loans],
      ["asset.contracts", s.asset?.contracts],
      ["tuum.offers", s.tuum?.offers],
      ["tuum.contracts", s.tuum?.contracts],
      ["nemuru.access", s.nemuru?.access],
      ["nemuru.refresh", s.nemuru?.refresh],
      ["nemuru.loans", s.nemuru?.loans],
      ["nemuru.webhooks", s.nemuru?.webhooks],
    ];
    const db = this.db;
    const stmt = /** @type {NonNullable<Store["stmt"]>} */ (this.stmt);
    db.transaction(() => {
      for (const [kind, records] of plain) {
        const table = /** @type {Table} */ (this.tables.get(kind));
        for (const [id, record] of Object.entries(records ?? {})) {
          table.map.set(id, record);
          stmt.upsert.run(kind, id, JSON.stringify(record));
        }
      }
      const files = /** @type {Table} */ (this.tables.get("nemuru.files"));
      for (const [loanId, list] of Object.entries(s.nemuru?.files ?? {})) {
        for (const f of Array.isArray(list) ? list : []) {
          const { data, ...rest } = f ?? {};
          const record = { ...rest, loanId };
          files.map.set(String(record.name), record);
          stmt.upsert.run("nemuru.files", String(record.name), JSON.stringify(record));
          stmt.file.run(String(record.name), loanId, Buffer.from(String(data ?? ""), "utf8"));
        }
      }
      const deliveries = /** @type {Table} */ (this.tables.get("deliveries"));
      for (const d of Array.isArray(s.deliveries) ? s.deliveries : []) {
        deliveries.map.set(String(d.id), d);
        stmt.upsert.run("deliveries", String(d.id), JSON.stringify(d));
      }
      stmt.meta.run("clockOffset", String(Number(snapshot.clockOffset ?? 0)));
      stmt.meta.run("idCounter", String(Number(snapshot.idCounter ?? 0)));
      stmt.meta.run("imported", from);
    })();
    this.restored = true;
    this.meta = { clockOffset: Number(snapshot.clockOffset ?? 0), idCounter: Number(snapshot.idCounter ?? 0) };
    this.written = this.meta;
  }

  /**
   * Journals a record before it may change (once per unit of work); `dirty`:
   * it already changed, write it whatever its JSON.
   * @param {Table} table @param {string} id @param {boolean} [dirty]
   */
  journal(table, id, dirty = false) {
    const j = this.current;
    if (!j) throw new Error(`sandbox: ${table.kind} accessed outside a unit of work`);
    let seen = j.before.get(table);
    if (!seen) j.before.set(table, (seen = new Map()));
    if (dirty) {
      if (!seen.has(id)) seen.set(id, DIRTY);
      return;
    }
    if (seen.has(id)) return;
    const r = table.map.get(id);
    seen.set(id, r === undefined ? undefined : JSON.stringify(r));
  }

  /** Stores an uploaded file's content with the unit of work. @param {string} id @param {string} loanId @param {string} data */
  putFile(id, loanId, data) {
    const j = this.current;
    if (!j) throw new Error("sandbox: putFile outside a unit of work");
    j.files.push({ id, loanId, data });
  }

  /** Runs once the current unit of work has committed (dropped if it rolls back). @param {() => void} fn */
  afterCommit(fn) {
    if (!this.current) fn();
    else this.current.after.push(fn);
  }

  /**
   * Runs `fn` as one unit of work: committed (and written) when it returns,
   * undone entirely when it throws. Nested calls join the outer unit. `fn`
   * must be synchronous.
   * @template T @param {() => T} fn @returns {T}
   */
  run(fn) {
    if (this.current) return fn();
    const { clock, ids } = this.options;
    /** @type {Journal} */
    const j = { before: new Map(), clockOffset: clock.offset(), idCounter: ids.counter(), files: [], after: [] };
    this.current = j;
    let result;
    try {
      result = fn();
      if (result instanceof Promise) throw new Error("sandbox: a unit of work must be synchronous");
      this.commit(j);
    } catch (e) {
      this.rollback(j);
      this.current = undefined;
      throw e;
    }
    this.current = undefined;
    // Committed: what follows (webhooks) can no longer undo it, nor fail the request.
    for (const a of j.after) {
      try {
        a();
      } catch (e) {
        process.stderr.write(`lendkit sandbox: after a commit: ${String(/** @type {Error} */ (e)?.stack ?? e)}\n`);
      }
    }
    return result;
  }

  /** @param {Journal} j */
  commit(j) {
    /** @type {{ kind: string, id: string, json: string | undefined }[]} */
    const writes = [];
    for (const [table, seen] of j.before) {
      for (const [id, before] of seen) {
        const r = table.map.get(id);
        const after = r === undefined ? undefined : JSON.stringify(r);
        if (after !== before) writes.push({ kind: table.kind, id, json: after });
      }
    }
    const clockOffset = this.options.clock.offset();
    const idCounter = this.options.ids.counter();
    const written = this.written;
    const metaChanged = !written || clockOffset !== written.clockOffset || idCounter !== written.idCounter;
    const hook = this.options.beforeCommit;
    if (!this.db) {
      hook?.({ kinds: writes.map((w) => w.kind) });
      for (const f of j.files) this.memoryFiles.set(f.id, f.data);
      return;
    }
    if (writes.length === 0 && j.files.length === 0 && !metaChanged && !hook) return;
    const stmt = /** @type {NonNullable<Store["stmt"]>} */ (this.stmt);
    this.db.transaction(() => {
      for (const w of writes) {
        if (w.json === undefined) stmt.remove.run(w.kind, w.id);
        else stmt.upsert.run(w.kind, w.id, w.json);
      }
      for (const f of j.files) stmt.file.run(f.id, f.loanId, Buffer.from(f.data, "utf8"));
      if (metaChanged) {
        stmt.meta.run("clockOffset", String(clockOffset));
        stmt.meta.run("idCounter", String(idCounter));
      }
      hook?.({ kinds: writes.map((w) => w.kind) });
    })();
    this.written = { clockOffset, idCounter };
  }

  /** @param {Journal} j */
  rollback(j) {
    for (const [table, seen] of j.before) {
      for (const [id, before] of seen) {
        if (before === DIRTY) continue;
        if (before === undefined) table.map.delete(id);
        else table.map.set(id, JSON.parse(before));
      }
    }
    this.options.clock.setOffset?.(j.clockOffset);
    this.options.ids.setCounter?.(j.idCounter);
  }

  /** The stored content of an uploaded file. @param {string} id @returns {string | undefined} */
  fileData(id) {
    if (!this.db) return this.memoryFiles.get(id);
    const row = /** @type {{ data: Buffer } | undefined} */ (this.db.prepare("SELECT data FROM files WHERE id = ?").get(id));
    return row?.data.toString("utf8");
  }

  close() {
    if (this.db?.open) this.db.close();
  }
}

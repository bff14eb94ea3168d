// Preloaded into the benchmarked server (NODE_OPTIONS=--require): counts the SQL statements the
// app prepares through better-sqlite3 and serves the tally on a side port, so the bench can see how
// many queries one request issues (an N+1 shows up as one statement repeated many times), and the
// process's CPU time, which a busy shared machine distorts far less than wall-clock time.
// Each process that loads this appends "<pid> <port>" to BENCH_STATEMENT_FILE.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file loaded with node --require */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const file = process.env.BENCH_STATEMENT_FILE;
if (file) {
  const Database = require(require.resolve("better-sqlite3", { paths: [process.cwd()] }));
  const originalPrepare = Database.prototype.prepare;
  let statements = [];
  Database.prototype.prepare = function prepare(sql, ...rest) {
    if (/^\s*(select|insert|update|delete|with)\b/i.test(sql)) statements.push(sql);
    return originalPrepare.call(this, sql, ...rest);
  };

  const server = http.createServer((_req, res) => {
    const shapes = new Map();
    for (const sql of statements) shapes.set(sql, (shapes.get(sql) ?? 0) + 1);
    const [sample, repeats] = [...shapes.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    res.setHeader("content-type", "application/json");
    const parameters = (sample.match(/\?/g) ?? []).length;
    const { user, system } = process.cpuUsage();
    res.end(JSON.stringify({ statements: statements.length, repeats, parameters, sample: sample.slice(0, 300), cpuMs: (user + system) / 1000 }));
    statements = [];
  });
  server.listen(0, "127.0.0.1", () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, `${process.pid} ${server.address().port}\n`);
  });
  server.unref();
}

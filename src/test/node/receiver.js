// A webhook receiver as a partner would write it in Node.js: every request is verified with the published
// Standard Webhooks library (npm standardwebhooks), unchanged. A tampered body and an old timestamp must fail.
// Usage: node receiver.js <port> <secret-file> <event types expected, comma-separated>
// Exits 0 once every expected type has arrived and verified, 1 on any failure or after 120 s.
const http = require("http");
const fs = require("fs");
const { Webhook } = require("standardwebhooks");

const [port, secretFile, expectedList] = process.argv.slice(2);
const expected = new Set(expectedList.split(","));
const seen = new Set();

function fail(message) {
  console.error("FAIL " + message);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const wh = new Webhook(fs.readFileSync(secretFile, "utf8").trim());
    let event;
    try {
      event = wh.verify(body, req.headers);
    } catch (e) {
      res.writeHead(400).end();
      fail("a genuine delivery did not verify: " + e.message);
    }
    try {
      wh.verify(body.replace(/"type":"/, '"type":"x'), req.headers);
      fail("a tampered body verified");
    } catch (expectedFailure) { /* as it must */ }
    const old = { ...req.headers, "webhook-timestamp": String(Math.floor(Date.now() / 1000) - 3600) };
    try {
      wh.verify(body, old);
      fail("an hour-old timestamp verified");
    } catch (expectedFailure) { /* as it must */ }
    console.log("verified " + event.type + " " + req.headers["webhook-id"]);
    seen.add(event.type);
    res.writeHead(204).end();
    if ([...expected].every((t) => seen.has(t))) {
      console.log("OK: every expected event arrived and verified with standardwebhooks");
      server.close();
      process.exit(0);
    }
  });
});
server.listen(Number(port), "127.0.0.1");
setTimeout(() => fail("timed out; seen " + [...seen].join(",")), 120000);

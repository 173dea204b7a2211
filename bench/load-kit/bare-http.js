// Benchmark 4's floor: Node's own http server answering what GET /health/live
// answers in a generated app, byte for byte in the body and content type.
'use strict';
const http = require('node:http');

const body = JSON.stringify({ status: 'ok', info: {}, error: {}, details: {} });

http
  .createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  })
  .listen(Number(process.env.PORT), process.env.HOST);

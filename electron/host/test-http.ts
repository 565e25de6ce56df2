/** For the host's tests: raw HTTP requests, so a test chooses every header (Host included) and can hold the body back. */
import http from 'node:http';

export interface RawResponse {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

export function raw(
  base: string,
  path: string,
  { method = 'GET', headers = {}, body, hold = false }: { method?: string; headers?: Record<string, string>; body?: string; hold?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path, method, headers: { Host: url.host, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text, headers: res.headers }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    if (!hold) req.end();
  });
}

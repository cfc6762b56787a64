// A SOCKS5 tunnel (RFC 1928, with RFC 1929's user and password), as Go's golang.org/x/net/proxy opens one: the proxy
// is given the host name to resolve, and is asked for no authentication, or for user and password when the proxy URL
// carries them.
import type { Socket } from 'node:net';
import { PROXY_TUNNEL_CODE } from './errors';

const VERSION = 5;
const NO_AUTHENTICATION = 0;
const USER_PASSWORD = 2;
const NO_ACCEPTABLE_METHOD = 0xff;
const CONNECT = 1;
const IPV4 = 1;
const DOMAIN_NAME = 3;
const IPV6 = 4;

/** RFC 1928's reply codes, in words. */
const REPLIES: Record<number, string> = {
  1: 'general SOCKS server failure',
  2: 'connection not allowed by ruleset',
  3: 'network unreachable',
  4: 'host unreachable',
  5: 'connection refused',
  6: 'TTL expired',
  7: 'command not supported',
  8: 'address type not supported',
};

export interface Socks5Target {
  /** A host name or an IP address (IPv6 without brackets). */
  host: string;
  port: number;
  /** From the proxy URL, decoded. */
  credentials?: { user: string; password: string };
}

/** Opens a tunnel to `target` over `socket`, a connection to the SOCKS5 proxy; resolves to the same socket. */
export async function socks5Tunnel(socket: Socket, target: Socks5Target): Promise<Socket> {
  const methods = target.credentials ? [NO_AUTHENTICATION, USER_PASSWORD] : [NO_AUTHENTICATION];
  socket.write(Buffer.from([VERSION, methods.length, ...methods]));
  const [, method] = await readExactly(socket, 2);
  if (method === USER_PASSWORD && target.credentials) {
    const user = Buffer.from(target.credentials.user);
    const password = Buffer.from(target.credentials.password);
    socket.write(Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([password.length]), password]));
    const [, status] = await readExactly(socket, 2);
    if (status !== 0) throw refusal('the SOCKS5 proxy refused the user and password of its URL', true);
  } else if (method !== NO_AUTHENTICATION) {
    if (method === NO_ACCEPTABLE_METHOD) throw refusal('the SOCKS5 proxy asks for a user and password', true);
    throw refusal(`the SOCKS5 proxy chose an unknown authentication (${method})`, false);
  }
  socket.write(Buffer.concat([Buffer.from([VERSION, CONNECT, 0]), address(target.host), Buffer.from([target.port >> 8, target.port & 0xff])]));
  // Some proxies close after the first two bytes of a refusal.
  const [, reply] = await readExactly(socket, 2);
  if (reply !== 0) throw refusal(`the SOCKS5 proxy would not connect to ${target.host}:${target.port}: ${REPLIES[reply] ?? `reply ${reply}`}`, false);
  const [, type] = await readExactly(socket, 2);
  // The address the proxy bound, and its port: read past, unused.
  const length = type === IPV4 ? 4 : type === IPV6 ? 16 : (await readExactly(socket, 1))[0];
  await readExactly(socket, length + 2);
  return socket;
}

/** DST.ADDR with its type: an IP address as such, anything else as a name the proxy resolves. */
function address(host: string): Buffer {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return Buffer.from([IPV4, ...host.split('.').map(Number)]);
  if (host.includes(':')) return Buffer.concat([Buffer.from([IPV6]), ipv6Bytes(host)]);
  const name = Buffer.from(host);
  return Buffer.concat([Buffer.from([DOMAIN_NAME, name.length]), name]);
}

function ipv6Bytes(host: string): Buffer {
  const [head, tail = ''] = host.split('::');
  const groups = (text: string) => (text === '' ? [] : text.split(':'));
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = host.includes('::') ? [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail)] : groups(head);
  const bytes = Buffer.alloc(16);
  all.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2));
  return bytes;
}

/** A refusal to tunnel; `credentials` when it concerns the user and password. */
function refusal(message: string, credentials: boolean): Error {
  return Object.assign(new Error(message), { code: PROXY_TUNNEL_CODE, credentials });
}

/**
 * The next `length` bytes off the socket, read in paused mode: nothing past them is taken, so the tunnel's first bytes
 * stay in the socket for whoever reads it next.
 */
function readExactly(socket: Socket, length: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const attempt = (): void => {
      const bytes = socket.read(length) as Buffer | null;
      if (bytes === null) return;
      stop();
      if (bytes.length === length) resolve(bytes);
      else reject(closed());
    };
    const failed = (error?: Error): void => {
      stop();
      reject(error ?? closed());
    };
    const ended = (): void => failed();
    const stop = (): void => {
      socket.off('readable', attempt);
      socket.off('error', failed);
      socket.off('end', ended);
      socket.off('close', ended);
    };
    socket.on('readable', attempt);
    socket.once('error', failed);
    socket.once('end', ended);
    socket.once('close', ended);
  });
}

const closed = () => Object.assign(new Error('the SOCKS5 proxy closed the connection'), { code: 'ECONNRESET' });

import { describe, expect, it } from 'vitest';
import { isPreviewAddress } from '../../src/lib/preview-address.ts';

describe('preview addresses', () => {
  it.each([
    'http://localhost:4321',
    'http://localhost:4321/',
    'https://LOCALHOST.',
    'http://cds.localhost:8080',
    'http://127.0.0.1:4321',
    'http://127.45.6.7',
    'http://127.1', // the URL parser reads this as 127.0.0.1
    'http://2130706433/', // and this
    'http://0.0.0.0:4321',
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://172.31.255.255',
    'http://192.168.1.10:8080',
    'http://169.254.10.20',
    'http://100.64.0.1',
    'http://[::1]:4321',
    'http://[0:0:0:0:0:0:0:1]',
    'http://[::]',
    'http://[fe80::1]',
    'http://[fd12:3456::1]',
    'http://[::ffff:127.0.0.1]',
    'http://[::ffff:192.168.0.5]',
    'http://may-chu:8080', // one label: a name inside an office network
    'http://cds.local',
    'http://cds.home.arpa',
    'http://cds.internal',
  ])('%s is a preview address', (url) => {
    expect(isPreviewAddress(url)).toBe(true);
  });

  it.each([
    'https://chuyendoiso.hatinh.gov.vn',
    'https://tinh.test/cds/',
    'https://cds.test',
    'https://localhost.vn', // a real domain that starts with "localhost"
    'https://mylocalhost.com',
    'http://203.113.131.2', // a public IPv4 address
    'http://172.15.255.255', // just below 172.16/12
    'http://172.32.0.1', // just above it
    'http://192.169.0.1',
    'http://100.128.0.1', // just above 100.64/10
    'http://11.0.0.1',
    'http://[2001:db8::1]',
    'http://[::ffff:203.113.131.2]',
  ])('%s is a real address', (url) => {
    expect(isPreviewAddress(url)).toBe(false);
  });

  it('does not judge what is not a URL (the schema and Astro reject it)', () => {
    expect(isPreviewAddress('khong phai dia chi')).toBe(false);
    expect(isPreviewAddress('')).toBe(false);
  });
});

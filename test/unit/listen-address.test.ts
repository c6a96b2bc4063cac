import { listenAddress } from '../../src/server/listen-address';

describe('listenAddress: safe defaults', () => {
  it('listens on loopback only without API keys, and says so', () => {
    expect(listenAddress({ allowOpenAccess: false }, false)).toEqual({
      host: '127.0.0.1', exposure: 'open access (no API_KEYS_FILE), so listening on 127.0.0.1 only: reachable from this machine alone',
    });
  });

  it('refuses another HOST without keys unless ALLOW_OPEN_ACCESS=true, and then names the exposure', () => {
    expect(() => listenAddress({ host: '0.0.0.0', allowOpenAccess: false }, false)).toThrow(
      'HOST=0.0.0.0 without API_KEYS_FILE would let everyone on that network read and write: set API_KEYS_FILE, or ALLOW_OPEN_ACCESS=true if open access is meant',
    );
    expect(listenAddress({ host: '0.0.0.0', allowOpenAccess: true }, false)).toEqual({
      host: '0.0.0.0', exposure: 'OPEN ACCESS on 0.0.0.0 (ALLOW_OPEN_ACCESS=true): everyone who reaches it may read and write everything',
    });
  });

  it('listens on all interfaces with keys unless HOST says otherwise', () => {
    expect(listenAddress({ allowOpenAccess: false }, true).host).toBe('0.0.0.0');
    expect(listenAddress({ host: '10.0.0.5', allowOpenAccess: false }, true).host).toBe('10.0.0.5');
  });
});

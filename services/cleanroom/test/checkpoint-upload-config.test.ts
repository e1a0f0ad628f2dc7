// Issue 14: the settings of the upload limit and of checkpoints outside the database, and the upload
// slots themselves.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { UploadSlots } from '../src/ops/upload-slots.js';

const AUDITOR = 'org_01jd6m3v8x4k2h7q9w5c0b1n3r';

describe('upload limit and checkpoint settings', () => {
  it('defaults: 4 uploads, checkpoints in the data dir, no webhooks', () => {
    const config = loadConfig({ CLEANROOM_DATA_DIR: '/tmp/cleanroom-x' });
    expect(config.maxConcurrentUploads).toBe(4);
    expect(config.checkpointDir).toBe(join('/tmp/cleanroom-x', 'checkpoints'));
    expect(config.checkpointWebhooks.size).toBe(0);
    expect(config.checkpointWebhookCaFile).toBeUndefined();
  });

  it('reads the webhooks as a map of auditor ids to https URLs', () => {
    const config = loadConfig({ CLEANROOM_CHECKPOINT_WEBHOOKS: JSON.stringify({ [AUDITOR]: 'https://auditor.example/hooks/cp' }), CLEANROOM_CHECKPOINT_DIR: '/var/cp' });
    expect([...config.checkpointWebhooks]).toEqual([[AUDITOR, 'https://auditor.example/hooks/cp']]);
    expect(config.checkpointDir).toBe('/var/cp');
  });

  it.each([
    [{ CLEANROOM_MAX_CONCURRENT_UPLOADS: '0' }, 'CLEANROOM_MAX_CONCURRENT_UPLOADS'],
    [{ CLEANROOM_CHECKPOINT_WEBHOOKS: 'not json' }, 'CLEANROOM_CHECKPOINT_WEBHOOKS'],
    [{ CLEANROOM_CHECKPOINT_WEBHOOKS: '["https://a.example"]' }, 'CLEANROOM_CHECKPOINT_WEBHOOKS'],
    [{ CLEANROOM_CHECKPOINT_WEBHOOKS: JSON.stringify({ someone: 'https://a.example' }) }, 'CLEANROOM_CHECKPOINT_WEBHOOKS'],
    [{ CLEANROOM_CHECKPOINT_WEBHOOKS: JSON.stringify({ [AUDITOR]: 'http://a.example' }) }, 'CLEANROOM_CHECKPOINT_WEBHOOKS'],
    [{ CLEANROOM_CHECKPOINT_WEBHOOKS: JSON.stringify({ [AUDITOR]: 'https://user:pw@a.example' }) }, 'CLEANROOM_CHECKPOINT_WEBHOOKS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
    }
  });
});

describe('upload slots', () => {
  it('gives out at most the limit, and a release (once) frees one', () => {
    const slots = new UploadSlots(2);
    const a = slots.tryAcquire();
    const b = slots.tryAcquire();
    expect(a && b).toBeTruthy();
    expect(slots.tryAcquire()).toBeUndefined();
    a!();
    a!();
    expect(slots.inUse).toBe(1);
    expect(slots.tryAcquire()).toBeDefined();
    expect(slots.tryAcquire()).toBeUndefined();
    expect(() => new UploadSlots(0)).toThrow(RangeError);
  });
});

import { ConfigError, DEFAULT_JWT_SECRET, loadConfig } from './config';

const PROD = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/sabor', PUBLIC_URL: 'https://sabor.haskovo.bg', JWT_SECRET: 'x'.repeat(40) };

describe('configuration', () => {
  it('starts in production with real settings', () => {
    const c = loadConfig(PROD, []);
    expect(c).toMatchObject({ env: 'production', demo: false, workerInProcess: false, publicUrl: 'https://sabor.haskovo.bg' });
  });

  it.each([
    ['demo data', { ...PROD, SABOR_DEMO: 'true' }, [], /demo data/],
    ['the --demo flag', PROD, ['--demo'], /demo data/],
    ['the default secret', { ...PROD, JWT_SECRET: DEFAULT_JWT_SECRET }, [], /JWT_SECRET/],
    ['no secret', { ...PROD, JWT_SECRET: undefined }, [], /JWT_SECRET/],
    ['a short secret', { ...PROD, JWT_SECRET: 'short' }, [], /JWT_SECRET/],
    ['a fake clock', { ...PROD, SABOR_FAKE_NOW: '2026-03-01T10:00:00Z' }, [], /SABOR_FAKE_NOW/],
    ['no database', { ...PROD, DATABASE_URL: '' }, [], /DATABASE_URL/],
  ])('refuses to start in production with %s', (_name, env, argv, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, argv as string[])).toThrow(message);
  });

  it('refuses malformed numbers, flags and times', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, [])).toThrow(ConfigError);
    expect(() => loadConfig({ SABOR_DEMO: 'maybe' }, [])).toThrow(/SABOR_DEMO/);
    expect(() => loadConfig({ SABOR_FAKE_NOW: 'yesterday' }, [])).toThrow(/SABOR_FAKE_NOW/);
  });

  it('defaults to an embedded database, mail files under the data folder, and demo off', () => {
    const c = loadConfig({ SABOR_DATA_DIR: '/tmp/sabor-data' }, []);
    expect(c).toMatchObject({ databaseUrl: null, mailDir: '/tmp/sabor-data/mail', demo: false, port: 3000, publicUrl: 'http://localhost:3000' });
    expect(loadConfig({}, ['--demo']).demo).toBe(true);
  });
});

describe('file storage', () => {
  it('keeps uploads in PostgreSQL unless S3_BUCKET is set', () => {
    expect(loadConfig({}, []).s3).toBeNull();
    expect(loadConfig({ S3_BUCKET: 'sabor' }, []).s3).toEqual({ endpoint: null, bucket: 'sabor', region: 'us-east-1', accessKeyId: null, secretAccessKey: null, forcePathStyle: false });
  });

  it('reads the S3 settings, with path-style addresses by default for an endpoint of its own', () => {
    const env = { S3_BUCKET: 'sabor', S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig(env, []).s3).toEqual({ endpoint: 'http://minio:9000', bucket: 'sabor', region: 'eu-central-1', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true });
    expect(loadConfig({ ...env, S3_FORCE_PATH_STYLE: 'false' }, []).s3?.forcePathStyle).toBe(false);
  });

  it('refuses S3 settings that cannot work', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000' }, [])).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_BUCKET: 'sabor', S3_ACCESS_KEY_ID: 'id' }, [])).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ S3_BUCKET: 'sabor', S3_ENDPOINT: 'minio:9000' }, [])).toThrow(/S3_ENDPOINT/);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, so a client cannot choose its address with X-Forwarded-For', () => {
    expect(loadConfig({}, []).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }, []).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2' }, []).trustProxy).toBe('10.0.0.2');
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }, []).trustProxy).toBe('loopback,10.0.0.0/8,fd00::/8');
    expect(() => loadConfig({ TRUST_PROXY: 'sometimes' }, [])).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.300' }, [])).toThrow(/TRUST_PROXY/);
  });

  it('refuses a number of proxies: Fastify cannot tell such a proxy from a client that sends X-Forwarded-For itself', () => {
    expect(() => loadConfig({ TRUST_PROXY: '1' }, [])).toThrow(/proxies' addresses/);
  });
});

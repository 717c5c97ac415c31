import { describe, expect, it } from 'vitest';

// npm ci must leave every native runtime loadable here: a missing build fails this file.
describe('native modules', () => {
  it('better-sqlite3 opens a database with FTS5 trigram search', async () => {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram'); INSERT INTO t VALUES ('여름 신메뉴 아이스 라떼')");
    const row = db.prepare('SELECT body FROM t WHERE t MATCH ?').get('신메뉴') as { body: string } | undefined;
    expect(row?.body).toBe('여름 신메뉴 아이스 라떼');
    db.close();
  });

  it('sharp encodes and decodes a PNG', async () => {
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 4, height: 3, channels: 4, background: '#e2562b' } }).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 4, 3]);
  });

  it('onnxruntime-node runs a graph built here', async () => {
    const ort = await import('onnxruntime-node');
    const { onnx } = await import('onnx-proto');
    const tensor = (name: string) => ({
      name,
      type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT, shape: { dim: [{ dimValue: 3 }] } } },
    });
    const model = onnx.ModelProto.encode({
      irVersion: 8,
      opsetImport: [{ domain: '', version: 17 }],
      graph: {
        name: 'add',
        node: [{ opType: 'Add', input: ['a', 'b'], output: ['sum'] }],
        input: [tensor('a'), tensor('b')],
        output: [tensor('sum')],
      },
    }).finish();
    const session = await ort.InferenceSession.create(model, { executionProviders: ['cpu'] });
    const feeds = {
      a: new ort.Tensor('float32', Float32Array.from([1, 2, 3]), [3]),
      b: new ort.Tensor('float32', Float32Array.from([10, 20, 30]), [3]),
    };
    const { sum } = await session.run(feeds);
    expect(Array.from(sum?.data as Float32Array)).toEqual([11, 22, 33]);
    await session.release();
  });

  it('node-llama-cpp loads its prebuilt binary without building', async () => {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({ gpu: false, build: 'never', progressLogs: false, logLevel: LlamaLogLevel.error });
    expect(llama.buildType).toBe('prebuilt');
    expect(llama.cpuMathCores).toBeGreaterThan(0);
    await llama.dispose();
  });
});

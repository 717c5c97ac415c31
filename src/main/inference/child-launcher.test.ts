import { describe, expect, it } from 'vitest';
import { inferenceEnv } from './child-launcher';

describe("the inference host's environment", () => {
  it("is the app's own, with glibc's malloc asked for huge pages, keeping tunables the owner set", () => {
    expect(inferenceEnv({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
    expect(inferenceEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
  });
});

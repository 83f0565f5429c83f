import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../../scripts/audit-verdict';

const counts = (high: number, critical: number) => ({
  metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical } },
});

describe('auditVerdict', () => {
  it('fails on a high or a critical advisory, and passes on lesser ones', () => {
    expect(auditVerdict(counts(1, 0)).kind).toBe('failing');
    expect(auditVerdict(counts(0, 1)).kind).toBe('failing');
    expect(auditVerdict(counts(0, 0))).toEqual({ kind: 'clean', summary: '0 critical, 0 high, 1 moderate, 2 low, 0 info' });
  });

  it('reports an unreachable advisory service as such, not as a clean audit', () => {
    const verdict = auditVerdict({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
    expect(verdict).toEqual({ kind: 'unavailable', why: expect.stringContaining('405') });
  });
});

/** What `npm audit --json` printed, as far as the gate needs it. */
export interface AuditReport {
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
}

export type AuditVerdict = { kind: 'unavailable'; why: string } | { kind: 'clean' | 'failing'; summary: string };

/** Fails on any high or critical advisory; says plainly when there was no audit to judge. */
export function auditVerdict(report: AuditReport, stderr = ''): AuditVerdict {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { kind: 'unavailable', why: report.message ?? (stderr.trim() || 'no report') };
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  return { kind: (counts['high'] ?? 0) + (counts['critical'] ?? 0) > 0 ? 'failing' : 'clean', summary };
}

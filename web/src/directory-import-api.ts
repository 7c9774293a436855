// Directory imports (administrators): upload an RPPS or FINESS extraction, follow its import,
// list past imports (see "Directory imports" in docs/api.md).

import { getJson, queryString, sendFile } from './api';

export type ImportSource = 'rpps' | 'finess';
export type ImportState = 'running' | 'done' | 'failed';

export interface ImportRejection {
  line: number;
  reason: string;
}

/** What an import did: sites (RPPS) or structures (FINESS) created, updated…; every data line read. */
export interface ImportCounts {
  encoding: string;
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  removed: number;
}

export interface DirectoryImportReport extends ImportCounts {
  seconds?: number;
  /** The first 1,000 rejected lines; absent for a past import read back from the database. */
  rejections?: ImportRejection[];
}

export interface DirectoryImportJob {
  id: string;
  source: ImportSource;
  filename: string;
  state: ImportState;
  started_at: string;
  started_by: string;
  lines: number;
  bytes_read: number | null;
  bytes_total: number | null;
  report?: DirectoryImportReport;
  error?: string;
}

export interface DirectoryImportRecord extends ImportCounts {
  id: string;
  source: ImportSource;
  filename: string;
  started_at: string;
  finished_at: string;
  imported_by: string;
}

/** The largest file the server takes by upload (the national files go by `maillage import`). */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export function startDirectoryImport(source: ImportSource, file: File): Promise<DirectoryImportJob> {
  return sendFile(`/api/directory-imports${queryString({ source, filename: file.name })}`, file);
}

export function getDirectoryImport(id: string, signal?: AbortSignal): Promise<DirectoryImportJob> {
  return getJson(`/api/directory-imports/${encodeURIComponent(id)}`, signal);
}

export function listDirectoryImports(signal?: AbortSignal): Promise<{ items: DirectoryImportRecord[] }> {
  return getJson('/api/directory-imports?limit=20', signal);
}

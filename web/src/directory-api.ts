// The directory of health professionals and structures (see docs/api.md, "Directory"): search,
// one professional with every site, one structure with the professionals practising there, and
// the printable and CSV directory of a CPTS's territory.

import { getJson, queryString } from './api';

/** A code with its label, as the national files give them (either may be missing). */
export interface Coded {
  code: string | null;
  label: string | null;
}

/** yes, no, a number of new patients, or not said. */
export type AcceptsNewPatients = boolean | number | null;

export interface PracticeSite {
  key: string;
  mode: Coded | null;
  sector: Coded | null;
  specialty: Coded | null;
  structure_name: string | null;
  finess: string | null;
  address: string | null;
  postcode: string | null;
  commune: Coded | null;
  departement: string | null;
  phone: string | null;
  phone2: string | null;
  email: string | null;
  accepts_new_patients: AcceptsNewPatients;
  accepts_updated_at: string | null;
  snp: boolean | null;
  extended_hours: boolean | null;
  distance_km: number | null;
  /** Member-only: present only for the roles of a CPTS the professional is an active member of. */
  direct_phone?: string | null;
}

/** A membership of the professional in one of the caller's CPTS. */
export interface MembershipRef {
  cpts_id: string;
  status: string;
}

export interface Professional {
  kind: 'professional';
  national_id: string;
  id_type: 'rpps' | 'adeli';
  identifier: string;
  civility: string | null;
  last_name: string;
  first_name: string | null;
  profession: Coded | null;
  category: Coded | null;
  languages: string[];
  teleconsultation: boolean | null;
  distance_km: number | null;
  sites: PracticeSite[];
  memberships: MembershipRef[];
}

export interface Structure {
  kind: 'structure';
  finess: string;
  finess_legal: string | null;
  name: string;
  long_name: string | null;
  category: Coded | null;
  address: string | null;
  postcode: string | null;
  commune: Coded | null;
  departement: string | null;
  phone: string | null;
  siret: string | null;
  position: { latitude: number; longitude: number } | null;
  distance_km: number | null;
}

export interface StructureDetail extends Structure {
  professionals: Professional[];
}

export type DirectoryKind = 'professional' | 'structure';

/** The search's criteria; empty values are left out of the request. */
export interface DirectoryQuery {
  q?: string;
  kind?: DirectoryKind;
  profession?: string;
  specialty?: string;
  commune?: string;
  cpts?: string;
  accepts_new_patients?: boolean;
  snp?: boolean;
  /** An INSEE commune code, or "latitude,longitude". */
  near?: string;
  radius_km?: number;
  limit?: number;
  cursor?: string;
}

export interface DirectoryPage<T> {
  kind: DirectoryKind;
  /** Unknown (null) when a capacity criterion is walked, or when above `total_over`. */
  total: number | null;
  /** Present when counting stopped at this many matches. */
  total_over?: number;
  next_cursor: string | null;
  items: T[];
}

export function searchDirectory(query: DirectoryQuery, signal?: AbortSignal): Promise<DirectoryPage<Professional | Structure>> {
  return getJson(`/api/directory${queryString(query)}`, signal);
}

export function getProfessional(nationalId: string, signal?: AbortSignal): Promise<Professional> {
  return getJson(`/api/directory/professionals/${encodeURIComponent(nationalId)}`, signal);
}

export function getStructure(finess: string, signal?: AbortSignal): Promise<StructureDetail> {
  return getJson(`/api/directory/structures/${encodeURIComponent(finess)}`, signal);
}

/** The territory's directory: CSV download, or the printable page grouped by profession and commune. */
export function territoryDirectoryUrl(cptsId: string, format: 'csv' | 'html'): string {
  return `/api/cpts/${encodeURIComponent(cptsId)}/directory.${format}`;
}

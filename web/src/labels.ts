// French labels for the codes used by the API.

import type { CommuneKind, FormerName, Zone } from './api';

export const KIND_LABELS: Record<CommuneKind, string> = {
  commune: 'Commune',
  arrondissement: 'Arrondissement municipal',
};

export const ZONE_LABELS: Record<Zone, string> = {
  metro: 'France métropolitaine',
  drom: "Département et région d'outre-mer (DROM)",
  com: "Collectivité d'outre-mer (COM)",
};

const EPCI_TYPE_LABELS: Record<string, string> = {
  CC: 'Communauté de communes',
  CA: "Communauté d'agglomération",
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
  MET69: 'Métropole de Lyon',
};

export function epciTypeLabel(type: string): string {
  return EPCI_TYPE_LABELS[type] ?? type;
}

const FORMER_KIND_LABELS: Record<string, string> = {
  deleguee: 'commune déléguée',
  associee: 'commune associée',
};

export function formerKindLabel(kind: string): string {
  return FORMER_KIND_LABELS[kind] ?? 'ancienne commune';
}

/** How a search hit on a former name is explained: "commune déléguée Arbignieu". */
export function formerNameMatchLabel(former: FormerName): string {
  const label = FORMER_KIND_LABELS[former.kind];
  return label ? `${label} ${former.name}` : `anciennement ${former.name}`;
}

const COORDINATE_METHOD_LABELS: Record<string, string> = {
  geonames: 'GeoNames',
  geonames_name: 'GeoNames, rapprochement par le nom',
  parent_commune: 'position de la commune de rattachement',
  former_commune: "position d'une ancienne commune",
  postcode_centroid: 'centre des communes du même code postal',
  epci_centroid: "centre de l'intercommunalité",
  departement_centroid: 'centre du département',
};

export function coordinateMethodLabel(method: string): string {
  return COORDINATE_METHOD_LABELS[method] ?? method.replace(/[_-]+/g, ' ');
}

// French labels for the codes used by the API.

import type { CommuneKind, FormerName, Zone } from './api';
import type { ActorType, AuditOutcome } from './audit-api';
import type { RoleName } from './session-api';

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

export const ROLE_LABELS: Record<RoleName, string> = {
  admin: 'Administrateur',
  coordinator: 'Coordination',
  member: 'Membre',
  partner: 'Partenaire',
  funder: 'Financeur (ARS/CPAM)',
};

/** The order in which roles are offered in forms. */
export const ROLE_NAMES: readonly RoleName[] = ['admin', 'coordinator', 'member', 'partner', 'funder'];

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as RoleName] ?? role;
}

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: 'Réussi',
  denied: 'Refusé',
  failure: 'Échec',
};

/** Kinds of actor; `cli` (server command line) is recorded too, though not in the API contract. */
export const ACTOR_TYPE_LABELS: Record<ActorType | 'cli', string> = {
  user: 'utilisateur',
  token: "jeton d'API",
  anonymous: 'anonyme',
  cli: 'ligne de commande',
};

export function actorTypeLabel(type: string): string {
  return ACTOR_TYPE_LABELS[type as ActorType | 'cli'] ?? type;
}

/** Audited actions, as recorded by the server. Unknown codes are shown as they are. */
export const ACTION_LABELS: Record<string, string> = {
  'session.create': 'Connexion',
  'session.delete': 'Déconnexion',
  'user.create': 'Création de compte',
  'user.rename': 'Changement de nom',
  'user.disable': 'Désactivation de compte',
  'user.enable': 'Réactivation de compte',
  'user.password_reset': 'Réinitialisation du mot de passe',
  'user.password_change': 'Changement de mot de passe',
  'role.grant': 'Attribution de rôle',
  'role.revoke': 'Retrait de rôle',
  'token.create': "Création de jeton d'API",
  'token.revoke': "Révocation de jeton d'API",
  'cpts.create': 'Création de CPTS',
  'cpts.update': 'Modification du profil de CPTS',
  'cpts.status': 'Étape du cycle de vie',
  'territory.add': 'Ajout au territoire',
  'territory.remove': 'Retrait du territoire',
  'territory.import': 'Import de territoire',
  'settings.taille': 'Seuils de taille',
  'access.denied': 'Accès refusé',
};

export function actionLabel(action: string): string | undefined {
  return ACTION_LABELS[action];
}

const RESOURCE_TYPE_LABELS: Record<string, string> = {
  session: 'Session',
  user: 'Utilisateur',
  role_assignment: 'Rôle',
  api_token: "Jeton d'API",
  cpts: 'CPTS',
  territory: 'Territoire',
  setting: 'Paramètre',
  route: 'Page ou service',
};

export const RESOURCE_TYPES = Object.keys(RESOURCE_TYPE_LABELS);

export function resourceTypeLabel(type: string): string {
  return RESOURCE_TYPE_LABELS[type] ?? type;
}

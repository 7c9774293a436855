#include "directory/synthetic/nomenclature.h"

#include <array>

namespace maillage::directory::synthetic {
namespace {

// Professions (TRE_G15) and specialties (TRE_R38), with the share of women (orders of magnitude).
constexpr const char* kCnom = "CNOM/CNOM/CNOM";
constexpr Profession doctor(std::string_view code, std::string_view label) {
  return {"10", "Médecin", code, label, 0.5, kCnom};
}
constexpr Profession kGeneralist = doctor("SM54", "Médecine générale");
constexpr Profession kQualifiedGeneralist = doctor("SM26", "Qualifié en médecine générale");
constexpr Profession kEmergency = doctor("SM59", "Médecine d'urgence");
constexpr Profession kAnaesthetist = doctor("SM02", "Anesthésie-réanimation");
constexpr Profession kCardiologist = doctor("SM04", "Cardiologie et maladies vasculaires");
constexpr Profession kPaediatrician = doctor("SM40", "Pédiatrie");
constexpr Profession kObstetrician = doctor("SM20", "Gynécologie-obstétrique");
constexpr Profession kPsychiatrist = doctor("SM42", "Psychiatrie");
constexpr Profession kRadiologist = doctor("SM44", "Radio-diagnostic");
constexpr Profession kBiologist = doctor("SM03", "Biologie médicale");
constexpr Profession kNurse = {"60", "Infirmier", "", "", 0.87, "ONI/ONI/ONI"};
constexpr Profession kPhysio = {"70", "Masseur-kinésithérapeute", "", "", 0.5, "OMK/OMK/OMK"};
constexpr Profession kDentist = {"40", "Chirurgien-dentiste", "", "", 0.47, "ONCD/ONCD/ONCD"};
constexpr Profession kOrthodontist = {"40", "Chirurgien-dentiste", "SCD01", "Orthopédie dento-faciale", 0.5,
                                      "ONCD/ONCD/ONCD"};
constexpr Profession kMidwife = {"50", "Sage-femme", "", "", 0.97, "ONSF/ONSF/ONSF"};
constexpr Profession kPharmacist = {"21", "Pharmacien", "", "", 0.68, "CNOP/CNOP/CNOP"};
constexpr Profession kSpeechTherapist = {"91", "Orthophoniste", "", "", 0.96, "ARS/ARS/ARS"};
constexpr Profession kPsychologist = {"93", "Psychologue", "", "", 0.85, "ARS/ARS/ARS"};
constexpr Profession kPodiatrist = {"80", "Pédicure-podologue", "", "", 0.7, "ONPP/ONPP/ONPP"};
constexpr Profession kOptician = {"28", "Opticien-lunetier", "", "", 0.55, "ARS/ARS/ARS"};
constexpr Profession kAudiologist = {"26", "Audioprothésiste", "", "", 0.45, "ARS/ARS/ARS"};

// Professionals in private practice per 100,000 inhabitants. Source: orders of magnitude of the
// DREES demography of health professionals (2021–2023), metropolitan France and overseas together.
constexpr std::array kDensities = {
    DensityRow{kGeneralist, 75, Practice::cabinet, 0.05},
    DensityRow{kQualifiedGeneralist, 10, Practice::cabinet, 0.05},
    DensityRow{kCardiologist, 6, Practice::specialist, 0.25},
    DensityRow{doctor("SM15", "Dermatologie et vénéréologie"), 5, Practice::specialist, 0.25},
    DensityRow{doctor("SM19", "Gynécologie médicale"), 3, Practice::specialist, 0.25},
    DensityRow{kObstetrician, 4, Practice::specialist, 0.25},
    DensityRow{doctor("SM38", "Ophtalmologie"), 7, Practice::specialist, 0.25},
    DensityRow{doctor("SM34", "ORL et chirurgie cervico-faciale"), 4, Practice::specialist, 0.25},
    DensityRow{kPaediatrician, 5, Practice::specialist, 0.25},
    DensityRow{kPsychiatrist, 8, Practice::specialist, 0.25},
    DensityRow{kRadiologist, 7, Practice::specialist, 0.25},
    DensityRow{doctor("SM24", "Gastro-entérologie et hépatologie"), 4, Practice::specialist, 0.25},
    DensityRow{doctor("SM41", "Pneumologie"), 3, Practice::specialist, 0.25},
    DensityRow{doctor("SM48", "Rhumatologie"), 3, Practice::specialist, 0.25},
    DensityRow{doctor("SM32", "Neurologie"), 2, Practice::specialist, 0.25},
    DensityRow{doctor("SM08", "Chirurgie orthopédique et traumatologie"), 4, Practice::specialist, 0.25},
    DensityRow{kAnaesthetist, 5, Practice::specialist, 0.25},
    DensityRow{kNurse, 150, Practice::cabinet, 0.03},
    DensityRow{kPhysio, 120, Practice::cabinet, 0.08},
    DensityRow{kDentist, 51, Practice::cabinet, 0.03},
    DensityRow{kOrthodontist, 4, Practice::specialist, 0.1},
    DensityRow{kMidwife, 12, Practice::cabinet, 0.05},
    DensityRow{kSpeechTherapist, 30, Practice::cabinet, 0.03},
    DensityRow{kPsychologist, 40, Practice::cabinet, 0.02, true},
    DensityRow{kPodiatrist, 20, Practice::cabinet, 0.02},
    DensityRow{kOptician, 20, Practice::cabinet, 0},
    DensityRow{kAudiologist, 5, Practice::specialist, 0.1},
};

constexpr std::array kPharmacyStaff = {StaffRow{kPharmacist, 1, 'L', "A"}, StaffRow{kPharmacist, 1, 'S', "D"}};
constexpr std::array kHealthCentreStaff = {StaffRow{kGeneralist, 2}, StaffRow{kDentist, 1}, StaffRow{kNurse, 1}};
constexpr std::array kNursingHomeStaff = {StaffRow{kGeneralist, 1}, StaffRow{kNurse, 3}};
constexpr std::array kHomeCareStaff = {StaffRow{kNurse, 3}};
constexpr std::array kMentalHealthStaff = {StaffRow{kPsychiatrist, 1}, StaffRow{kPsychologist, 2},
                                           StaffRow{kNurse, 2}};
constexpr std::array kMotherChildStaff = {StaffRow{kMidwife, 1}, StaffRow{kPaediatrician, 1}};
constexpr std::array kLaboratoryStaff = {StaffRow{kBiologist, 1}};
constexpr std::array kHospitalStaff = {
    StaffRow{kEmergency, 3},   StaffRow{kAnaesthetist, 3}, StaffRow{kCardiologist, 1},
    StaffRow{kPaediatrician, 1}, StaffRow{kObstetrician, 2}, StaffRow{kPsychiatrist, 2},
    StaffRow{kRadiologist, 1}, StaffRow{kMidwife, 3},      StaffRow{kPharmacist, 2, 'S', "H"},
    StaffRow{kNurse, 25},      StaffRow{kPhysio, 3}};

// Structures (FINESS categories, TRE_R66) per inhabitant: orders of magnitude of the national
// counts (≈ 20,000 pharmacies, 2,500 MSP, 2,700 centres de santé, 7,500 EHPAD, 2,100 SSIAD,
// 3,400 CMP, 4,500 PMI centres, 4,200 laboratory sites, 1,100 centres hospitaliers).
constexpr std::array kStructures = {
    StructureKind{"620", "Pharmacie d'Officine", "", "", "SA33", "Pharmacie d'officine", "PHARMACIE", 3'000, 0,
                  kPharmacyStaff},
    StructureKind{"603", "Maison de santé (L.6223-3 du CSP)", "", "", "SA08", "Cabinet de groupe", "MSP", 27'000, 1'000,
                  {}, true},
    StructureKind{"124", "Centre de Santé", "", "", "SA05", "Centre de santé", "CENTRE DE SANTE", 25'000, 5'000,
                  kHealthCentreStaff},
    StructureKind{"500", "Etablissement d'hébergement pour personnes âgées dépendantes", "4401",
                  "Etablissements d'Hébergement pour Personnes Âgées", "SA17", "Etablissement pour personnes âgées",
                  "EHPAD", 9'000, 1'000, kNursingHomeStaff},
    StructureKind{"354", "Service de soins infirmiers à domicile (S.S.I.A.D)", "", "", "SA17",
                  "Etablissement pour personnes âgées", "SSIAD", 32'000, 2'000, kHomeCareStaff},
    StructureKind{"156", "Centre Médico-Psychologique (C.M.P.)", "", "", "SA01", "Etablissement public de santé", "CMP",
                  20'000, 5'000, kMentalHealthStaff},
    StructureKind{"223", "Protection Maternelle et Infantile (P.M.I.)", "2202",
                  "Etablissements de PMI et de Planification Familiale", "SA15", "PMI et Planification familiale",
                  "PMI", 15'000, 3'000, kMotherChildStaff},
    StructureKind{"611", "Laboratoire de Biologie Médicale", "", "", "SA25", "Laboratoire de biologie médicale",
                  "LABORATOIRE", 16'000, 3'000, kLaboratoryStaff},
    StructureKind{"355", "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers", "SA01",
                  "Etablissement public de santé", "CH", 60'000, 15'000, kHospitalStaff},
};

}  // namespace

std::span<const DensityRow> density_rows() { return kDensities; }

std::span<const StructureKind> structure_kinds() { return kStructures; }

std::string_view mode_label(char mode) {
  switch (mode) {
    case 'L': return "Libéral, indépendant, artisan, commerçant";
    case 'S': return "Salarié";
    default: return "Bénévole";
  }
}

}  // namespace maillage::directory::synthetic

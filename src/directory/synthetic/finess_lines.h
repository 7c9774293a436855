// Lines of the FINESS extraction in data.gouv's etalab layout (`etalab_cs1100507`,
// ../shared/brief/FORMATS.md): a first line `finess;etalab;…`, then one `structureet;` record per
// establishment (30 fields and a trailing `;`), then `geolocalisation;` records in Lambert 93.
// Written here in UTF-8; the generator converts the file to Latin-1 as the extraction is.
#pragma once

#include <string>
#include <string_view>

namespace maillage::directory::synthetic {

/// The fields of a `structureet` record, in the file's order.
struct FinessRecord {
  std::string nofinesset, nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie, compvoie,
      lieuditbp, commune, departement, libdepartement, ligneacheminement, telephone, telecopie, categetab,
      libcategetab, categagretab, libcategagretab, siret, codeape, codemft, libmft, codesph, libsph, dateouv,
      dateautor, datemaj;
};

/// The first line: "finess;etalab;1;<date>\n".
std::string finess_first_line(std::string_view date);

/// Appends "structureet;…;\n".
void append_structureet(std::string& out, const FinessRecord& r);

/// Appends "geolocalisation;<finess>;<x>;<y>;<source>;<date>\n" (Lambert 93 metres, 0.1 m).
void append_geolocalisation(std::string& out, std::string_view finess, double x, double y, std::string_view date);

}  // namespace maillage::directory::synthetic

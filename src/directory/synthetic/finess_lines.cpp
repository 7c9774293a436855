#include "directory/synthetic/finess_lines.h"

#include <fmt/format.h>

namespace maillage::directory::synthetic {

std::string finess_first_line(std::string_view date) { return fmt::format("finess;etalab;1;{}\n", date); }

void append_structureet(std::string& out, const FinessRecord& r) {
  out += "structureet";
  for (const std::string* field :
       {&r.nofinesset, &r.nofinessej, &r.rs, &r.rslongue, &r.complrs, &r.compldistrib, &r.numvoie, &r.typvoie,
        &r.voie, &r.compvoie, &r.lieuditbp, &r.commune, &r.departement, &r.libdepartement, &r.ligneacheminement,
        &r.telephone, &r.telecopie, &r.categetab, &r.libcategetab, &r.categagretab, &r.libcategagretab, &r.siret,
        &r.codeape, &r.codemft, &r.libmft, &r.codesph, &r.libsph, &r.dateouv, &r.dateautor, &r.datemaj}) {
    out += ';';
    out += *field;
  }
  out += ";\n";
}

void append_geolocalisation(std::string& out, std::string_view finess, double x, double y, std::string_view date) {
  out += fmt::format("geolocalisation;{};{:.1f};{:.1f};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;{}\n", finess, x, y,
                     date);
}

}  // namespace maillage::directory::synthetic

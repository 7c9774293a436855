#include "directory/synthetic/people.h"

#include <fmt/format.h>

#include "directory/synthetic/identifiers.h"
#include "directory/synthetic/names.h"
#include "platform/util/text.h"

namespace maillage::directory::synthetic {
namespace {

std::string_view pharmacist_section_label(std::string_view section) {
  if (section == "A") return "Pharmacien titulaire d'officine";
  if (section == "D") return "Pharmacien adjoint d'officine et autres exercices";
  if (section == "H") return "Pharmacien des établissements de santé";
  return "";
}

}  // namespace

Address random_address(Random& rng) {
  Address a;
  a.number = 1 + static_cast<int>(rng.below(rng.chance(0.7) ? 60 : 250));
  a.bis = rng.chance(0.05);
  a.type = rng.below(street_types().size());
  a.street = rng.below(street_names().size());
  return a;
}

Person PersonFactory::make(const Profession& profession, const Place& place, double adeli_chance, Random& rng) {
  Person p;
  p.female = rng.chance(profession.female_share);
  auto firsts = p.female ? female_first_names() : male_first_names();
  p.first_name = firsts[rng.below(firsts.size())];
  p.last_name = family_names()[rng.below(family_names().size())];
  if (adeli_chance > 0 && rng.chance(adeli_chance)) {
    auto& rank = adeli_ranks_[place.departement + std::string(profession.code)];
    if (rank < 9'999) {
      p.id_type = "0";
      p.identifier = adeli_number(place.departement, profession.code, ++rank);
      return p;
    }
  }
  p.id_type = "8";
  p.identifier = next_rpps(rng);
  return p;
}

std::string PersonFactory::next_rpps(Random& rng) {
  next_rank_ += 1 + rng.below(6);
  return rpps_number(next_rank_);
}

void fill_activity(RppsLine& line, const Person& person, const Profession& profession, const Site& site,
                   std::string_view pharmacist_section, bool with_email) {
  using C = RppsColumn;
  line.clear();
  line.set(C::id_type, person.id_type);
  line.set(C::id, person.identifier);
  line.set(C::national_id, person.id_type + person.identifier);
  if (profession.code == "10" || profession.code == "40" || profession.code == "21") {
    line.set(C::practice_civility_code, "DR");
    line.set(C::practice_civility, "Docteur");
  }
  line.set(C::civility_code, person.female ? "MME" : "M");
  line.set(C::civility, person.female ? "Madame" : "Monsieur");
  line.set(C::last_name, person.last_name);
  line.set(C::first_name, person.first_name);
  line.set(C::profession_code, profession.code);
  line.set(C::profession, profession.label);
  line.set(C::category_code, "C");
  line.set(C::category, "Civil");
  if (!profession.specialty_code.empty()) {
    line.set(C::specialty_type_code, "S");
    line.set(C::specialty_type, "Spécialité ordinale");
    line.set(C::specialty_code, profession.specialty_code);
    line.set(C::specialty, profession.specialty);
  }
  line.set(C::mode_code, std::string_view(&site.mode, 1));
  line.set(C::mode, mode_label(site.mode));
  line.set(C::siret, site.siret);
  if (site.siret.size() == 14) line.set(C::siren, std::string_view(site.siret).substr(0, 9));
  line.set(C::finess_site, site.finess);
  line.set(C::finess_legal, site.finess_legal);
  line.set(C::structure_id, site.structure_id);
  line.set(C::structure_name, site.name);
  const Place& place = *site.place;
  line.set(C::street_number, std::to_string(site.address.number));
  if (site.address.bis) line.set(C::street_repetition, "B");
  const auto& type = street_types()[site.address.type];
  line.set(C::street_type_code, type.code);
  line.set(C::street_type, type.label);
  line.set(C::street_name, street_names()[site.address.street]);
  line.set(C::cedex_office, place.postcode + " " + place.acheminement);
  line.set(C::postcode, place.postcode);
  line.set(C::commune_code, place.code);
  line.set(C::commune, place.name);
  line.set(C::country_code, "99000");
  line.set(C::country, "France");
  line.set(C::phone, site.phone);
  if (with_email) {
    line.set(C::email, fmt::format("{}.{}@demo.mssante.test", text::slug(person.first_name), text::slug(person.last_name)));
  }
  line.set(C::departement_code, place.departement);
  line.set(C::departement, place.departement_name);
  line.set(C::registration_authority, profession.registration);
  line.set(C::sector_code, site.sector_code);
  line.set(C::sector, site.sector);
  if (!pharmacist_section.empty()) {
    line.set(C::pharmacist_section_code, pharmacist_section);
    line.set(C::pharmacist_section, pharmacist_section_label(pharmacist_section));
  }
}

std::string finess_capitals(std::string_view utf8) {
  std::string s = text::fold(utf8);
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

}  // namespace maillage::directory::synthetic

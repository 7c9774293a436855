#include "directory/synthetic/generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "directory/lambert93.h"
#include "directory/synthetic/finess_lines.h"
#include "directory/synthetic/identifiers.h"
#include "directory/synthetic/names.h"
#include "directory/synthetic/people.h"
#include "directory/synthetic/placement.h"
#include "platform/util/encoding.h"

namespace maillage::directory::synthetic {
namespace {

constexpr double kAdeliShare = 0.5;          // psychologues still identified by ADELI
constexpr double kIndividualCabinetShare = 0.4;  // the others practise in a group cabinet
constexpr double kEmailShare = 0.15;
constexpr std::int64_t kInhabitantsPerGroupCabinet = 4'000;
constexpr double kFullPullPopulation = 2'000;
constexpr std::size_t kFlushBytes = 1 << 20;

// A structure of the FINESS file, as its staff's RPPS sites refer to it.
struct Structure {
  std::size_t kind = 0;
  Site site;  // mode and sector are set per staff member
};

// Pharmacy and EHPAD names; other structures are named after their commune.
constexpr std::string_view kPharmacyNames[] = {"DU MARCHE", "DE LA GARE", "CENTRALE", "DU CENTRE", "DE LA MAIRIE",
                                               "DE L EGLISE", "DU PORT", "DES ECOLES", "DE LA POSTE", "DU PARC"};
constexpr std::string_view kNursingHomeNames[] = {"LES TILLEULS", "LES OLIVIERS", "LES GLYCINES", "LE CLOS FLEURI",
                                                  "LES JARDINS", "RESIDENCE DU PARC", "LES MIMOSAS", "LES CHENES"};

class Generator {
 public:
  Generator(const std::vector<Place>& places, const GeneratorOptions& options, std::ostream& rpps, std::ostream& finess)
      : places_(places), options_(options), rpps_(rpps), finess_(finess), rng_(mix({options.seed, 0})),
        people_(1'000'000 + Random(mix({options.seed, 1})).below(1'000'000)) {}

  GenerationReport run() {
    SetProfile set = profile();
    if (options_.lines && *options_.lines <= static_cast<std::uint64_t>(kMalformedLines)) {
      throw std::invalid_argument(fmt::format("at least {} lines are needed", kMalformedLines + 1));
    }
    if (set.population <= 0) throw std::invalid_argument("the commune set has no inhabitants");
    report_.plan = options_.lines ? plan_for_lines(set, *options_.lines - kMalformedLines) : plan_at(set, 1);
    valid_lines_ = report_.plan.lines();
    for (int i = 1; i <= kMalformedLines; ++i) {
      malformed_at_.push_back(valid_lines_ * static_cast<std::uint64_t>(i) / (kMalformedLines + 1));
    }
    build_departements();
    finess_text_ = finess_first_line(options_.date);
    place_structures();
    out_ = rpps_header() + "\n";
    write_professionals();
    flush(true);
    finess_text_ += geolocations_;
    finess_ << text::utf8_to_latin1(finess_text_);
    if (!rpps_ || !finess_) throw std::runtime_error("writing the generated files failed");
    return std::move(report_);
  }

 private:
  SetProfile profile() const {
    SetProfile set;
    set.has_structure_town.assign(structure_kinds().size(), false);
    for (const auto& p : places_) {
      set.population += p.population;
      if (p.population >= kSpecialistMinPopulation) set.has_specialist_town = true;
      for (std::size_t k = 0; k < structure_kinds().size(); ++k) {
        if (p.population >= structure_kinds()[k].min_population) set.has_structure_town[k] = true;
      }
    }
    return set;
  }

  // A commune's pull: its population, damped below kFullPullPopulation (professionals settle in
  // bourgs more than in hamlets); none below `min_population`.
  std::vector<double> weights(std::int64_t min_population) const {
    std::vector<double> w;
    w.reserve(places_.size());
    for (const auto& p : places_) {
      auto population = static_cast<double>(p.population);
      double damping = std::min(1.0, std::sqrt(population / kFullPullPopulation));
      w.push_back(p.population >= min_population ? population * damping : 0);
    }
    return w;
  }

  // Second sites stay in the département: its places by population, and its hospitals.
  void build_departements() {
    std::map<std::string, std::vector<double>> weights_by_dep;
    for (std::size_t i = 0; i < places_.size(); ++i) {
      auto& d = departements_[places_[i].departement];
      d.places.push_back(i);
      weights_by_dep[places_[i].departement].push_back(static_cast<double>(places_[i].population));
    }
    for (auto& [code, d] : departements_) d.picker = WeightedPicker(weights_by_dep[code]);
    place_departement_.resize(places_.size());
    for (std::size_t i = 0; i < places_.size(); ++i) place_departement_[i] = &departements_.at(places_[i].departement);
  }

  std::string phone_for(const Place& place, std::uint64_t key) const {
    return fictional_phone(place.region, mix({options_.seed, 2, key}) % 10'000);
  }

  // --- Structures (FINESS) ---------------------------------------------------------------------

  void place_structures() {
    auto kinds = structure_kinds();
    structures_at_.assign(places_.size(), {});
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      auto w = weights(kinds[k].min_population);
      auto counts = spread(w, report_.plan.structures[k], rng_);
      for (std::size_t p = 0; p < places_.size(); ++p) {
        for (std::uint32_t n = 0; n < counts[p]; ++n) add_structure(k, p, n + 1, counts[p]);
      }
    }
  }

  void add_structure(std::size_t kind_index, std::size_t place_index, std::uint32_t rank, std::uint32_t of) {
    const StructureKind& kind = structure_kinds()[kind_index];
    const Place& place = places_[place_index];
    std::uint64_t et = ++finess_ranks_[place.departement];  // FINESS ranks run per département
    std::uint64_t ej = 500'000 + et;
    Structure s;
    s.kind = kind_index;
    s.site.place = &place;
    s.site.finess = finess_number(place.departement, et);
    s.site.finess_legal = finess_number(place.departement, ej);
    s.site.structure_id = "F" + s.site.finess;
    s.site.siret = siret_number(3'000'000'000'000ULL + structures_.size());
    s.site.address = random_address(rng_);
    s.site.phone = phone_for(place, 3'000'000'000ULL + structures_.size());

    std::string town = place.acheminement.empty() ? finess_capitals(place.name) : place.acheminement;
    std::string rs, long_name;
    if (kind.category == "620") {
      rs = rng_.chance(0.5) ? fmt::format("PHARMACIE {}", kPharmacyNames[rng_.below(std::size(kPharmacyNames))])
                            : fmt::format("PHARMACIE {}", finess_capitals(family_names()[rng_.below(family_names().size())]));
    } else if (kind.category == "500") {
      rs = fmt::format("EHPAD {}", kNursingHomeNames[rng_.below(std::size(kNursingHomeNames))]);
    } else {
      rs = of > 1 ? fmt::format("{} DE {} {}", kind.short_name, town, rank) : fmt::format("{} DE {}", kind.short_name, town);
    }
    if (kind.category == "355") long_name = fmt::format("CENTRE HOSPITALIER DE {}", town);
    s.site.name = rs;

    FinessRecord r;
    r.nofinesset = s.site.finess;
    r.nofinessej = s.site.finess_legal;
    r.rs = rs;
    r.rslongue = long_name.empty() ? rs : long_name;
    r.numvoie = std::to_string(s.site.address.number);
    if (s.site.address.bis) r.compvoie = "B";
    r.typvoie = street_types()[s.site.address.type].code;
    r.voie = finess_capitals(street_names()[s.site.address.street]);
    r.commune = place.code.size() == 5 ? place.code.substr(2) : place.code;
    r.departement = finess_departement(place.departement);
    r.libdepartement = finess_capitals(place.departement_name);
    r.ligneacheminement = fmt::format("{} {}", place.postcode, town);
    r.telephone = s.site.phone;
    r.categetab = kind.category;
    r.libcategetab = kind.label;
    r.categagretab = kind.aggregate;
    r.libcategagretab = kind.aggregate_label;
    r.siret = s.site.siret;
    int year = 1970 + static_cast<int>(rng_.below(53));
    r.dateouv = fmt::format("{}-{:02}-{:02}", year, 1 + rng_.below(12), 1 + rng_.below(28));
    r.dateautor = r.dateouv;
    r.datemaj = options_.date;
    append_structureet(finess_text_, r);
    ++report_.structures;

    if (place.metropolitan && place.point) {
      double x = 0, y = 0;
      wgs84_to_lambert93({place.point->latitude + (rng_.unit() - 0.5) * 0.01,
                          place.point->longitude + (rng_.unit() - 0.5) * 0.014},
                         x, y);
      append_geolocalisation(geolocations_, s.site.finess, x, y, options_.date);
      ++report_.geolocated;
    }
    structures_at_[place_index].push_back(structures_.size());
    if (kind.category == "355") place_departement_[place_index]->hospitals.push_back(structures_.size());
    structures_.push_back(std::move(s));
  }

  // --- Professionals (RPPS) --------------------------------------------------------------------

  void write_professionals() {
    auto rows = density_rows();
    std::vector<std::vector<std::uint32_t>> counts;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      auto min_population = rows[r].practice == Practice::specialist ? kSpecialistMinPopulation : 0;
      counts.push_back(spread(weights(min_population), report_.plan.professionals[r], rng_));
    }
    auto extra_nurses = spread(weights(0), report_.plan.extra_nurses, rng_);
    std::size_t nurse_row = 0;
    while (rows[nurse_row].profession.code != "60") ++nurse_row;
    seen_in_row_.assign(rows.size(), 0);

    for (std::size_t p = 0; p < places_.size(); ++p) {
      for (std::size_t s : structures_at_[p]) write_staff(structures_[s]);
      for (std::size_t r = 0; r < rows.size(); ++r) {
        std::uint32_t n = counts[r][p] + (r == nurse_row ? extra_nurses[p] : 0);
        for (std::uint32_t i = 0; i < n; ++i) write_practitioner(r, p);
      }
    }
  }

  void write_staff(const Structure& s) {
    const StructureKind& kind = structure_kinds()[s.kind];
    Site site = s.site;
    site.sector_code = kind.sector_code;
    site.sector = kind.sector;
    for (const auto& staff : kind.staff) {
      site.mode = staff.mode;
      for (int i = 0; i < staff.count; ++i) {
        Person person = people_.make(staff.profession, *site.place, 0, rng_);
        emit(person, staff.profession, site, staff.pharmacist_section);
      }
    }
  }

  void write_practitioner(std::size_t row_index, std::size_t place_index) {
    const DensityRow& row = density_rows()[row_index];
    const Place& place = places_[place_index];
    Person person = people_.make(row.profession, place, row.adeli_share ? kAdeliShare : 0, rng_);
    Site first = practice_site(row, place_index);
    emit(person, row.profession, first, "");

    // The k-th professional of the row has a second site when ⌊(k+1)·M/T⌋ > ⌊k·M/T⌋: exactly M
    // of the T professionals of the plan, spread evenly (the nurses added on top have none).
    std::uint64_t k = seen_in_row_[row_index]++;
    std::uint64_t total = report_.plan.professionals[row_index], seconds = report_.plan.second_sites[row_index];
    if (k >= total || (k + 1) * seconds / total == k * seconds / total) return;
    emit(person, row.profession, second_site(row, place_index, first), "");
    ++report_.second_sites;
  }

  Site practice_site(const DensityRow& row, std::size_t place_index) {
    const Place& place = places_[place_index];
    if (row.practice == Practice::cabinet) {
      std::vector<std::size_t> msps;
      for (std::size_t s : structures_at_[place_index]) {
        if (structure_kinds()[structures_[s].kind].hosts_cabinet_professionals) msps.push_back(s);
      }
      if (!msps.empty() && rng_.chance(kMspShare)) {
        Site site = structures_[msps[rng_.below(msps.size())]].site;
        site.mode = 'L';
        site.sector_code = "SA08";
        site.sector = "Cabinet de groupe";
        return site;
      }
    }
    if (rng_.chance(kIndividualCabinetShare)) return individual_cabinet(place);
    std::uint64_t groups = 1 + static_cast<std::uint64_t>(static_cast<double>(place.population) * report_.plan.scale /
                                                          kInhabitantsPerGroupCabinet);
    return group_cabinet(place_index, rng_.below(groups));
  }

  // Specialists see patients at the département's hospital when it has one; the others at a
  // cabinet of another commune of their département (or another cabinet of theirs).
  Site second_site(const DensityRow& row, std::size_t place_index, const Site& first) {
    const Departement& dep = *place_departement_[place_index];
    if (row.practice == Practice::specialist && !dep.hospitals.empty()) {
      const Structure& hospital = structures_[dep.hospitals[rng_.below(dep.hospitals.size())]];
      Site site = hospital.site;
      site.mode = 'S';
      site.sector_code = structure_kinds()[hospital.kind].sector_code;
      site.sector = structure_kinds()[hospital.kind].sector;
      if (site.structure_id != first.structure_id) return site;
    }
    std::size_t other = dep.places[dep.picker.pick(rng_)];
    if (other == place_index) return individual_cabinet(places_[other]);
    return group_cabinet(other, 0);
  }

  Site individual_cabinet(const Place& place) {
    std::uint64_t n = ++individual_cabinets_;
    Site site;
    site.place = &place;
    site.sector_code = "SA07";
    site.sector = "Cabinet individuel";
    site.structure_id = fmt::format("R1{:013}", n);
    if (rng_.chance(0.5)) site.siret = siret_number(1'000'000'000'000ULL + n);
    site.address = random_address(rng_);
    site.phone = phone_for(place, n);
    return site;
  }

  // A group cabinet is the same for everyone practising there: derived from (place, number).
  Site group_cabinet(std::size_t place_index, std::uint64_t number) const {
    const Place& place = places_[place_index];
    Random r(mix({options_.seed, 3, place_index, number}));
    Site site;
    site.place = &place;
    site.sector_code = "SA08";
    site.sector = "Cabinet de groupe";
    site.structure_id = fmt::format("R2{:07}{:06}", place_index, number);
    site.siret = siret_number(2'000'000'000'000ULL + place_index * 1'000'000 + number);
    site.address = random_address(r);
    site.name = fmt::format("SCM {}", street_names()[site.address.street]);
    site.phone = phone_for(place, 2'000'000'000ULL + place_index * 1'000'000 + number);
    return site;
  }

  // --- Output ----------------------------------------------------------------------------------

  void emit(const Person& person, const Profession& profession, const Site& site, std::string_view section) {
    fill_activity(line_, person, profession, site, section, rng_.chance(kEmailShare));
    if (next_malformed_ < malformed_at_.size() && malformed_at_[next_malformed_] == emitted_valid_) write_malformed();
    line_.append_to(out_);
    ++emitted_valid_;
    ++report_.rpps_lines;
    flush(false);
    count_professional(person, profession);
  }

  // A professional counts once, at the line of their first site (their lines are consecutive).
  void count_professional(const Person& person, const Profession& profession) {
    if (person.identifier == last_identifier_) return;
    last_identifier_ = person.identifier;
    ++report_.professionals;
    ++report_.professionals_by_profession[std::string(profession.code)];
  }

  // A copy of the line about to be written, for another person, with one defect.
  void write_malformed() {
    using C = RppsColumn;
    RppsLine bad = line_;
    std::string id = people_.next_rpps(rng_);
    bad.set(C::id, id);
    bad.set(C::national_id, "8" + id);
    bool short_line = false;
    std::string defect;
    switch (next_malformed_ % 4) {
      case 0:
        short_line = true;
        defect = "a field missing (51 fields)";
        break;
      case 1:
        bad.set(C::id, "");
        bad.set(C::national_id, "");
        defect = "no Identifiant PP";
        break;
      case 2:
        bad.set(C::last_name, bad.get(C::last_name) + "|" + bad.get(C::first_name));
        defect = "a field too many (53 fields)";
        break;
      default:
        bad.set(C::last_name, "");
        defect = "no Nom d'exercice";
        break;
    }
    bad.append_to(out_, short_line);
    ++report_.rpps_lines;
    report_.malformed.push_back({static_cast<std::size_t>(report_.rpps_lines + 1), defect});
    ++next_malformed_;
  }

  void flush(bool always) {
    if (!always && out_.size() < kFlushBytes) return;
    rpps_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }

  struct Departement {
    std::vector<std::size_t> places;
    WeightedPicker picker{std::span<const double>{}};
    std::vector<std::size_t> hospitals;
  };

  const std::vector<Place>& places_;
  const GeneratorOptions& options_;
  std::ostream& rpps_;
  std::ostream& finess_;
  Random rng_;
  PersonFactory people_;
  GenerationReport report_;

  std::uint64_t valid_lines_ = 0, emitted_valid_ = 0;
  std::vector<std::uint64_t> malformed_at_;  // before which valid line each malformed one goes
  std::size_t next_malformed_ = 0;

  std::map<std::string, Departement> departements_;
  std::vector<Departement*> place_departement_;
  std::map<std::string, std::uint64_t> finess_ranks_;
  std::vector<Structure> structures_;
  std::vector<std::vector<std::size_t>> structures_at_;
  std::vector<std::uint64_t> seen_in_row_;
  std::uint64_t individual_cabinets_ = 0;

  RppsLine line_;
  std::string out_, finess_text_, geolocations_;
  std::string last_identifier_;
};

}  // namespace

GenerationReport generate_directory(const std::vector<Place>& places, const GeneratorOptions& options,
                                    std::ostream& rpps, std::ostream& finess) {
  return Generator(places, options, rpps, finess).run();
}

}  // namespace maillage::directory::synthetic

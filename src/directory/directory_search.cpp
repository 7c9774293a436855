#include "directory/directory_search.h"

#include <algorithm>
#include <set>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "directory/search_index.h"
#include "platform/util/text.h"
#include "territory/selection.h"

namespace maillage::directory {
namespace {

constexpr std::string_view kProfessionalColumns =
    "p.national_id, p.id_type, p.identifier, p.civility_code, p.civility, p.last_name, p.first_name,"
    " p.profession_code, p.profession, p.category_code, p.category, p.languages, p.teleconsultation";
constexpr int kSiteColumn = 13;  // index of the first site column after the professional's
constexpr std::string_view kSiteColumns =
    "s.site_key, s.mode_code, s.mode, s.sector_code, s.sector, s.specialty_type, s.specialty_code, s.specialty,"
    " s.siret, s.finess_site, s.finess_legal, s.structure_name, s.address, s.postcode, s.commune_code, s.commune,"
    " s.departement, s.phone, s.phone2, s.email, s.accepts_new_patients, s.accepts_updated_at, s.snp,"
    " s.extended_hours, s.direct_phone";
constexpr std::string_view kStructureColumns =
    "finess, finess_legal, name, long_name, category_code, category, address, postcode, commune_code, commune,"
    " departement, phone, siret, latitude, longitude";

std::string text_at(const db::Statement& st, int i) { return st.is_null(i) ? std::string() : st.text(i); }

std::optional<bool> flag_at(const db::Statement& st, int i) {
  if (st.is_null(i)) return std::nullopt;
  return st.int64(i) != 0;
}

ProfessionalHit read_professional(const db::Statement& st) {
  ProfessionalHit hit;
  auto& p = hit.professional;
  p.national_id = text_at(st, 0);
  p.id_type = text_at(st, 1);
  p.identifier = text_at(st, 2);
  p.civility_code = text_at(st, 3);
  p.civility = text_at(st, 4);
  p.last_name = text_at(st, 5);
  p.first_name = text_at(st, 6);
  p.profession_code = text_at(st, 7);
  p.profession = text_at(st, 8);
  p.category_code = text_at(st, 9);
  p.category = text_at(st, 10);
  hit.languages = text_at(st, 11);
  hit.teleconsultation = flag_at(st, 12);
  return hit;
}

SiteHit read_site(const db::Statement& st, int first_column) {
  int i = first_column;
  SiteHit hit;
  auto& s = hit.site;
  for (std::string* field : {&s.site_key, &s.mode_code, &s.mode, &s.sector_code, &s.sector, &s.specialty_type,
                             &s.specialty_code, &s.specialty, &s.siret, &s.finess_site, &s.finess_legal,
                             &s.structure_name, &s.address, &s.postcode, &s.commune_code, &s.commune,
                             &s.departement, &s.phone, &s.phone2, &s.email}) {
    *field = text_at(st, i++);
  }
  hit.capacity.accepts_new_patients = text_at(st, i++);
  hit.capacity.accepts_updated_at = text_at(st, i++);
  hit.capacity.snp = flag_at(st, i++);
  hit.capacity.extended_hours = flag_at(st, i++);
  hit.capacity.direct_phone = text_at(st, i++);
  return hit;
}

StructureHit read_structure(const db::Statement& st) {
  StructureHit h;
  int i = 0;
  for (std::string* field : {&h.finess, &h.finess_legal, &h.name, &h.long_name, &h.category_code, &h.category,
                             &h.address, &h.postcode, &h.commune_code, &h.commune, &h.departement, &h.phone,
                             &h.siret}) {
    *field = text_at(st, i++);
  }
  h.latitude = st.optional_real(i++);
  h.longitude = st.optional_real(i++);
  return h;
}

std::string json_array(const std::vector<std::string>& values) {
  boost::json::array a;
  for (const auto& v : values) a.emplace_back(v);
  return boost::json::serialize(a);
}

/// A WHERE clause built from the query's criteria, with its bound values in order.
struct Filter {
  std::string sql;
  std::vector<db::Value> values;

  void add(std::string condition, std::vector<db::Value> bound = {}) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += condition;
    values.insert(values.end(), bound.begin(), bound.end());
  }
};

// Site-level criteria: capacity, specialty (held by the site's activity line).
void add_site_criteria(Filter& f, const DirectoryQuery& q) {
  if (!q.specialty.empty()) f.add("s.specialty_code = ?", {q.specialty});
  if (q.accepts_new_patients) {
    f.add(*q.accepts_new_patients ? "(s.accepts_new_patients = 'yes' OR CAST(s.accepts_new_patients AS INTEGER) > 0)"
                                  : "(s.accepts_new_patients = 'no' OR s.accepts_new_patients = '0')");
  }
  if (q.snp) f.add(*q.snp ? "s.snp = 1" : "coalesce(s.snp, 0) = 0");
}

/// The places a site must be in: the query's places, its circle, or both (then both apply).
std::optional<Places> wanted_places(const referential::Referential& ref, const DirectoryQuery& q) {
  if (!q.near) return q.places;
  Places circle = places_in_circle(ref, *q.near);
  if (!q.places) return circle;
  Places both;
  for (const auto& code : q.places->communes) {
    if (circle.communes.contains(code)) both.communes.insert(code);
  }
  for (const auto& part : q.places->parts) {
    if (circle.communes.contains(part.first)) both.parts.insert(part);
  }
  return both;
}

std::optional<double> distance_to(const std::optional<Circle>& near, std::optional<referential::Coordinates> point) {
  if (!near || !point) return std::nullopt;
  return territory::distance_km(near->latitude, near->longitude, point->latitude, point->longitude);
}

/// Sorts by distance when the query has a point (unknown distances last), else by `name_key`,
/// and keeps the page asked for.
template <class Hit, class NameKey>
DirectoryPage<Hit> page_of(std::vector<Hit> hits, const DirectoryQuery& q, NameKey name_key) {
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(hits.size());
  for (std::size_t i = 0; i < hits.size(); ++i) keys.emplace_back(name_key(hits[i]), i);
  auto by_name = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (q.near) {
    std::stable_sort(keys.begin(), keys.end(), by_name);
    std::stable_sort(keys.begin(), keys.end(), [&hits](const auto& a, const auto& b) {
      const auto& da = hits[a.second].distance_km;
      const auto& db = hits[b.second].distance_km;
      if (da.has_value() != db.has_value()) return da.has_value();
      return da && *da < *db;
    });
  } else {
    std::sort(keys.begin(), keys.end(), by_name);
  }
  DirectoryPage<Hit> page;
  page.total = hits.size();
  for (std::size_t i = q.offset; i < keys.size() && page.items.size() < q.limit; ++i) {
    page.items.push_back(std::move(hits[keys[i].second]));
  }
  page.more = q.offset + page.items.size() < keys.size();
  return page;
}

std::vector<SiteHit> sites_of(db::Connection& c, const std::string& national_id, const Filter& site_filter) {
  Filter f = site_filter;
  f.add("s.professional_id = ?", {national_id});
  auto& st = c.prepare(fmt::format("SELECT {} FROM practice_sites s{} ORDER BY s.site_key", kSiteColumns, f.sql));
  st.bind_values(f.values);
  std::vector<SiteHit> sites;
  while (st.step()) sites.push_back(read_site(st, 0));
  return sites;
}

/// The professional of rank `rank` in name order (professionals_text's rowid), without sites.
ProfessionalHit professional_of_rank(db::Connection& c, std::int64_t rank) {
  auto& st = c.query(fmt::format("SELECT {} FROM professionals_text t JOIN professionals p"
                                 " ON p.national_id = t.national_id WHERE t.rowid = ?",
                                 kProfessionalColumns),
                     rank);
  if (!st.step()) throw db::DbError("the directory search index is out of step with the directory");
  return read_professional(st);
}

/// Counting stops here: a total above it is reported as "more than".
constexpr std::size_t kCountLimit = 10'000;

/// The professionals of the ranks `next_rank` gives (in name order) with their sites matching
/// `site_filter`; those without such a site are skipped. Fills `page` from the query's offset,
/// stopping after a page and one more.
template <class NextRank>
void fill_in_name_order(db::Connection& c, const DirectoryQuery& q, const Filter& site_filter, NextRank next_rank,
                        DirectoryPage<ProfessionalHit>& page) {
  std::size_t kept = 0;
  while (auto rank = next_rank()) {
    ProfessionalHit hit = professional_of_rank(c, *rank);
    hit.sites = sites_of(c, hit.professional.national_id, site_filter);
    if (hit.sites.empty() || kept++ < q.offset) continue;
    if (page.items.size() == q.limit) {
      page.more = true;
      return;
    }
    page.items.push_back(std::move(hit));
  }
}

/// No place asked: the matches are read in name order from the full-text index (or, for a
/// capacity criterion, from the few declaring sites), stopping at the page's end.
DirectoryPage<ProfessionalHit> in_name_order(db::Connection& c, const DirectoryQuery& q, const std::string& fts) {
  Filter site_filter;
  add_site_criteria(site_filter, q);
  std::string where = fts.empty() ? "" : " WHERE professionals_text MATCH ?";
  DirectoryPage<ProfessionalHit> page;
  if (!q.accepts_new_patients && !q.snp) {
    // Every match has a site of the specialty asked (its code token comes from one): SQL pages.
    auto& st = c.prepare(fmt::format("SELECT rowid FROM professionals_text{} ORDER BY rowid LIMIT ? OFFSET ?", where));
    int next = 1;
    if (!fts.empty()) st.bind(next++, db::Value(fts));
    st.bind(next, db::Value(static_cast<std::int64_t>(q.limit + 1)));
    st.bind(next + 1, db::Value(static_cast<std::int64_t>(q.offset)));
    std::vector<std::int64_t> ranks;
    while (st.step()) ranks.push_back(st.int64(0));
    page.more = ranks.size() > q.limit;
    if (page.more) ranks.pop_back();
    for (auto rank : ranks) {
      page.items.push_back(professional_of_rank(c, rank));
      page.items.back().sites = sites_of(c, page.items.back().professional.national_id, site_filter);
    }
    auto& count = c.prepare(
        fmt::format("SELECT count(*) FROM (SELECT 1 FROM professionals_text{} LIMIT {})", where, kCountLimit + 1));
    if (!fts.empty()) count.bind(1, db::Value(fts));
    count.step();
    auto counted = static_cast<std::size_t>(count.int64(0));
    if (counted > kCountLimit) page.more_than = kCountLimit;
    else page.total = counted;
    return page;
  }
  // A capacity criterion: sites declare it by hand, so few carry it. Walk them in name order
  // (partial indexes of migration 0015), each candidate checked against the words; "does not take
  // part in unscheduled care" holds for nearly everyone: walk the matches and check their sites.
  // The total stays unknown.
  std::string driver;
  if (q.accepts_new_patients) driver = fmt::format("accepts_new_patients = {}", *q.accepts_new_patients ? 1 : 0);
  else if (*q.snp) driver = "snp = 1";
  if (driver.empty()) {
    auto& st = c.prepare(fmt::format("SELECT rowid FROM professionals_text{} ORDER BY rowid", where));
    if (!fts.empty()) st.bind(1, db::Value(fts));
    fill_in_name_order(c, q, site_filter, [&st]() { return st.step() ? std::optional(st.int64(0)) : std::nullopt; },
                       page);
    return page;
  }
  auto& st = c.prepare(fmt::format("SELECT DISTINCT name_rank FROM directory_places WHERE {} ORDER BY name_rank", driver));
  auto next_rank = [&]() -> std::optional<std::int64_t> {
    while (st.step()) {
      std::int64_t rank = st.int64(0);
      if (fts.empty()) return rank;
      if (c.query("SELECT 1 FROM professionals_text WHERE professionals_text MATCH ? AND rowid = ?", fts, rank).step()) {
        return rank;
      }
    }
    return std::nullopt;
  };
  fill_in_name_order(c, q, site_filter, next_rank, page);
  return page;
}

/// A commune of the place asked, with what a site there must also satisfy.
struct PlaceCommune {
  std::string code;
  bool whole = true;                   // else only the postcodes of `parts`
  std::set<std::string> postcodes;     // of the parts, when not whole
  std::optional<double> distance_km;  // from the query's point
};

/// One practice site that qualifies: its professional's rank, the commune (index in the place's
/// list) and the site.
struct SiteRow {
  std::int64_t rank = 0;
  std::size_t commune = 0;
  std::int64_t site_rowid = 0;
};

/// The columns of directory_places a search by place reads, always at these positions:
/// name_rank, site_rowid, postcode, specialty_code, accepts_new_patients, snp, profession_code,
/// commune_code. Those the query does not need are read as NULL: SQLite then decodes less of
/// each of the thousands of rows a city holds.
std::string place_columns(const DirectoryQuery& q, bool parts, bool words) {
  auto column = [](bool needed, std::string_view name) { return needed ? std::string(name) : std::string("NULL"); };
  return fmt::format("name_rank, site_rowid, {}, {}, {}, {}, {}, commune_code", column(parts, "postcode"),
                     column(words || !q.specialty.empty(), "specialty_code"),
                     column(q.accepts_new_patients.has_value(), "accepts_new_patients"), column(q.snp.has_value(), "snp"),
                     column(words, "profession_code"));
}

/// Keeps the directory_places rows (place_columns) of sites meeting the query's site criteria.
class SiteCriteria {
 public:
  explicit SiteCriteria(const DirectoryQuery& q) : q_(q) {}

  bool keep(const db::Statement& st, const PlaceCommune& commune) const {
    if (!commune.whole && !commune.postcodes.contains(text_at(st, 2))) return false;
    if (!q_.specialty.empty() && text_at(st, 3) != q_.specialty) return false;
    if (q_.accepts_new_patients && (st.is_null(4) || (st.int64(4) != 0) != *q_.accepts_new_patients)) return false;
    if (q_.snp && (!st.is_null(5) && st.int64(5) != 0) != *q_.snp) return false;
    return true;
  }

 private:
  const DirectoryQuery& q_;
};

/// The place's communes, nearest first when the query has a point; those out of its radius left.
std::vector<PlaceCommune> place_communes(const referential::Referential& ref, const DirectoryQuery& q,
                                         const Places& places) {
  std::vector<PlaceCommune> out;
  for (const auto& code : places.commune_codes()) {
    PlaceCommune commune{.code = code, .whole = places.communes.contains(code)};
    if (!commune.whole) {
      for (const auto& [c, postcode] : places.parts) {
        if (c == code) commune.postcodes.insert(postcode);
      }
    }
    commune.distance_km = distance_to(q.near, site_point(ref, code));
    if (q.near && !(commune.distance_km && *commune.distance_km <= q.near->radius_km)) continue;
    out.push_back(std::move(commune));
  }
  return out;
}

/// The sites of the place's communes, of the professions given (every profession when empty),
/// each given to `row(statement, commune index)`.
template <class Row>
void scan_communes(db::Connection& c, const std::string& columns, const std::vector<PlaceCommune>& communes,
                   const std::set<std::string>& professions, Row row) {
  for (std::size_t i = 0; i < communes.size(); ++i) {
    if (professions.empty()) {
      auto& st = c.query(fmt::format("SELECT {} FROM directory_places WHERE commune_code = ?", columns),
                         communes[i].code);
      while (st.step()) row(st, i);
      continue;
    }
    for (const auto& profession : professions) {
      auto& st = c.query(fmt::format("SELECT {} FROM directory_places WHERE commune_code = ? AND profession_code = ?",
                                     columns),
                         communes[i].code, profession);
      while (st.step()) row(st, i);
    }
  }
}

/// The words' matches among a place's sites: each word must name the site's profession or
/// specialty, or start one of its professional's names (read from the full-text index, which holds
/// names only: few, even for a common name).
class WordMatcher {
 public:
  WordMatcher(db::Connection& c, const std::vector<SearchWord>& words) : words_(words) {
    for (const auto& w : words) {
      auto& st = c.query("SELECT rowid FROM professionals_text WHERE professionals_text MATCH ? ORDER BY rowid",
                         fts_names_query(w));
      names_.emplace_back();
      while (st.step()) names_.back().push_back(st.int64(0));
    }
  }

  /// The professionals whose names start with word `i`, in rank order.
  const std::vector<std::int64_t>& names(std::size_t i) const { return names_[i]; }

  /// Reads a row of place_columns.
  bool keep(const db::Statement& st) const {
    if (words_.empty()) return true;
    std::int64_t rank = st.int64(0);
    std::string specialty = text_at(st, 3), profession = text_at(st, 6);
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const SearchWord& w = words_[i];
      if (!w.professions.contains(profession) && !w.specialties.contains(specialty) &&
          !std::binary_search(names_[i].begin(), names_[i].end(), rank)) {
        return false;
      }
    }
    return true;
  }

 private:
  const std::vector<SearchWord>& words_;
  std::vector<std::vector<std::int64_t>> names_;
};

/// Up to this many professionals, reading their sites one professional at a time beats scanning a
/// place's sites.
constexpr std::size_t kLookupLimit = 500;

/// A place asked (commune, territory, radius). The sites of its communes are read from
/// directory_places (clustered by commune and profession, small rows), filtered, grouped by
/// professional and sorted; whole rows are read for the page only. With words, the reading is
/// narrowed by the word that narrows most: a rare name is read professional by professional; a
/// profession word ("kiné") scans the place's sites of that profession only.
DirectoryPage<ProfessionalHit> by_place(db::Connection& c, const referential::Referential& ref, const DirectoryQuery& q,
                                        const Places& places, const std::vector<SearchWord>& words) {
  std::vector<PlaceCommune> communes = place_communes(ref, q, places);
  SiteCriteria criteria(q);
  WordMatcher matcher(c, words);
  std::vector<SiteRow> rows;
  auto take = [&](const db::Statement& st, std::size_t commune) {
    if (criteria.keep(st, communes[commune]) && matcher.keep(st)) rows.push_back({st.int64(0), commune, st.int64(1)});
  };
  // How the sites are read: the place's sites scanned (of some professions, or of all), and the
  // sites of a few professionals read one by one.
  bool scan = true;
  std::set<std::string> professions;  // scanned; every one when empty
  if (!q.profession.empty()) professions.insert(q.profession);
  std::vector<std::int64_t> lookups;
  std::optional<std::size_t> name_word, profession_word;  // the narrowest of each kind
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto& best = words[i].names_codes() ? profession_word : name_word;
    if (!best || matcher.names(i).size() < matcher.names(*best).size()) best = i;
  }
  if (name_word && matcher.names(*name_word).size() <= kLookupLimit) {
    scan = false;
    lookups = matcher.names(*name_word);
  } else if (profession_word && matcher.names(*profession_word).size() <= kLookupLimit) {
    std::set<std::string> carriers = words[*profession_word].carriers;
    if (!q.profession.empty()) std::erase_if(carriers, [&q](const std::string& p) { return p != q.profession; });
    scan = !carriers.empty();
    professions = std::move(carriers);
    lookups = matcher.names(*profession_word);
  }
  bool parts = std::any_of(communes.begin(), communes.end(), [](const PlaceCommune& p) { return !p.whole; });
  // Lookups skip the sites of the professions scanned: they read the profession.
  std::string columns = place_columns(q, parts, !words.empty());
  if (scan) scan_communes(c, columns, communes, professions, take);
  if (!lookups.empty()) {
    std::unordered_map<std::string, std::size_t> commune_index;
    for (std::size_t i = 0; i < communes.size(); ++i) commune_index.emplace(communes[i].code, i);
    std::string sql = fmt::format("SELECT {} FROM directory_places WHERE name_rank = ?", columns);
    for (auto rank : lookups) {
      auto& st = c.query(sql, rank);
      while (st.step()) {
        std::string profession = text_at(st, 6);
        if (!q.profession.empty() && profession != q.profession) continue;
        if (scan && professions.contains(profession)) continue;  // read by the scan
        auto found = commune_index.find(text_at(st, 7));
        if (found != commune_index.end()) take(st, found->second);
      }
    }
  }

  // One match per professional: its qualifying sites and the distance of the nearest.
  std::sort(rows.begin(), rows.end(), [](const SiteRow& a, const SiteRow& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.site_rowid < b.site_rowid;
  });
  struct Match {
    std::size_t first = 0, end = 0;  // its rows
    std::optional<double> distance_km;
  };
  std::vector<Match> matches;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || rows[i].rank != rows[i - 1].rank) matches.push_back({i, i});
    Match& m = matches.back();
    m.end = i + 1;
    const auto& d = communes[rows[i].commune].distance_km;
    if (d && (!m.distance_km || *d < *m.distance_km)) m.distance_km = d;
  }
  if (q.near) {
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
      if (a.distance_km.has_value() != b.distance_km.has_value()) return a.distance_km.has_value();
      return a.distance_km && *a.distance_km < *b.distance_km;
    });
  }
  DirectoryPage<ProfessionalHit> page;
  page.total = matches.size();
  std::string site_sql = fmt::format("SELECT {} FROM practice_sites s WHERE s.rowid = ?", kSiteColumns);
  for (std::size_t i = q.offset; i < matches.size() && page.items.size() < q.limit; ++i) {
    const Match& m = matches[i];
    ProfessionalHit hit = professional_of_rank(c, rows[m.first].rank);
    hit.distance_km = m.distance_km;
    for (std::size_t r = m.first; r < m.end; ++r) {
      auto& site = c.query(site_sql, rows[r].site_rowid);
      if (site.step()) {
        hit.sites.push_back(read_site(site, 0));
        hit.sites.back().distance_km = communes[rows[r].commune].distance_km;
      }
    }
    std::sort(hit.sites.begin(), hit.sites.end(),
              [](const SiteHit& a, const SiteHit& b) { return a.site.site_key < b.site.site_key; });
    page.items.push_back(std::move(hit));
  }
  page.more = q.offset + page.items.size() < matches.size();
  return page;
}

}  // namespace

DirectoryPage<ProfessionalHit> search_professionals(db::Connection& c, const referential::Referential& ref,
                                                    const DirectoryQuery& q) {
  std::vector<SearchWord> words;
  if (!q.text.empty()) words = search_words(q.text, load_search_labels(c));
  auto places = wanted_places(ref, q);
  if (!places) return in_name_order(c, q, fts_query(words, q.profession, q.specialty));
  return by_place(c, ref, q, *places, words);
}

DirectoryPage<StructureHit> search_structures(db::Connection& c, const referential::Referential& ref,
                                              const DirectoryQuery& q) {
  auto places = wanted_places(ref, q);
  std::string words;  // every word, as a prefix of the names or category
  for (const auto& w : search_words(q.text, {})) words += fmt::format("{}\"{}\"*", words.empty() ? "" : " ", w.prefix);
  Filter f;
  if (places) f.add("commune_code IN (SELECT value FROM json_each(?))", {json_array(places->commune_codes())});
  if (!words.empty()) f.add("rowid IN (SELECT rowid FROM structures_text WHERE structures_text MATCH ?)", {words});
  if (!q.specialty.empty()) f.add("category_code = ?", {q.specialty});
  auto& st = c.prepare(fmt::format("SELECT {} FROM structures{}", kStructureColumns, f.sql));
  st.bind_values(f.values);
  std::vector<StructureHit> hits;
  while (st.step()) {
    StructureHit h = read_structure(st);
    if (places && !places->contains(h.commune_code, h.postcode)) continue;
    std::optional<referential::Coordinates> point = site_point(ref, h.commune_code);
    if (h.latitude && h.longitude) point = referential::Coordinates{*h.latitude, *h.longitude};
    h.distance_km = distance_to(q.near, point);
    if (q.near && !(h.distance_km && *h.distance_km <= q.near->radius_km)) continue;
    hits.push_back(std::move(h));
  }
  return page_of(std::move(hits), q, [](const StructureHit& h) { return fmt::format("{}\x01{}", text::fold(h.name), h.finess); });
}

std::optional<ProfessionalHit> find_professional(db::Connection& c, const std::string& national_id) {
  auto& st = c.query(fmt::format("SELECT {} FROM professionals p WHERE p.national_id = ?", kProfessionalColumns),
                     national_id);
  if (!st.step()) return std::nullopt;
  ProfessionalHit hit = read_professional(st);
  hit.sites = sites_of(c, national_id, {});
  return hit;
}

std::optional<StructureHit> find_structure(db::Connection& c, const std::string& finess) {
  auto& st = c.query(fmt::format("SELECT {} FROM structures WHERE finess = ?", kStructureColumns), finess);
  if (!st.step()) return std::nullopt;
  return read_structure(st);
}

std::vector<ProfessionalHit> professionals_at(db::Connection& c, const std::string& finess) {
  auto& st = c.query(fmt::format("SELECT {}, {} FROM practice_sites s JOIN professionals p"
                                 " ON p.national_id = s.professional_id WHERE s.finess_site = ?"
                                 " ORDER BY p.last_name, p.first_name, p.national_id, s.site_key",
                                 kProfessionalColumns, kSiteColumns),
                     finess);
  std::vector<ProfessionalHit> hits;
  while (st.step()) {
    if (hits.empty() || hits.back().professional.national_id != text_at(st, 0)) hits.push_back(read_professional(st));
    hits.back().sites.push_back(read_site(st, kSiteColumn));
  }
  return hits;
}

}  // namespace maillage::directory

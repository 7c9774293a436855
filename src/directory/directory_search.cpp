#include "directory/directory_search.h"

#include <algorithm>
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

void bind_all(db::Statement& st, const std::vector<db::Value>& values) {
  int i = 1;
  for (const auto& v : values) st.bind(i++, v);
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
  bind_all(st, f.values);
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

/// No place asked: the matches of the words and profession (or everyone) are read in name order
/// from the full-text index, stopping at the page's end.
DirectoryPage<ProfessionalHit> in_name_order(db::Connection& c, const DirectoryQuery& q, const std::string& fts) {
  Filter site_filter;
  add_site_criteria(site_filter, q);
  std::string where = fts.empty() ? "" : " WHERE professionals_text MATCH ?";
  DirectoryPage<ProfessionalHit> page;
  auto bind_match = [&fts](db::Statement& st) {
    if (!fts.empty()) st.bind(1, db::Value(fts));
    return fts.empty() ? 1 : 2;
  };
  if (site_filter.sql.empty()) {
    auto& st = c.prepare(fmt::format("SELECT rowid FROM professionals_text{} ORDER BY rowid LIMIT ? OFFSET ?", where));
    int next = bind_match(st);
    st.bind(next, db::Value(static_cast<std::int64_t>(q.limit + 1)));
    st.bind(next + 1, db::Value(static_cast<std::int64_t>(q.offset)));
    std::vector<std::int64_t> ranks;
    while (st.step()) ranks.push_back(st.int64(0));
    page.more = ranks.size() > q.limit;
    if (page.more) ranks.pop_back();
    for (auto rank : ranks) {
      page.items.push_back(professional_of_rank(c, rank));
      page.items.back().sites = sites_of(c, page.items.back().professional.national_id, {});
    }
    if (!fts.empty()) {
      auto& count = c.query("SELECT count(*) FROM professionals_text WHERE professionals_text MATCH ?", fts);
      count.step();
      page.total = static_cast<std::size_t>(count.int64(0));
    }
    return page;
  }
  // Site criteria (specialty, capacity) are checked match by match; the total stays unknown.
  std::vector<std::int64_t> ranks;
  {
    auto& st = c.prepare(fmt::format("SELECT rowid FROM professionals_text{} ORDER BY rowid", where));
    bind_match(st);
    while (st.step()) ranks.push_back(st.int64(0));
  }
  std::size_t kept = 0;
  for (auto rank : ranks) {
    ProfessionalHit hit = professional_of_rank(c, rank);
    hit.sites = sites_of(c, hit.professional.national_id, site_filter);
    if (hit.sites.empty() || kept++ < q.offset) continue;
    if (page.items.size() == q.limit) {
      page.more = true;
      break;
    }
    page.items.push_back(std::move(hit));
  }
  return page;
}

/// The sites of one professional matching a search by place.
struct PlaceMatch {
  std::int64_t rank = 0;
  std::vector<std::int64_t> site_rowids;
  std::optional<double> distance_km;
};

/// A place asked (commune, territory, radius): the sites of the places are read from
/// directory_places (clustered by commune, small rows), filtered, grouped by professional and
/// sorted; whole rows are read for the page only.
DirectoryPage<ProfessionalHit> by_place(db::Connection& c, const referential::Referential& ref, const DirectoryQuery& q,
                                        const Places& places, const std::string& words) {
  Filter capacity;
  add_site_criteria(capacity, DirectoryQuery{.accepts_new_patients = q.accepts_new_patients, .snp = q.snp});
  std::vector<std::string> communes = places.commune_codes();
  // Words: the index intersects them with the communes and gives the few professionals left, whose
  // sites are then read by rank. No words: the sites of the communes (and profession) are read.
  std::vector<std::int64_t> ranks;
  if (!words.empty()) {
    auto& st = c.query("SELECT rowid FROM professionals_text WHERE professionals_text MATCH ?",
                       fts_with_communes(words, communes));
    while (st.step()) ranks.push_back(st.int64(0));
  }
  Filter f;
  if (words.empty()) f.add("commune_code IN (SELECT value FROM json_each(?))", {json_array(communes)});
  else f.add("name_rank = ?");
  if (!q.profession.empty()) f.add("profession_code = ?", {q.profession});
  if (!q.specialty.empty()) f.add("specialty_code = ?", {q.specialty});
  std::string sql = fmt::format("SELECT name_rank, site_rowid, commune_code, coalesce(postcode, '') FROM directory_places{}", f.sql);
  std::map<std::int64_t, PlaceMatch> by_rank;  // in name order
  std::unordered_map<std::string, std::optional<double>> distances;  // by commune code
  auto take = [&](db::Statement& st) {
    while (st.step()) {
      std::int64_t rank = st.int64(0);
      std::string commune = st.text(2);
      if (!places.contains(commune, st.text(3))) continue;
      auto [d, fresh] = distances.try_emplace(commune);
      if (fresh) d->second = distance_to(q.near, site_point(ref, commune));
      if (q.near && !(d->second && *d->second <= q.near->radius_km)) continue;
      auto& match = by_rank[rank];
      match.rank = rank;
      match.site_rowids.push_back(st.int64(1));
      if (d->second && (!match.distance_km || *d->second < *match.distance_km)) match.distance_km = d->second;
    }
  };
  if (words.empty()) {
    auto& st = c.prepare(sql);
    bind_all(st, f.values);
    take(st);
  } else {
    for (auto rank : ranks) {
      auto values = f.values;
      values.insert(values.begin(), db::Value(rank));
      auto& st = c.prepare(sql);
      bind_all(st, values);
      take(st);
    }
  }
  if (!capacity.sql.empty()) {  // entered by hand, so not in directory_places: checked site by site
    Filter check = capacity;
    check.add("s.rowid = ?");
    std::string sql = fmt::format("SELECT 1 FROM practice_sites s{}", check.sql);
    for (auto it = by_rank.begin(); it != by_rank.end();) {
      std::erase_if(it->second.site_rowids, [&](std::int64_t rowid) {
        auto values = check.values;
        values.push_back(rowid);
        auto& one = c.prepare(sql);
        bind_all(one, values);
        return !one.step();
      });
      it = it->second.site_rowids.empty() ? by_rank.erase(it) : std::next(it);
    }
  }
  std::vector<const PlaceMatch*> order;
  order.reserve(by_rank.size());
  for (const auto& [rank, match] : by_rank) order.push_back(&match);
  if (q.near) {
    std::stable_sort(order.begin(), order.end(), [](const PlaceMatch* a, const PlaceMatch* b) {
      if (a->distance_km.has_value() != b->distance_km.has_value()) return a->distance_km.has_value();
      return a->distance_km && *a->distance_km < *b->distance_km;
    });
  }
  DirectoryPage<ProfessionalHit> page;
  page.total = order.size();
  std::string site_sql = fmt::format("SELECT {} FROM practice_sites s WHERE s.rowid = ?", kSiteColumns);
  for (std::size_t i = q.offset; i < order.size() && page.items.size() < q.limit; ++i) {
    ProfessionalHit hit = professional_of_rank(c, order[i]->rank);
    hit.distance_km = order[i]->distance_km;
    for (auto rowid : order[i]->site_rowids) {
      auto& site = c.query(site_sql, rowid);
      if (site.step()) {
        hit.sites.push_back(read_site(site, 0));
        hit.sites.back().distance_km = distances[hit.sites.back().site.commune_code];
      }
    }
    std::sort(hit.sites.begin(), hit.sites.end(),
              [](const SiteHit& a, const SiteHit& b) { return a.site.site_key < b.site.site_key; });
    page.items.push_back(std::move(hit));
  }
  page.more = q.offset + page.items.size() < order.size();
  return page;
}

}  // namespace

DirectoryPage<ProfessionalHit> search_professionals(db::Connection& c, const referential::Referential& ref,
                                                    const DirectoryQuery& q) {
  auto places = wanted_places(ref, q);
  if (!places) return in_name_order(c, q, fts_query(q.text, q.profession));
  return by_place(c, ref, q, *places, fts_query(q.text));
}

DirectoryPage<StructureHit> search_structures(db::Connection& c, const referential::Referential& ref,
                                              const DirectoryQuery& q) {
  auto places = wanted_places(ref, q);
  std::string words = fts_query(q.text);
  Filter f;
  if (places) f.add("commune_code IN (SELECT value FROM json_each(?))", {json_array(places->commune_codes())});
  if (!words.empty()) f.add("rowid IN (SELECT rowid FROM structures_text WHERE structures_text MATCH ?)", {words});
  if (!q.specialty.empty()) f.add("category_code = ?", {q.specialty});
  auto& st = c.prepare(fmt::format("SELECT {} FROM structures{}", kStructureColumns, f.sql));
  bind_all(st, f.values);
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

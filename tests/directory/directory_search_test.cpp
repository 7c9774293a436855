// The directory search against a plain reading of every site: a synthetic directory of Marseille,
// a neighbouring commune and a postcode part of Toulouse is searched with words (names, profession
// and specialty labels, by prefix), professions, specialties, capacity and places (a commune, a
// territory holding a postcode part, a radius), and each page, its total and the sites shown equal
// what the brute force computes. The queries reach every way the search reads the sites: a rare
// name read professional by professional, a profession word scanning its profession, a one-letter
// word scanning everything, the capacity indexes without a place.
#include "directory/directory_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <tuple>

#include "app/database_setup.h"
#include "directory/rpps_import.h"
#include "directory/synthetic/commune_set.h"
#include "directory/synthetic/generator.h"
#include "platform/util/text.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"
#include "territory/selection.h"

namespace maillage::directory {
namespace {

struct Site {
  std::string key, commune, postcode, specialty, specialty_label, accepts;
  std::optional<bool> snp;
};

struct Person {
  std::string id, last, first, profession, profession_label;
  std::vector<Site> sites;
};

/// Letters-and-digits words of folded text ("D'Arc" → d, arc), as the search splits what is typed.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : text::fold(text) + " ") {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

bool starts_a_word(const std::string& prefix, const std::string& text) {
  auto words = words_of(text);
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w.starts_with(prefix); });
}

class DirectorySearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ref = testing::fixture_referential();
    dir = std::make_unique<testing::TempDir>();
    auto places = synthetic::places_of_elements(*ref, {{"13055", ""}, {"13071", ""}, {"31555", "31200"}});
    {
      std::ofstream rpps(dir->path() / "rpps.txt"), finess(dir->path() / "finess.csv");
      synthetic::generate_directory(places, {}, rpps, finess);
    }
    db = app::open_and_migrate((dir->path() / "directory.db").string());
    import_rpps(*db, dir->path() / "rpps.txt", {});
    // Capacity is declared by hand (the census): a third of the doctors' sites declare something.
    db::with_transaction(*db, [](db::Connection& c) {
      c.execute(
          "UPDATE practice_sites SET accepts_new_patients = CASE rowid % 4 WHEN 0 THEN 'yes' WHEN 1 THEN 'no'"
          " WHEN 2 THEN '0' ELSE '3' END, snp = CASE WHEN rowid % 5 = 0 THEN 1 WHEN rowid % 5 = 1 THEN 0 END"
          " WHERE rowid % 3 = 0 AND professional_id IN (SELECT national_id FROM professionals WHERE profession_code = '10')");
    });
    load_people();
  }
  static void TearDownTestSuite() {
    db.reset();
    dir.reset();
  }

  static void load_people() {
    db::Lease lease = db->read();
    auto& st = lease->query(
        "SELECT p.national_id, p.last_name, coalesce(p.first_name, ''), p.profession_code, coalesce(p.profession, ''),"
        " s.site_key, coalesce(s.commune_code, ''), coalesce(s.postcode, ''), coalesce(s.specialty_code, ''),"
        " coalesce(s.specialty, ''), coalesce(s.accepts_new_patients, ''), s.snp"
        " FROM professionals p JOIN practice_sites s ON s.professional_id = p.national_id ORDER BY p.national_id");
    while (st.step()) {
      if (people.empty() || people.back().id != st.text(0)) {
        people.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), {}});
      }
      std::optional<bool> snp;
      if (!st.is_null(11)) snp = st.int64(11) != 0;
      people.back().sites.push_back({st.text(5), st.text(6), st.text(7), st.text(8), st.text(9), st.text(10), snp});
    }
    // Name order: folded last name, folded first name, national id.
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {
      return std::tuple(text::fold(a.last), text::fold(a.first), a.id) <
             std::tuple(text::fold(b.last), text::fold(b.first), b.id);
    });
  }

  /// What the search must answer: the professionals matching `q` in its order, with the keys of
  /// the sites shown.
  static std::vector<std::pair<std::string, std::vector<std::string>>> expected(const DirectoryQuery& q) {
    struct Hit {
      const Person* person;
      std::vector<std::string> sites;
      std::optional<double> distance;
    };
    std::vector<Hit> hits;
    bool by_place = q.places || q.near;
    auto words = words_of(q.text);
    for (const auto& p : people) {
      if (!q.profession.empty() && p.profession != q.profession) continue;
      Hit hit{&p, {}, {}};
      for (const auto& s : p.sites) {
        if (!q.specialty.empty() && s.specialty != q.specialty) continue;
        if (q.accepts_new_patients) {
          bool yes = s.accepts == "yes" || std::atoi(s.accepts.c_str()) > 0;
          bool no = s.accepts == "no" || s.accepts == "0";
          if (*q.accepts_new_patients ? !yes : !no) continue;
        }
        if (q.snp && s.snp.value_or(false) != *q.snp) continue;
        if (q.places && !q.places->contains(s.commune, s.postcode)) continue;
        std::optional<double> distance;
        if (q.near) {
          auto point = site_point(*ref, s.commune);
          if (!point) continue;
          distance = territory::distance_km(q.near->latitude, q.near->longitude, point->latitude, point->longitude);
          if (*distance > q.near->radius_km) continue;
        }
        // Words: a name prefix, the profession's label, the specialty's label (of this site in a
        // place; of any site without one).
        bool all = true;
        for (const auto& w : words) {
          bool specialty = by_place ? starts_a_word(w, s.specialty_label)
                                    : std::any_of(p.sites.begin(), p.sites.end(), [&](const Site& other) {
                                        return starts_a_word(w, other.specialty_label);
                                      });
          all = all && (starts_a_word(w, p.last + " " + p.first) || starts_a_word(w, p.profession_label) || specialty);
        }
        if (!all) continue;
        hit.sites.push_back(s.key);
        if (distance && (!hit.distance || *distance < *hit.distance)) hit.distance = distance;
      }
      if (!hit.sites.empty()) hits.push_back(std::move(hit));
    }
    if (q.near) {
      std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return *a.distance < *b.distance; });
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (auto& h : hits) {
      std::sort(h.sites.begin(), h.sites.end());
      out.emplace_back(h.person->id, h.sites);
    }
    return out;
  }

  /// Checks every page of `q` against the brute force; returns the number of matches.
  static std::size_t check(DirectoryQuery q, const std::string& what) {
    auto all = expected(q);
    db::Lease lease = db->read();
    std::vector<std::pair<std::string, std::vector<std::string>>> seen;
    std::optional<std::size_t> total;
    q.limit = 50;
    for (q.offset = 0;; q.offset += q.limit) {
      auto page = search_professionals(*lease, *ref, q);
      if (q.offset == 0) total = page.total;
      for (const auto& hit : page.items) {
        std::vector<std::string> keys;
        for (const auto& s : hit.sites) keys.push_back(s.site.site_key);
        seen.emplace_back(hit.professional.national_id, keys);
      }
      if (!page.more) break;
    }
    EXPECT_EQ(seen, all) << what;
    if (total) {
      EXPECT_EQ(*total, all.size()) << what;
    }
    return all.size();
  }

  static DirectoryQuery near(const std::string& commune, double radius_km, std::string text = {}) {
    DirectoryQuery q;
    q.text = std::move(text);
    const auto& point = *ref->commune(commune)->coordinates;
    q.near = Circle{point.latitude, point.longitude, radius_km};
    return q;
  }

  static inline std::shared_ptr<const referential::Referential> ref;
  static inline std::unique_ptr<testing::TempDir> dir;
  static inline std::unique_ptr<db::Database> db;
  static inline std::vector<Person> people;
};

TEST_F(DirectorySearch, WordsAloneMatchNamesProfessionsAndSpecialtiesByPrefix) {
  ASSERT_GT(people.size(), 5000u);
  DirectoryQuery q;
  for (std::string text : {"martin", "kiné", "MÉDECIN gén", "psychiatrie", "mar", "zzz", "infirmier dub"}) {
    q.text = text;
    check(q, text);
  }
  q.text = "mar";
  q.profession = "10";
  EXPECT_GT(check(q, "mar, doctors"), 0u);
  // No criterion: everyone in name order, counted up to 10,000.
  db::Lease lease = db->read();
  auto everyone = search_professionals(*lease, *ref, DirectoryQuery{});
  if (people.size() > 10'000) {
    EXPECT_FALSE(everyone.total);
    EXPECT_EQ(everyone.more_than, 10'000u);
  } else {
    EXPECT_EQ(everyone.total, people.size());
    EXPECT_FALSE(everyone.more_than);
  }
  EXPECT_EQ(everyone.items.at(0).professional.national_id, people.at(0).id);
}

TEST_F(DirectorySearch, NearACommuneEveryWayOfReadingTheSitesGivesTheBruteForceAnswer) {
  // A profession word (its profession scanned), a rare name (read by professional), a one-letter
  // word (every site scanned: more names start with it than the search reads one by one, 500),
  // a specialty word, and no word at all.
  auto m_names = std::count_if(people.begin(), people.end(), [](const Person& p) { return starts_a_word("m", p.last + " " + p.first); });
  ASSERT_GT(m_names, 500);
  for (std::string text : {"kiné", "kine martin", "m", "pédiatrie", "", "infirmier"}) {
    EXPECT_GT(check(near("13202", 4, text), text), 0u) << text;
  }
  auto names = near("13202", 30, "mart");
  names.profession = "60";
  check(names, "mart, nurses, 30 km");
}

TEST_F(DirectorySearch, ACommuneOrATerritoryWithAPostcodePartKeepsItsSitesOnly) {
  DirectoryQuery q;
  q.places = places_of_commune(*ref, *ref->commune("13055"));
  q.profession = "10";
  EXPECT_GT(check(q, "doctors in Marseille"), 100u);
  DirectoryQuery part;
  part.places = places_of_territory(*ref, {{"31555", "31200"}, {"13071", ""}});
  EXPECT_GT(check(part, "a part of Toulouse and a commune"), 0u);
  part.text = "kin";
  check(part, "kin in the territory");
}

TEST_F(DirectorySearch, CapacityAndSpecialtyCriteriaKeepTheSitesThatCarryThem) {
  for (bool value : {true, false}) {
    DirectoryQuery q;
    q.accepts_new_patients = value;
    EXPECT_GT(check(q, "accepts, no place"), 0u);
    q.text = "gen";
    check(q, "accepts, words");
    auto near_toulouse = near("31555", 10);
    near_toulouse.accepts_new_patients = value;
    check(near_toulouse, "accepts near Toulouse");
    DirectoryQuery snp;
    snp.snp = value;
    snp.profession = "10";
    EXPECT_GT(check(snp, "snp, doctors"), 0u);
  }
  auto q = near("13202", 10);
  q.specialty = "SM54";
  EXPECT_GT(check(q, "general practice near Marseille 2e"), 0u);
}

}  // namespace
}  // namespace maillage::directory

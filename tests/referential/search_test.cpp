// Commune search on the real referential: the behaviours people rely on when they type.
#include <gtest/gtest.h>

#include <set>

#include "platform/db/sqlite_database.h"
#include "referential/referential.h"
#include "referential/store.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage::referential {
namespace {

class CommuneSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    snapshot = testing::fixture_referential();
    ref = snapshot.get();
  }
  static std::vector<std::string> codes(const std::string& text, std::size_t limit = 10) {
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    std::vector<std::string> out;
    for (const auto& hit : ref->search(q).hits) out.push_back(hit.commune->code);
    return out;
  }
  static bool contains(const std::vector<std::string>& v, const std::string& code) {
    return std::find(v.begin(), v.end(), code) != v.end();
  }
  static std::shared_ptr<const Referential> snapshot;
  static const Referential* ref;
};
std::shared_ptr<const Referential> CommuneSearch::snapshot;
const Referential* CommuneSearch::ref = nullptr;

TEST_F(CommuneSearch, IgnoresAccentsCaseAndHyphens) {
  EXPECT_TRUE(contains(codes("evry", 3), "91228"));  // Évry-Courcouronnes
  EXPECT_EQ(codes("SAINT-ETIENNE", 1), std::vector<std::string>{"42218"});
  EXPECT_EQ(codes("saint étienne", 1), std::vector<std::string>{"42218"});
}

TEST_F(CommuneSearch, ExpandsTheUsualAbbreviations) {
  EXPECT_EQ(codes("st etienne", 1), std::vector<std::string>{"42218"});
  EXPECT_TRUE(contains(codes("ste maxime", 3), "83115"));  // Sainte-Maxime
}

TEST_F(CommuneSearch, MatchesWordPrefixes) {
  EXPECT_EQ(codes("marseille 3", 1), std::vector<std::string>{"13203"});
  EXPECT_EQ(codes("montp", 1), std::vector<std::string>{"34172"});  // Montpellier, the largest "montp…"
  EXPECT_TRUE(contains(codes("courcouronnes", 3), "91228"));
}

TEST_F(CommuneSearch, PostcodesFindTheirArrondissementFirst) {
  auto hits = codes("13003", 3);
  ASSERT_FALSE(hits.empty());
  EXPECT_TRUE(contains(hits, "13203"));
  EXPECT_EQ(codes("75116", 1), std::vector<std::string>{"75116"});  // Paris 16e by its second postcode
}

TEST_F(CommuneSearch, ExactInseeCodeComesFirst) {
  EXPECT_EQ(codes("2a004", 1), std::vector<std::string>{"2A004"});
  EXPECT_EQ(codes("13003", 1), std::vector<std::string>{"13003"});  // Alleins: its INSEE code is 13003
}

TEST_F(CommuneSearch, RanksByPopulationAfterExactMatches) {
  auto hits = codes("saint", 5);
  ASSERT_EQ(hits.size(), 5u);
  std::int64_t previous = INT64_MAX;
  for (const auto& code : hits) {
    std::int64_t population = ref->commune(code)->population.value_or(0);
    EXPECT_LE(population, previous);
    previous = population;
  }
}

TEST_F(CommuneSearch, FormerNamesPointToTheirCurrentCommune) {
  // Arbignieu is a commune déléguée of Arboys en Bugey (01015).
  SearchQuery q;
  q.text = "Arbignieu";
  auto hits = ref->search(q).hits;
  ASSERT_FALSE(hits.empty());
  ASSERT_NE(hits[0].matched_former, nullptr);
  EXPECT_EQ(hits[0].matched_former->name, "Arbignieu");
  EXPECT_EQ(hits[0].commune->code, hits[0].matched_former->current_code);
}

TEST_F(CommuneSearch, FiltersAndPagesWithoutOverlap) {
  SearchQuery q;
  q.departement = "13";
  q.limit = 50;
  auto first = ref->search(q);
  EXPECT_TRUE(first.has_more);
  q.offset = 50;
  auto second = ref->search(q);
  std::set<std::string> seen;
  for (const auto& h : first.hits) seen.insert(h.commune->code);
  for (const auto& h : second.hits) {
    EXPECT_EQ(h.commune->departement_code, "13");
    EXPECT_TRUE(seen.insert(h.commune->code).second) << "page overlap on " << h.commune->code;
  }
  SearchQuery by_epci;
  by_epci.epci = ref->commune("13055")->epci_siren;
  by_epci.text = "marseille 1";
  auto hits = ref->search(by_epci).hits;
  ASSERT_FALSE(hits.empty());
  for (const auto& h : hits) EXPECT_EQ(h.commune->epci_siren, by_epci.epci);  // arrondissements inherit it
}

}  // namespace
}  // namespace maillage::referential

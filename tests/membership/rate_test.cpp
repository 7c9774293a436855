// The membership rate: professionals practising in the territory counted once per person, active
// members among them, members practising only outside counted apart, and no rate without
// professionals.
#include "membership/rate.h"

#include <gtest/gtest.h>

namespace maillage::membership {
namespace {

SiteRow site(std::string id, std::string profession, std::string commune, std::string postcode = {}) {
  return {std::move(id), profession, "Profession " + profession, std::move(commune), std::move(postcode)};
}

const ProfessionRate* find(const RateReport& r, const std::string& code) {
  for (const auto& p : r.professions) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

class Rate : public ::testing::Test {
 protected:
  void SetUp() override {
    territory.communes = {"13202", "84007"};
    territory.parts = {{"13055", "13002"}, {"31555", "31200"}};
  }
  directory::Places territory;
};

TEST_F(Rate, CountsProfessionalsInTheTerritoryOnceAndMembersAmongThem) {
  std::vector<SiteRow> practising = {
      site("A", "10", "13202"), site("A", "10", "84007"),  // two sites inside: one professional
      site("B", "10", "13055", "13002"),                   // Marseille's code with the 2e's postcode
      site("C", "10", "13055", "13008"),                   // Marseille 8e: outside
      site("D", "70", "31555", "31200"),                   // a postcode part of Toulouse
      site("E", "70", "31555", "31300"),                   // another postcode of Toulouse: outside
  };
  std::vector<SiteRow> members = {site("A", "10", "13202"), site("A", "10", "84007"), site("D", "70", "31555", "31200")};
  RateReport r = compute_rate(territory, practising, members, {});
  const auto* doctors = find(r, "10");
  ASSERT_NE(doctors, nullptr);
  EXPECT_EQ(doctors->professionals, 2);  // A and B
  EXPECT_EQ(doctors->members, 1);
  ASSERT_TRUE(doctors->rate.has_value());
  EXPECT_DOUBLE_EQ(*doctors->rate, 0.5);
  EXPECT_EQ(doctors->label, "Profession 10");
  const auto* kines = find(r, "70");
  ASSERT_NE(kines, nullptr);
  EXPECT_EQ(kines->professionals, 1);
  EXPECT_DOUBLE_EQ(*kines->rate, 1.0);
  EXPECT_EQ(r.total.professionals, 3);
  EXPECT_EQ(r.total.members, 2);
  EXPECT_DOUBLE_EQ(*r.total.rate, 2.0 / 3.0);
}

TEST_F(Rate, MembersPractisingOnlyOutsideAreCountedApart) {
  std::vector<SiteRow> practising = {site("A", "10", "13202")};
  std::vector<SiteRow> members = {
      site("A", "10", "13202"),
      site("F", "10", "13055", "13008"), site("F", "10", "75056", "75015"),  // two sites, none inside
      site("G", "93", ""),                                                    // no site known
  };
  RateReport r = compute_rate(territory, practising, members, {});
  EXPECT_EQ(find(r, "10")->members, 1);
  EXPECT_EQ(find(r, "10")->members_outside, 1);  // F once, though two sites
  const auto* psychologists = find(r, "93");
  ASSERT_NE(psychologists, nullptr);
  EXPECT_EQ(psychologists->professionals, 0);
  EXPECT_FALSE(psychologists->rate.has_value());  // no professional: no rate, not 0
  EXPECT_EQ(psychologists->members_outside, 1);
  EXPECT_EQ(r.total.members_outside, 2);
  EXPECT_DOUBLE_EQ(*r.total.rate, 1.0);
}

TEST_F(Rate, AnEmptyTerritoryHasNoRate) {
  RateReport r = compute_rate(directory::Places{}, {site("A", "10", "13202")}, {site("A", "10", "13202")}, {});
  EXPECT_EQ(r.total.professionals, 0);
  EXPECT_FALSE(r.total.rate.has_value());
  EXPECT_EQ(r.total.members_outside, 1);
}

TEST_F(Rate, StructuresAreCountedByTheirAddress) {
  RateReport r = compute_rate(territory, {}, {}, {site("130001", "", "13202"), site("130002", "", "13055", "13009")});
  EXPECT_EQ(r.structure_members, 1);
  EXPECT_EQ(r.structure_members_outside, 1);
  EXPECT_TRUE(r.professions.empty());
}

}  // namespace
}  // namespace maillage::membership

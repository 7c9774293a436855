// Planning a bulk import on the real referential: rows are read with their lines, checked by the
// territory rules against the current holdings and against the rows before them, and every bad
// row is reported.
#include "territory/bulk_import.h"

#include <gtest/gtest.h>

#include "support/referential_fixture.h"

namespace maillage::territory {
namespace {

class BulkImportPlan : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { snapshot = testing::fixture_referential(); }

  // "CPTS Nord" exists and holds Aix-en-Provence (13001); "CPTS Close" is dissolved.
  ImportPlan plan(const std::string& csv) const {
    std::vector<Cpts> existing(2);
    existing[0].id = "nord";
    existing[0].name = "CPTS Nord";
    existing[1].id = "close";
    existing[1].name = "CPTS Close";
    existing[1].status = "dissoute";
    return plan_import(*snapshot, csv, existing, {{{"13001", ""}, "nord", "CPTS Nord", std::nullopt}});
  }
  static std::shared_ptr<const referential::Referential> snapshot;
};
std::shared_ptr<const referential::Referential> BulkImportPlan::snapshot;

TEST_F(BulkImportPlan, GroupsRowsByCptsAndCreatesTheMissingOnes) {
  auto p = plan("cpts_name;insee_code;postcode;population\n"
                "CPTS Arles;13004\n"
                "CPTS Nord;13001\n"            // already held by the same CPTS: fine
                "CPTS Toulouse;31555;31300;12000\n"
                "CPTS Arles;13097;;\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors.front().message;
  EXPECT_EQ(p.rows, 4u);
  ASSERT_EQ(p.cpts.size(), 3u);
  EXPECT_EQ(p.cpts[0].name, "CPTS Arles");
  EXPECT_TRUE(p.cpts[0].created);
  EXPECT_EQ(p.cpts[0].to_add, (std::vector<ElementKey>{{"13004", ""}, {"13097", ""}}));
  EXPECT_FALSE(p.cpts[1].created);
  EXPECT_EQ(p.cpts[1].already_held, 1u);
  EXPECT_EQ(p.cpts[2].populations.at({"31555", "31300"}), 12000);
}

TEST_F(BulkImportPlan, ReportsEveryBadRowWithItsLineRuleAndHolder) {
  auto p = plan("CPTS Sud;13001\n"              // 1: held by CPTS Nord
                "CPTS Sud;99999\n"              // 2: unknown
                "CPTS Ouest;13004\n"            // 3: fine
                "CPTS Sud;13004\n"              // 4: taken by the row of line 3
                "CPTS Sud;13055\n"              // 5: fine: Marseille whole
                "CPTS Est;13202\n"              // 6: a part of Marseille, whole in CPTS Sud
                "CPTS Sud;31555;3120\n"         // 7: postcode format
                "CPTS Sud;13004;;12\n"          // 8: population without postcode
                "CPTS Close;13005\n"            // 9: dissolved
                ";13006\n"                      // 10: no name
                "CPTS Sud;31555;13001\n");      // 11: not a postcode of Toulouse
  std::vector<std::pair<std::size_t, std::string>> got;
  for (const auto& e : p.errors) got.emplace_back(e.line, e.rule);
  EXPECT_EQ(got, (std::vector<std::pair<std::size_t, std::string>>{{1, "commune_taken"},
                                                                   {2, "unknown_commune"},
                                                                   {4, "commune_taken"},
                                                                   {6, "whole_and_parts"},
                                                                   {7, "format"},
                                                                   {8, "population_without_postcode"},
                                                                   {9, "cpts_dissolved"},
                                                                   {10, "required"},
                                                                   {11, "postcode_not_of_commune"}}));
  EXPECT_EQ(p.errors[0].holder_name, "CPTS Nord");
  EXPECT_NE(p.errors[0].message.find("CPTS Nord"), std::string::npos);
  EXPECT_EQ(p.errors[0].holder_line, 0u);            // held before the import
  EXPECT_EQ(p.errors[2].holder_name, "CPTS Ouest");  // a conflict with an earlier row of the file…
  EXPECT_EQ(p.errors[2].holder_line, 3u);            // …named by its line
  EXPECT_NE(p.errors[2].message.find("CPTS Ouest, given on line 3"), std::string::npos) << p.errors[2].message;
  EXPECT_EQ(p.errors[3].holder_name, "CPTS Sud");
  EXPECT_EQ(p.errors[3].holder_line, 5u);
}

TEST_F(BulkImportPlan, NamesACptsWithoutCaseAccentsOrPunctuation) {
  auto p = plan("cpts nord;13004\n"              // the existing CPTS Nord
                "CPTS Pays d\xE2\x80\x99" "Arles;13097\n"  // a new one, with a typographic apostrophe…
                "cpts pays d'arles;13005\n"      // …and the same one typed otherwise
                "CPTS  Pays-d'Arlés;13005\n");   // the same element again: already held
  ASSERT_TRUE(p.errors.empty()) << p.errors.front().message;
  ASSERT_EQ(p.cpts.size(), 2u);
  EXPECT_EQ(p.cpts[0].name, "CPTS Nord");
  EXPECT_EQ(p.cpts[0].id, "nord");
  EXPECT_FALSE(p.cpts[0].created);
  EXPECT_EQ(p.cpts[1].name, "CPTS Pays d\xE2\x80\x99" "Arles");  // its first spelling
  EXPECT_TRUE(p.cpts[1].created);
  EXPECT_EQ(p.cpts[1].to_add, (std::vector<ElementKey>{{"13097", ""}, {"13005", ""}}));
  EXPECT_EQ(p.cpts[1].already_held, 1u);
  EXPECT_EQ(plan("cpts close;13005\n").errors.at(0).rule, "cpts_dissolved");
}

TEST_F(BulkImportPlan, IgnoresTheEmptyCellsSpreadsheetsAddButNotExtraValues) {
  auto padded = plan("CPTS A;13004;;;;\nCPTS A;2a004;;;\n");
  ASSERT_TRUE(padded.errors.empty()) << padded.errors.front().message;
  EXPECT_EQ(padded.cpts.at(0).to_add, (std::vector<ElementKey>{{"13004", ""}, {"2A004", ""}}));
  // An extra value, a code with a letter outside ASCII, a comma in a `;` file, a name a browser
  // could not read (a Windows-1252 file read as UTF-8).
  auto extra = plan("CPTS A;13004;;;x\nCPTS A;13\xC3\xA9\nCPTS A,13005\nCPTS C\xEF\xBF\xBDur;13005\n");
  std::vector<std::pair<std::size_t, std::string>> got;
  for (const auto& e : extra.errors) got.emplace_back(e.line, e.rule);
  EXPECT_EQ(got, (std::vector<std::pair<std::size_t, std::string>>{
                     {1, "format"}, {2, "unknown_commune"}, {3, "format"}, {4, "format"}}));
}

TEST_F(BulkImportPlan, AWholeCommuneAndItsPartInTheFileConflict) {
  auto p = plan("CPTS Est;13202\nCPTS Sud;13055\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 2u);
  EXPECT_EQ(p.errors[0].rule, "whole_and_parts");
  EXPECT_EQ(p.errors[0].holder_name, "CPTS Est");
}

TEST_F(BulkImportPlan, AnEmptyFileOrAnOpenQuoteIsRefused) {
  EXPECT_EQ(plan("cpts_name;insee_code\n").errors.at(0).rule, "required");
  auto open = plan("CPTS A;13004\n\"CPTS B;13005\n");
  ASSERT_FALSE(open.errors.empty());
  EXPECT_EQ(open.errors[0].line, 2u);
  EXPECT_EQ(open.errors[0].rule, "format");
}

}  // namespace
}  // namespace maillage::territory

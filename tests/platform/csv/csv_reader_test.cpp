// Reading CSV from people and spreadsheets: separators, quotes, line numbers.
#include "platform/csv/csv_reader.h"

#include <gtest/gtest.h>

namespace maillage::csv {
namespace {

using Cells = std::vector<std::string>;

TEST(CsvReader, ReadsSemicolonSeparatedRecordsWithTheirLineNumbers) {
  auto doc = read_csv("\xEF\xBB\xBF" "cpts_name;insee_code\r\nCPTS A;13202\r\n\r\nCPTS B;13203\n");
  ASSERT_FALSE(doc.error);
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[0].cells, (Cells{"cpts_name", "insee_code"}));
  EXPECT_EQ(doc.records[1].line, 2u);
  EXPECT_EQ(doc.records[2].line, 4u);  // the blank line 3 is skipped but counted
  EXPECT_EQ(doc.records[2].cells, (Cells{"CPTS B", "13203"}));
}

TEST(CsvReader, HonoursQuotesAndCountsTheLinesInsideThem) {
  auto doc = read_csv("\"CPTS \"\"Sud\"\"; bis\";13202\n\"two\nlines\";13203\nlast;13204");
  ASSERT_FALSE(doc.error);
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[0].cells, (Cells{"CPTS \"Sud\"; bis", "13202"}));
  EXPECT_EQ(doc.records[1].cells, (Cells{"two\nlines", "13203"}));
  EXPECT_EQ(doc.records[2].line, 4u);
  EXPECT_EQ(doc.records[2].cells, (Cells{"last", "13204"}));
}

TEST(CsvReader, TakesCommasWhenTheFirstLineUsesThem) {
  auto doc = read_csv("cpts_name,insee_code,postcode\nA,31555,31200\n");
  ASSERT_EQ(doc.records.size(), 2u);
  EXPECT_EQ(doc.records[1].cells, (Cells{"A", "31555", "31200"}));
  EXPECT_EQ(read_csv("a;b\nc,d;e\n").records[1].cells, (Cells{"c,d", "e"}));
}

TEST(CsvReader, KeepsEmptyCellsAndReportsAnUnclosedQuote) {
  EXPECT_EQ(read_csv("A;13202;;\n").records[0].cells, (Cells{"A", "13202", "", ""}));
  auto doc = read_csv("A;1\nB;\"open\n");
  ASSERT_TRUE(doc.error);
  EXPECT_EQ(doc.error->line, 2u);
}

}  // namespace
}  // namespace maillage::csv

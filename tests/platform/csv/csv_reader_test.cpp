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

TEST(CsvReader, CountsOnlyTheSeparatorsOutsideQuotesToChooseOne) {
  // Two commas inside the quoted name, one semicolon outside: `;` it is.
  auto doc = read_csv("\"CPTS Nord, Sud, Est\";13004\nB;13005\n");
  ASSERT_EQ(doc.records.size(), 2u);
  EXPECT_EQ(doc.records[0].cells, (Cells{"CPTS Nord, Sud, Est", "13004"}));
  EXPECT_EQ(read_csv("\"a;b\",13004\n").records[0].cells, (Cells{"a;b", "13004"}));
}

TEST(CsvReader, CountsLoneCarriageReturnsAsLineEndsInsideAndOutsideQuotes) {
  auto doc = read_csv("A;1\r\"B\rbis\";2\rC;3");
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[1].line, 2u);
  EXPECT_EQ(doc.records[1].cells, (Cells{"B\rbis", "2"}));
  EXPECT_EQ(doc.records[2].line, 4u);
}

TEST(CsvReader, ReadsSpreadsheetFilesInWindows1252AsUtf8) {
  auto same = to_utf8("CPTS C\xC5\x93ur;13004\n");  // UTF-8 already: untouched
  EXPECT_FALSE(same.from_windows1252);
  EXPECT_EQ(same.text, "CPTS C\xC5\x93ur;13004\n");
  // "CPTS Cœur d’Arles é" written by a spreadsheet on Windows, then a UTF-8 line.
  auto converted = to_utf8("CPTS C\x9Cur d\x92" "Arles \xE9;13004\r\nCPTS \xC3\xA9t\xC3\xA9;13005\n");
  EXPECT_TRUE(converted.from_windows1252);
  EXPECT_EQ(converted.text, "CPTS C\xC5\x93ur d\xE2\x80\x99" "Arles \xC3\xA9;13004\r\nCPTS \xC3\xA9t\xC3\xA9;13005\n");
}

}  // namespace
}  // namespace maillage::csv

// The CSV written for spreadsheets: BOM, `;`, quoting only where needed, CRLF.
#include "platform/csv/csv_writer.h"

#include <gtest/gtest.h>

namespace maillage::csv {
namespace {

TEST(CsvWriter, StartsWithAByteOrderMarkAndSeparatesWithSemicolons) {
  CsvWriter w;
  w.row({"insee_code", "population"});
  w.row({"13202", std::int64_t{25779}});
  EXPECT_EQ(w.str(), "\xEF\xBB\xBFinsee_code;population\r\n13202;25779\r\n");
}

TEST(CsvWriter, QuotesTextHoldingSeparatorsQuotesOrLineBreaks) {
  CsvWriter w;
  w.row({"a;b", "say \"hi\"", "two\nlines", "plain", CsvWriter::Cell{}});
  EXPECT_EQ(w.str(), "\xEF\xBB\xBF\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";plain;\r\n");
}

}  // namespace
}  // namespace maillage::csv

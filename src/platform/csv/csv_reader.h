// Reading CSV files written by people and spreadsheets: `;` or `,` separators (whichever the
// first line uses most), RFC 4180 quoting (a quoted cell may hold separators, quotes doubled,
// line breaks), CRLF or LF, an optional UTF-8 byte-order mark; blank lines skipped. Each record
// keeps the line it starts on, so that errors can name it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::csv {

struct CsvRecord {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> cells;
};

struct CsvError {
  std::size_t line = 0;
  std::string message;
};

struct CsvDocument {
  std::vector<CsvRecord> records;
  std::optional<CsvError> error;  // a quoted cell left open: nothing after it is read
};

CsvDocument read_csv(std::string_view text);

}  // namespace maillage::csv

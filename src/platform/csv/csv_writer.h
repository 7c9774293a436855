// Writing CSV for spreadsheet users: `;`-separated (the separator French spreadsheets expect,
// and the one `maillage import territories` reads), RFC 4180 quoting, CRLF line ends, and a
// UTF-8 byte-order mark so that spreadsheets read accents right.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>

namespace maillage::csv {

class CsvWriter {
 public:
  /// One cell: text, a whole number, or empty.
  using Cell = std::variant<std::monostate, std::string_view, std::int64_t>;

  CsvWriter();

  /// Appends one row; text cells holding the separator, a quote or a line break are quoted.
  void row(std::initializer_list<Cell> cells);

  /// The document written so far.
  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

}  // namespace maillage::csv

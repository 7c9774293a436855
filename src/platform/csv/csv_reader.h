// Reading CSV files written by people and spreadsheets: `;` or `,` separators (whichever the
// first record uses most outside quotes), RFC 4180 quoting (a quoted cell may hold separators,
// quotes doubled, line breaks), CRLF, LF or CR line ends, an optional UTF-8 byte-order mark;
// blank lines skipped. Each record keeps the line it starts on, so that errors can name it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::csv {

/// One record: its cells, as written (not trimmed), and the 1-based physical line it starts on.
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> cells;
};

/// Why reading stopped, and where.
struct CsvError {
  std::size_t line = 0;
  std::string message;
};

/// The records of a file, and the error that stopped the reading, if any.
struct CsvDocument {
  std::vector<CsvRecord> records;
  std::optional<CsvError> error;  // a quoted cell left open: nothing after it is read
};

/// Reads every record of `text` (UTF-8; see to_utf8 for files of other encodings).
CsvDocument read_csv(std::string_view text);

/// A file's bytes as UTF-8 text, and whether they had to be converted.
struct DecodedText {
  std::string text;
  bool from_windows1252 = false;
};

/// The bytes of a file as UTF-8: each line is kept as it is when it is valid UTF-8, else read as
/// Windows-1252 (what spreadsheets on French Windows write as "CSV"; a superset of Latin-1's
/// printable characters, with œ, ’, €…).
DecodedText to_utf8(std::string_view bytes);

}  // namespace maillage::csv

#include "platform/csv/csv_reader.h"

#include <algorithm>

namespace maillage::csv {
namespace {

char detect_separator(std::string_view text) {
  std::string_view first_line = text.substr(0, text.find('\n'));
  auto semicolons = std::count(first_line.begin(), first_line.end(), ';');
  auto commas = std::count(first_line.begin(), first_line.end(), ',');
  return commas > semicolons ? ',' : ';';
}

bool blank(const CsvRecord& r) {
  return std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) {
    return c.find_first_not_of(" \t") == std::string::npos;
  });
}

}  // namespace

CsvDocument read_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const char separator = detect_separator(text);
  CsvDocument doc;
  CsvRecord record{1, {}};
  std::string cell;
  std::size_t line = 1;
  bool quoted = false, cell_was_quoted = false;
  std::size_t quote_line = 0;

  auto end_cell = [&] {
    record.cells.push_back(std::move(cell));
    cell.clear();
    cell_was_quoted = false;
  };
  auto end_record = [&] {
    end_cell();
    if (!blank(record)) doc.records.push_back(std::move(record));
    record = {line, {}};
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        if (ch == '\n') ++line;
        cell += ch;
      }
      continue;
    }
    if (ch == '"' && cell.empty() && !cell_was_quoted) {
      quoted = cell_was_quoted = true;
      quote_line = line;
    } else if (ch == separator) {
      end_cell();
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      cell += ch;
    }
  }
  if (quoted) {
    doc.error = CsvError{quote_line, "a quoted cell is never closed"};
    return doc;
  }
  if (!cell.empty() || !record.cells.empty()) end_record();
  return doc;
}

}  // namespace maillage::csv

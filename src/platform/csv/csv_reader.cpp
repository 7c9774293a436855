#include "platform/csv/csv_reader.h"

#include <algorithm>
#include <array>

#include "platform/util/encoding.h"

namespace maillage::csv {
namespace {

// The separator of the first record: `,` when it holds more commas than semicolons outside
// quotes (a header `cpts_name,insee_code`), else `;`.
char detect_separator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0;
  bool quoted = false;
  for (char ch : text) {
    if (ch == '"') {
      quoted = !quoted;  // a doubled quote toggles twice: no change
    } else if (!quoted && (ch == '\n' || ch == '\r')) {
      break;
    } else if (!quoted && ch == ';') {
      ++semicolons;
    } else if (!quoted && ch == ',') {
      ++commas;
    }
  }
  return commas > semicolons ? ',' : ';';
}

bool blank(const CsvRecord& r) {
  return std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) {
    return c.find_first_not_of(" \t") == std::string::npos;
  });
}

// Windows-1252 code points of bytes 0x80–0x9F (0 where the code page leaves a byte undefined:
// read as the Latin-1 control character).
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
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
  // A line end at `i` (CRLF, LF or a lone CR); returns its length.
  auto line_end = [&](std::size_t i) -> std::size_t {
    if (text[i] == '\n') return 1;
    if (text[i] != '\r') return 0;
    return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else if (std::size_t n = line_end(i)) {
        cell.append(text.substr(i, n));
        i += n - 1;
        ++line;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch == '"' && cell.empty() && !cell_was_quoted) {
      quoted = cell_was_quoted = true;
      quote_line = line;
    } else if (ch == separator) {
      end_cell();
    } else if (std::size_t n = line_end(i)) {
      i += n - 1;
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
  if (!cell.empty() || cell_was_quoted || !record.cells.empty()) end_record();
  return doc;
}

DecodedText to_utf8(std::string_view bytes) {
  if (text::is_valid_utf8(bytes)) return {std::string(bytes), false};
  // Line by line (a line end is the same byte in both encodings): a file pasted together from
  // two sources keeps its UTF-8 lines as they are.
  DecodedText out{{}, true};
  out.text.reserve(bytes.size() + bytes.size() / 8);
  while (!bytes.empty()) {
    std::string_view line = bytes.substr(0, bytes.find('\n') + 1);  // npos + 1 == 0 → whole rest
    if (line.empty()) line = bytes;
    bytes.remove_prefix(line.size());
    if (text::is_valid_utf8(line)) {
      out.text += line;
      continue;
    }
    for (char ch : line) {
      auto b = static_cast<unsigned char>(ch);
      char32_t code = b;
      if (b >= 0x80 && b <= 0x9F && kWindows1252High[b - 0x80] != 0) code = kWindows1252High[b - 0x80];
      append_utf8(out.text, code);
    }
  }
  return out;
}

}  // namespace maillage::csv

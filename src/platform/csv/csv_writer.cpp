#include "platform/csv/csv_writer.h"

namespace maillage::csv {
namespace {

constexpr char kSeparator = ';';

void append_text(std::string& out, std::string_view text) {
  if (text.find_first_of(";\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

}  // namespace

CsvWriter::CsvWriter() : out_("\xEF\xBB\xBF") {}

void CsvWriter::row(std::initializer_list<Cell> cells) {
  bool first = true;
  for (const Cell& cell : cells) {
    if (!first) out_ += kSeparator;
    first = false;
    if (const auto* text = std::get_if<std::string_view>(&cell)) append_text(out_, *text);
    if (const auto* number = std::get_if<std::int64_t>(&cell)) out_ += std::to_string(*number);
  }
  out_ += "\r\n";
}

}  // namespace maillage::csv

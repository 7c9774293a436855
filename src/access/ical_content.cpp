#include "access/ical_content.h"

#include <fmt/format.h>

#include <algorithm>

#include "access/snp_ical.h"

namespace maillage::access {
namespace {

// One logical (unfolded) line, with the physical line it starts on and where it lies in the text.
struct LogicalLine {
  std::string content;
  int line = 0;
  std::size_t begin = 0, end = 0;  // [begin, end) in the text, line end included
};

std::vector<LogicalLine> unfold(std::string_view text) {
  std::vector<LogicalLine> lines;
  int number = 0;
  std::size_t at = 0;
  if (text.starts_with("\xEF\xBB\xBF")) at = 3;  // a UTF-8 byte-order mark
  while (at < text.size()) {
    std::size_t newline = text.find('\n', at);
    std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::string_view physical = text.substr(at, next - at);
    ++number;
    while (!physical.empty() && (physical.back() == '\n' || physical.back() == '\r')) physical.remove_suffix(1);
    if (!physical.empty() && (physical.front() == ' ' || physical.front() == '\t') && !lines.empty()) {
      lines.back().content.append(physical.substr(1));  // a folded continuation
      lines.back().end = next;
    } else if (!physical.empty()) {
      lines.push_back({std::string(physical), number, at, next});
    }
    at = next;
  }
  return lines;
}

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

std::string upper(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
  return result;
}

// The name at `at`, moving past it; refuses an empty one.
std::string read_name(const LogicalLine& line, std::size_t& at, std::string_view what) {
  std::size_t start = at;
  while (at < line.content.size() && is_name_char(line.content[at])) ++at;
  if (at == start)
    refuse_ical(line.line, fmt::format("expected {} at column {} of '{}'", what, start + 1, line.content));
  return upper(std::string_view(line.content).substr(start, at - start));
}

IcalProperty parse_content_line(const LogicalLine& line) {
  IcalProperty property;
  property.line = line.line;
  const std::string& s = line.content;
  std::size_t at = 0;
  property.name = read_name(line, at, "a property name");
  while (at < s.size() && s[at] == ';') {
    ++at;
    std::string name = read_name(line, at, "a parameter name");
    if (at >= s.size() || s[at] != '=')
      refuse_ical(line.line, fmt::format("parameter {} of {} has no '=' value", name, property.name));
    ++at;
    std::string value;
    while (true) {  // one or more values, comma-separated, each quoted or not
      if (at < s.size() && s[at] == '"') {
        std::size_t close = s.find('"', at + 1);
        if (close == std::string::npos)
          refuse_ical(line.line, fmt::format("parameter {} of {} has an unclosed quote", name, property.name));
        value.append(s, at + 1, close - at - 1);
        at = close + 1;
      } else {
        std::size_t stop = std::min(s.find_first_of(";:,\"", at), s.size());
        value.append(s, at, stop - at);
        at = stop;
      }
      if (at >= s.size() || s[at] != ',') break;
      value.push_back(',');
      ++at;
    }
    property.parameters.emplace_back(std::move(name), std::move(value));
  }
  if (at >= s.size() || s[at] != ':')
    refuse_ical(line.line, fmt::format("'{}' is not a content line NAME:VALUE (no ':' after the name{})", s,
                                  property.parameters.empty() ? "" : " and parameters"));
  property.value = s.substr(at + 1);
  return property;
}

}  // namespace

void refuse_ical(int line, std::string_view what) { throw IcalError(line, std::string(what)); }

std::string_view IcalProperty::parameter(std::string_view wanted) const {
  for (const auto& [name, value] : parameters)
    if (name == wanted) return value;
  return {};
}

const IcalProperty* IcalComponent::property(std::string_view wanted) const {
  for (const IcalProperty& p : properties)
    if (p.name == wanted) return &p;
  return nullptr;
}

IcalComponent read_ical_content(std::string_view text) {
  std::vector<LogicalLine> lines = unfold(text);
  if (lines.empty()) refuse_ical(1, "the file is empty (expected BEGIN:VCALENDAR)");
  std::vector<IcalComponent> open;  // the components begun and not yet ended, outermost first
  std::vector<std::size_t> open_at;  // where each begins in the text
  IcalComponent calendar;
  bool done = false;
  for (const LogicalLine& line : lines) {
    if (done) refuse_ical(line.line, "content after END:VCALENDAR");
    IcalProperty property = parse_content_line(line);
    if (open.empty() && !(property.name == "BEGIN" && upper(property.value) == "VCALENDAR"))
      refuse_ical(line.line, fmt::format("a calendar starts with BEGIN:VCALENDAR, not '{}'", line.content));
    if (property.name == "BEGIN") {
      std::size_t at = 0;
      LogicalLine value_line{property.value, line.line, 0, 0};
      std::string name = read_name(value_line, at, "a component name after BEGIN:");
      if (at != property.value.size()) refuse_ical(line.line, fmt::format("'{}' is not a component name", property.value));
      open.push_back(IcalComponent{name, line.line, {}, {}, {}});
      open_at.push_back(line.begin);
    } else if (property.name == "END") {
      std::string name = upper(property.value);
      if (name != open.back().name) {
        auto match = std::find_if(open.begin(), open.end(), [&](const IcalComponent& c) { return c.name == name; });
        if (match == open.end()) refuse_ical(line.line, fmt::format("END:{} without BEGIN:{}", name, name));
        const IcalComponent& unclosed = open.back();
        refuse_ical(unclosed.line, fmt::format("BEGIN:{} is not closed by END:{} (END:{} found at line {})", unclosed.name,
                                          unclosed.name, name, line.line));
      }
      IcalComponent ended = std::move(open.back());
      ended.text = text.substr(open_at.back(), line.end - open_at.back());
      open.pop_back();
      open_at.pop_back();
      if (open.empty()) {
        calendar = std::move(ended);
        done = true;
      } else {
        open.back().components.push_back(std::move(ended));
      }
    } else {
      open.back().properties.push_back(std::move(property));
    }
  }
  if (!open.empty())
    refuse_ical(open.back().line, fmt::format("BEGIN:{} is not closed by END:{} before the end of the file",
                                         open.back().name, open.back().name));
  return calendar;
}

}  // namespace maillage::access

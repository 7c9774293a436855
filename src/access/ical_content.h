// The syntax of an iCalendar text (RFC 5545 §3.1): folded lines unfolded, each content line split
// into name, parameters and value, and BEGIN/END nested into components, every piece keeping the
// physical line it starts on. Nothing about what the properties mean (see snp_ical.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maillage::access {

/// One content line: NAME;PARAM=value;…:VALUE. Names are upper-cased (they are case-insensitive),
/// parameter values unquoted, the value left as written (escapes included).
struct IcalProperty {
  std::string name;
  std::vector<std::pair<std::string, std::string>> parameters;  // (upper-cased name, value)
  std::string value;
  int line = 0;  // 1-based physical line where the content line starts

  /// The value of parameter `name` (upper case), or "" when absent.
  std::string_view parameter(std::string_view name) const;
};

/// A BEGIN:NAME … END:NAME block.
struct IcalComponent {
  std::string name;  // upper-cased: VCALENDAR, VEVENT, VTIMEZONE, …
  int line = 0;      // the line of its BEGIN
  std::string_view text;  // its source text, BEGIN to END included (a view of the text read)
  std::vector<IcalProperty> properties;
  std::vector<IcalComponent> components;

  /// The first property named `name`, or nullptr.
  const IcalProperty* property(std::string_view name) const;
};

/// Throws IcalError(line, what).
[[noreturn]] void refuse_ical(int line, std::string_view what);

/// The calendar of `text`: one VCALENDAR, first line BEGIN:VCALENDAR, BEGIN and END balanced and
/// matching, nothing after its END. Accepts CRLF or LF line ends, skips empty lines. Throws
/// IcalError (snp_ical.h) at the first line that breaks the syntax.
IcalComponent read_ical_content(std::string_view text);

}  // namespace maillage::access

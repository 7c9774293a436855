#include "access/patient_fields.h"

#include <fmt/format.h>

#include <algorithm>

#include "access/mt_rules.h"
#include "platform/util/time.h"

namespace maillage::access {

namespace {

constexpr std::size_t kMaxName = 100, kMaxContact = 500;

/// A date typed on or before today; records a problem and returns "" otherwise.
std::string past_date(const std::string& field, const std::string& value, const std::string& today,
                      std::vector<FieldProblem>& problems) {
  if (value.empty()) {
    problems.push_back({field, "required", "is required"});
  } else if (!is_iso_date(value)) {
    problems.push_back({field, "format", "must be a date (2026-11-23)"});
  } else if (value > today) {
    problems.push_back({field, "date_future", fmt::format("{} is in the future", value)});
  } else {
    return value;
  }
  return {};
}

void name(const std::string& field, const std::string& value, std::string& out, std::vector<FieldProblem>& problems) {
  if (value.empty()) problems.push_back({field, "required", "is required"});
  else if (value.size() > kMaxName) problems.push_back({field, "max_length", fmt::format("must be at most {} characters", kMaxName)});
  else out = value;
}

}  // namespace

std::vector<FieldProblem> check_patient(const PatientInput& in, const referential::Referential& ref,
                                        const std::string& today, Patient& out) {
  std::vector<FieldProblem> problems;
  name("last_name", in.last_name, out.last_name, problems);
  name("first_name", in.first_name, out.first_name, problems);
  out.birth_date = past_date("birth_date", in.birth_date, today, problems);
  if (!out.birth_date.empty() && out.birth_date < "1900-01-01") {
    problems.push_back({"birth_date", "range", "must be after 1900"});
    out.birth_date.clear();
  }
  if (!out.birth_date.empty()) {
    out.birth_year = std::stoi(out.birth_date.substr(0, 4));
    out.age_at_entry = age_on(out.birth_date, today);
  }
  if (in.sex.empty()) problems.push_back({"sex", "required", "is required"});
  else if (in.sex != "F" && in.sex != "M") problems.push_back({"sex", "one_of", "must be F or M"});
  else out.sex = in.sex;
  const referential::Commune* commune = nullptr;
  if (in.commune_code.empty()) {
    problems.push_back({"commune_code", "required", "is required"});
  } else if (!(commune = ref.commune(in.commune_code))) {
    problems.push_back({"commune_code", "unknown_code", fmt::format("no commune has the INSEE code {}", in.commune_code)});
  } else {
    out.commune_code = in.commune_code;
  }
  if (commune && !in.postcode.empty()) {
    if (std::find(commune->postcodes.begin(), commune->postcodes.end(), in.postcode) == commune->postcodes.end()) {
      problems.push_back(
          {"postcode", "postcode_not_of_commune", fmt::format("{} is not a postcode of {}", in.postcode, commune->name)});
    } else {
      out.postcode = in.postcode;
    }
  }
  if (!in.phone.empty()) {
    if (auto digits = normalize_phone(in.phone)) out.phone = *digits;
    else problems.push_back({"phone", "format", "must be a French phone number (10 digits, or +33 and 9 digits)"});
  }
  if (in.contact.size() > kMaxContact) {
    problems.push_back({"contact", "max_length", fmt::format("must be at most {} characters", kMaxContact)});
  } else {
    out.contact = in.contact;
  }
  out.flags = in.flags;
  out.consent_on = past_date("consent_on", in.consent_on, today, problems);
  return problems;
}

}  // namespace maillage::access

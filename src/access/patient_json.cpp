#include "access/patient_json.h"

namespace maillage::access {
namespace json = boost::json;

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object patient_json(const referential::Referential& ref, const Patient& p) {
  const auto* commune = ref.commune(p.commune_code);
  return json::object{
      {"last_name", text_or_null(p.last_name)},
      {"first_name", text_or_null(p.first_name)},
      {"birth_date", text_or_null(p.birth_date)},
      {"birth_year", p.birth_year},
      {"age_at_entry", p.age_at_entry},
      {"sex", p.sex},
      {"phone", text_or_null(p.phone)},
      {"contact", text_or_null(p.contact)},
      {"commune_code", p.commune_code},
      {"commune", commune ? json::value(commune->name) : json::value(nullptr)},
      {"postcode", text_or_null(p.postcode)},
  };
}

}  // namespace maillage::access

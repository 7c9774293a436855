#include "membership/membership_json.h"

#include "membership/rules.h"

namespace maillage::membership {
namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::value coded(const std::string& code, const std::string& label) {
  if (code.empty()) return nullptr;
  return json::object{{"code", code}, {"label", label.empty() ? code : label}};
}

json::array communes_json(const referential::Referential& ref, const std::vector<Place>& places) {
  json::array out;
  for (const auto& p : places) {
    const referential::Commune* c = ref.commune(p.commune_code);
    out.push_back({{"code", p.commune_code},
                   {"name", c ? c->name : p.commune},
                   {"postcode", text_or_null(p.postcode)}});
  }
  return out;
}

json::value rate_value(const std::optional<double>& rate) { return rate ? json::value(*rate) : json::value(nullptr); }

json::object profession_rate_json(const ProfessionRate& p) {
  return {{"code", p.code},
          {"label", p.label},
          {"professionals", p.professionals},
          {"members", p.members},
          {"rate", rate_value(p.rate)},
          {"members_outside", p.members_outside}};
}

}  // namespace

json::object college_json(const College& college) {
  return {{"id", college.id}, {"name", college.name}, {"position", college.position}, {"members", college.members}};
}

json::object fee_json(const Fee& fee) {
  return {{"year", fee.year},
          {"amount_cents", fee.amount_cents},
          {"paid_on", text_or_null(fee.paid_on)},
          {"unpaid", is_unpaid(fee)}};
}

json::object row_json(const referential::Referential& ref, const MemberRow& row, bool with_fees) {
  const Membership& m = row.membership;
  const MemberInfo& info = row.member;
  json::object member{{"kind", to_string(m.member_kind)},
                      {"id", m.member_id},
                      {"known", info.known},
                      {"name", info.name},
                      {"last_name", text_or_null(info.last_name)},
                      {"first_name", text_or_null(info.first_name)},
                      {"profession", coded(info.profession_code, info.profession)},
                      {"category", coded(info.category_code, info.category)},
                      {"communes", communes_json(ref, info.places)}};
  json::object o{{"id", m.id},
                 {"cpts_id", m.cpts_id},
                 {"member", std::move(member)},
                 {"college", m.college_id.empty() ? json::value(nullptr)
                                                  : json::value({{"id", m.college_id}, {"name", row.college_name}})},
                 {"status", to_string(m.status)},
                 {"status_since", m.status_since},
                 {"requested_on", m.requested_on},
                 {"note", text_or_null(m.note)},
                 {"created_at", m.created_at},
                 {"updated_at", m.updated_at}};
  if (with_fees) o["fee"] = row.current_fee ? json::value(fee_json(*row.current_fee)) : json::value(nullptr);
  return o;
}

json::object detail_json(const referential::Referential& ref, const MemberRow& row, const std::vector<Event>& events,
                         const std::vector<Fee>& fees, bool with_fees) {
  json::object o = row_json(ref, row, with_fees);
  json::array history;
  for (const auto& e : events) {
    history.push_back({{"seq", e.seq},
                       {"status", to_string(e.status)},
                       {"on", e.on},
                       {"note", text_or_null(e.note)},
                       {"recorded_by", e.recorded_by},
                       {"recorded_at", e.recorded_at}});
  }
  o["events"] = std::move(history);
  if (with_fees) {
    json::array all;
    for (const auto& f : fees) all.push_back(fee_json(f));
    o["fees"] = std::move(all);
  }
  return o;
}

json::object summary_json(const Summary& summary, std::int64_t year, bool with_fees) {
  json::object by_status;
  for (const auto& [status, count] : summary.by_status) by_status[to_string(status)] = count;
  json::object o{{"by_status", std::move(by_status)}, {"pending_requests", summary.pending_requests}};
  if (with_fees) {
    o["year"] = year;
    o["unpaid_fees"] = summary.unpaid_fees;
    o["unpaid_cents"] = summary.unpaid_cents;
    o["active_without_fee"] = summary.active_without_fee;
  }
  return o;
}

json::object rate_json(const RateReport& report) {
  json::array professions;
  for (const auto& p : report.professions) professions.push_back(profession_rate_json(p));
  json::object total = profession_rate_json(report.total);
  total.erase("code");
  total.erase("label");
  return {{"professions", std::move(professions)},
          {"total", std::move(total)},
          {"structures", {{"members", report.structure_members}, {"members_outside", report.structure_members_outside}}}};
}

}  // namespace maillage::membership

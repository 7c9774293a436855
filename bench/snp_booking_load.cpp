// The load client of the unscheduled-care booking benchmark (issue #7, bench/snp_booking_load.sh
// runs it against `maillage serve`; docs/benchmarks.md). Two subcommands:
//
//   snp_booking_load rpps FILE GPS
//       writes an RPPS extraction of GPS general practitioners practising in Marseille 2e (13202,
//       the demo CPTS "CPTS Marseille 2&3"), for `maillage import rpps`;
//   snp_booking_load run --port P --gps GPS [--bookings N] [--concurrency 16,64]
//                        [--contention-requests M] [--contention-slots K] [--health N] [--out FILE]
//       signs in as the demo coordinator, publishes the slots (POST …/snp/slots, 48 a call) and
//       creates the requests (POST …/snp/requests) it needs, then for each concurrency C:
//         - GET /api/health (--health times, default 100,000) over C keep-alive connections
//           (the baseline),
//         - --bookings bookings (default 10,000: POST …/requests/{id}/orientation), each
//           request its own slot;
//       and, at the highest concurrency, the contention case: M requests (default 5,000) on K
//       slots (default 4; request j wants slot j mod K), which must give exactly K bookings and
//       M − K refusals (409 slot_taken). Prints a markdown report (also to --out) and writes FILE.counts with the
//       number of bookings that succeeded, for the database checks of the script.
// Exits 1 when a distinct booking fails or the contention case does not give exactly K bookings.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <latch>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "platform/util/time.h"
#include "support/api_client.h"
#include "support/rpps_file.h"

namespace maillage::bench {
namespace {

namespace json = boost::json;
constexpr const char* kCptsName = "CPTS Marseille 2&3";
constexpr const char* kCommune = "13202";  // Marseille 2e, in the demo CPTS's territory

std::string rpps_of(int gp) { return fmt::format("3{:010}", gp); }
std::string professional_of(int gp) { return "8" + rpps_of(gp); }
std::string site_of(int gp) { return fmt::format("SNPLOAD{}", gp); }

int write_rpps(const std::string& file, int gps) {
  std::vector<testing::RppsRow> rows;
  for (int g = 0; g < gps; ++g) {
    rows.push_back(testing::rpps_practitioner(rpps_of(g), fmt::format("CHARGE{}", g), site_of(g), kCommune,
                                              fmt::format("04 91 00 {:02} {:02}", g / 100, g % 100)));
  }
  testing::write_rpps_file(file, testing::kRppsHeader, rows);
  return 0;
}

/// One call of a phase: method, target, body.
struct Call {
  std::string method, target, body;
};

struct PhaseResult {
  std::size_t ok = 0, refused = 0, failed = 0;
  double seconds = 0;
  std::vector<double> millis;
  std::map<unsigned, std::size_t> statuses;
  std::vector<std::string> failures;  // the first few unexpected answers
};

/// Called with the index and body of each successful answer (from the phase's threads).
using OnSuccess = std::function<void(std::size_t, const std::string&)>;

/// An expected refusal: its status and the rule its problem names.
struct Refusal {
  unsigned status = 0;
  std::string rule;
};

/// Sends `total` calls (`call_of(i)`) over `connections` keep-alive connections, each thread
/// taking the next index until none is left. Statuses in `ok` succeed (passed to `on_success`
/// when given), answers matching `refused` are expected refusals, others fail.
PhaseResult run_phase(unsigned short port, const std::map<std::string, std::string>& headers, int connections,
                      std::size_t total, const std::function<Call(std::size_t)>& call_of, std::vector<unsigned> ok,
                      const Refusal& refused = {}, const OnSuccess& on_success = {}) {
  PhaseResult result;
  std::mutex merge;
  std::atomic<std::size_t> next{0};
  std::latch start(connections + 1);
  std::vector<std::thread> threads;
  for (int t = 0; t < connections; ++t) {
    threads.emplace_back([&] {
      PhaseResult mine;
      auto connection = std::make_unique<testing::HttpConnection>(port);
      start.arrive_and_wait();
      for (std::size_t i = next++; i < total; i = next++) {
        Call call = call_of(i);
        auto begin = Clock::now();
        unsigned status = 0;
        std::string body;
        try {
          auto answer = connection->request(call.method, call.target, call.body, headers);
          status = answer.status;
          body = std::move(answer.body);
          if (!answer.keep_alive) connection = std::make_unique<testing::HttpConnection>(port);
        } catch (const std::exception& e) {
          body = e.what();
          connection = std::make_unique<testing::HttpConnection>(port);
        }
        mine.millis.push_back(micros_since(begin) / 1000);
        ++mine.statuses[status];
        if (std::find(ok.begin(), ok.end(), status) != ok.end()) {
          ++mine.ok;
          if (on_success) on_success(i, body);
        } else if (status == refused.status && body.find(fmt::format("\"rule\":\"{}\"", refused.rule)) != std::string::npos) {
          ++mine.refused;
        } else {
          ++mine.failed;
          if (mine.failures.size() < 3) mine.failures.push_back(fmt::format("{} {}: {}", status, call.target, body));
        }
      }
      std::lock_guard lock(merge);
      result.ok += mine.ok;
      result.refused += mine.refused;
      result.failed += mine.failed;
      result.millis.insert(result.millis.end(), mine.millis.begin(), mine.millis.end());
      for (auto [s, n] : mine.statuses) result.statuses[s] += n;
      for (auto& f : mine.failures) {
        if (result.failures.size() < 3) result.failures.push_back(std::move(f));
      }
    });
  }
  start.arrive_and_wait();
  auto begin = Clock::now();
  for (auto& t : threads) t.join();
  result.seconds = micros_since(begin) / 1e6;
  return result;
}

struct Options {
  unsigned short port = 0;
  int gps = 10;
  std::size_t bookings = 10000, contention_requests = 5000, contention_slots = 4, health = 100000;
  std::vector<int> concurrency{16, 64};
  std::string out;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 2; i < argc; ++i) {
    std::string flag = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
    std::string value = argv[++i];
    if (flag == "--port") o.port = static_cast<unsigned short>(std::stoi(value));
    else if (flag == "--gps") o.gps = std::stoi(value);
    else if (flag == "--bookings") o.bookings = std::stoul(value);
    else if (flag == "--contention-requests") o.contention_requests = std::stoul(value);
    else if (flag == "--contention-slots") o.contention_slots = std::stoul(value);
    else if (flag == "--health") o.health = std::stoul(value);
    else if (flag == "--out") o.out = value;
    else if (flag == "--concurrency") {
      o.concurrency.clear();
      for (std::size_t at = 0; at != std::string::npos;) {
        auto comma = value.find(',', at);
        o.concurrency.push_back(std::stoi(value.substr(at, comma - at)));
        at = comma == std::string::npos ? comma : comma + 1;
      }
    } else {
      throw std::invalid_argument("unknown option " + flag);
    }
  }
  if (o.port == 0) throw std::invalid_argument("--port is required");
  return o;
}

void check(bool ok, const std::string& what) {
  if (!ok) throw std::runtime_error(what);
}

std::string fixed(double v, int decimals = 1) { return fmt::format("{:.{}f}", v, decimals); }

/// "requests/s | p50 ms | p99 ms" of a phase.
std::string rates(PhaseResult& r, std::size_t counted) {
  double p50 = percentile(r.millis, 50), p99 = percentile(r.millis, 99);
  return fmt::format("{} | {} | {}", fixed(static_cast<double>(counted) / r.seconds, 0), fixed(p50, 2), fixed(p99, 2));
}

int run(const Options& o) {
  testing::ApiClient coordination(o.port);
  auto signed_in = coordination.login("coordination@demo.maillage.test", "maillage-demo-coordination");
  check(signed_in.status == 200, "could not sign in as the demo coordinator: " + signed_in.body);
  std::string cpts;
  json::value session = signed_in.json();
  for (const auto& r : session.at("roles").as_array()) {
    if (r.at("role").as_string() == "coordinator" && r.at("cpts").is_object() &&
        r.at("cpts").at("name").as_string() == kCptsName) {
      cpts = json::value_to<std::string>(r.at("cpts").at("id"));
    }
  }
  check(!cpts.empty(), std::string("the demo coordinator has no role in ") + kCptsName);
  std::string base = "/api/cpts/" + cpts + "/snp";
  std::map<std::string, std::string> headers{{"Cookie", "maillage_session=" + coordination.session_token()},
                                             {"X-CSRF-Token", coordination.csrf_token()}};

  std::size_t distinct = o.bookings * o.concurrency.size();
  std::size_t slots_needed = distinct + o.contention_slots;
  std::size_t requests_needed = distinct + o.contention_requests;
  int widest = *std::max_element(o.concurrency.begin(), o.concurrency.end());

  // Slots: 96 a day for each GP (00:00–23:45 in two calls of 48), from tomorrow on.
  std::vector<std::string> calls_of_publish;
  for (int day = 1; calls_of_publish.size() * 48 < slots_needed; ++day) {
    for (int g = 0; g < o.gps && calls_of_publish.size() * 48 < slots_needed; ++g) {
      for (const char* start : {"00:00", "12:00"}) {
        calls_of_publish.push_back(json::serialize(json::object{
            {"professional_id", professional_of(g)}, {"site_key", site_of(g)}, {"date", add_days(today_utc(), day)},
            {"start", start}, {"duration_minutes", 15}, {"count", 48}}));
      }
    }
  }
  std::vector<std::string> slots(calls_of_publish.size() * 48);
  auto published = run_phase(
      o.port, headers, 4, calls_of_publish.size(),
      [&](std::size_t i) { return Call{"POST", base + "/slots", calls_of_publish[i]}; }, {201}, {},
      [&](std::size_t i, const std::string& body) {
        std::size_t n = i * 48;
        json::value answer = json::parse(body);
        for (const auto& s : answer.at("items").as_array()) slots[n++] = json::value_to<std::string>(s.at("id"));
      });
  check(published.failed == 0, "publishing slots failed: " + (published.failures.empty() ? "" : published.failures[0]));

  std::string patient = json::serialize(json::object{
      {"last_name", "CHARGE"}, {"first_name", "Jeanne"}, {"birth_date", "1980-05-04"}, {"sex", "F"},
      {"commune_code", kCommune}, {"phone", "06 12 34 56 78"}, {"consent_on", today_utc()},
      {"reason_code", "fievre"}, {"urgency", "h48"}});
  std::vector<std::string> requests(requests_needed);
  auto created = run_phase(
      o.port, headers, widest, requests_needed, [&](std::size_t) { return Call{"POST", base + "/requests", patient}; },
      {201}, {},
      [&](std::size_t i, const std::string& body) { requests[i] = json::value_to<std::string>(json::parse(body).at("id")); });
  check(created.failed == 0, "creating requests failed: " + (created.failures.empty() ? "" : created.failures[0]));
  auto orientation = [&](std::size_t request, std::size_t slot) {
    return Call{"POST", base + "/requests/" + requests[request] + "/orientation",
                json::serialize(json::object{{"orientation", "slot"}, {"slot_id", slots[slot]}})};
  };

  std::string report;
  report += fmt::format("Set-up: {} slots published in {} calls of 48 ({} slots/s, 4 connections); {} requests "
                        "created ({} requests/s, {} connections).\n\n",
                        slots.size(), calls_of_publish.size(), fixed(static_cast<double>(slots.size()) / published.seconds, 0),
                        requests.size(), fixed(static_cast<double>(requests.size()) / created.seconds, 0), widest);
  report += "| connections | GET /api/health requests/s | p50 ms | p99 ms | bookings/s | p50 ms | p99 ms | bookings "
            "| failed | bookings/health |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  std::size_t booked = 0, next_request = 0, next_slot = 0;
  bool all_booked = true;
  for (int c : o.concurrency) {
    auto health = run_phase(o.port, {}, c, o.health, [](std::size_t) { return Call{"GET", "/api/health", {}}; }, {200});
    std::size_t first_request = next_request, first_slot = next_slot;
    auto bookings = run_phase(o.port, headers, c, o.bookings, [&](std::size_t i) {
      return orientation(first_request + i, first_slot + i);
    }, {200});
    next_request += o.bookings;
    next_slot += o.bookings;
    booked += bookings.ok;
    all_booked = all_booked && bookings.ok == o.bookings;
    double ratio = (static_cast<double>(bookings.ok) / bookings.seconds) / (static_cast<double>(health.ok) / health.seconds);
    report += fmt::format("| {} | {} | {} | {} | {} | {} |\n", c, rates(health, health.ok), rates(bookings, bookings.ok),
                          bookings.ok, bookings.failed, fixed(ratio, 3));
    for (const auto& f : bookings.failures) report += "\nfailed booking: " + f + "\n";
  }

  // Contention: every client on the same few slots, each request trying once.
  std::size_t first_request = next_request, first_slot = next_slot;
  auto contention = run_phase(o.port, headers, widest, o.contention_requests, [&](std::size_t j) {
    return orientation(first_request + j, first_slot + j % o.contention_slots);
  }, {200}, {409, "slot_taken"});
  booked += contention.ok;
  bool exact = contention.ok == o.contention_slots && contention.refused == o.contention_requests - o.contention_slots &&
               contention.failed == 0;
  double p50 = percentile(contention.millis, 50), p99 = percentile(contention.millis, 99);
  report += fmt::format(
      "\nContention ({} connections): {} requests on {} slots → {} bookings, {} refusals (409 slot_taken), {} other answers "
      "in {} s: {} refusals/s, {} answers/s, p50 {} ms, p99 {} ms — {}.\n",
      widest, o.contention_requests, o.contention_slots, contention.ok, contention.refused, contention.failed,
      fixed(contention.seconds, 2), fixed(static_cast<double>(contention.refused) / contention.seconds, 0),
      fixed(static_cast<double>(o.contention_requests) / contention.seconds, 0), fixed(p50, 2), fixed(p99, 2),
      exact ? "exactly one booking per slot" : "NOT one booking per slot");
  for (const auto& f : contention.failures) report += "\nunexpected answer: " + f + "\n";

  std::cout << report << std::flush;
  if (!o.out.empty()) {
    std::ofstream(o.out) << report;
    std::ofstream(o.out + ".counts") << booked << "\n";
  }
  return all_booked && exact ? 0 : 1;
}

}  // namespace
}  // namespace maillage::bench

int main(int argc, char** argv) {
  using namespace maillage::bench;
  try {
    std::string command = argc > 1 ? argv[1] : "";
    if (command == "rpps" && argc == 4) return write_rpps(argv[2], std::stoi(argv[3]));
    if (command == "run") return run(parse(argc, argv));
    std::cerr << "usage: snp_booking_load rpps FILE GPS | run --port P [--gps N] [--bookings N] [--concurrency 16,64]"
                 " [--contention-requests M] [--contention-slots K] [--health N] [--out FILE]\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "snp_booking_load: " << e.what() << "\n";
    return 1;
  }
}

#include "access/networkx_runner.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace maillage::access::testing {
namespace {

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

boost::json::value optional_int(const std::optional<int>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace

std::string instance_json(const AllocationInput& in) {
  boost::json::array requests, doctors;
  for (const auto& r : in.requests) {
    boost::json::array flags;
    const std::pair<bool, const char*> named[] = {
        {r.flags.ald, "ald"}, {r.flags.age_70, "age_70"}, {r.flags.precarity, "precarity"},
        {r.flags.pregnancy, "pregnancy"}, {r.flags.child, "child"}, {r.flags.leaving_hospital, "leaving_hospital"},
        {r.flags.disability, "disability"}};
    for (const auto& [set, name] : named) {
      if (set) flags.emplace_back(name);
    }
    requests.push_back({{"id", r.id}, {"latitude", r.latitude}, {"longitude", r.longitude},
                        {"commune", r.commune_code}, {"age", r.age}, {"flags", std::move(flags)}});
  }
  for (const auto& d : in.doctors) {
    boost::json::array communes(d.communes.begin(), d.communes.end());
    doctors.push_back({{"id", d.id}, {"latitude", d.latitude}, {"longitude", d.longitude}, {"capacity", d.capacity},
                       {"priority_only", d.priority_only}, {"age_min", optional_int(d.age_min)},
                       {"age_max", optional_int(d.age_max)}, {"communes", std::move(communes)}});
  }
  // Boost.JSON prints the shortest form of a double that reads back as the same double.
  return boost::json::serialize(boost::json::object{
      {"max_distance_km", in.max_distance_km}, {"requests", std::move(requests)}, {"doctors", std::move(doctors)}});
}

void write_instance(const AllocationInput& in, const std::filesystem::path& file) {
  std::ofstream out(file, std::ios::binary);
  out << instance_json(in);
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

bool networkx_available() { return std::system("python3 -c 'import networkx' >/dev/null 2>&1") == 0; }

ScriptOutput run_python(const std::filesystem::path& script, const std::vector<std::string>& args) {
  std::string command = "python3 " + quote(script.string());
  for (const auto& a : args) command += " " + quote(a);
  ScriptOutput result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::string text;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) result.lines.push_back(boost::json::parse(std::string_view(text).substr(start, end - start)).as_object());
    start = end + 1;
  }
  return result;
}

AllocationObjective objective_of(const boost::json::object& line) {
  return {static_cast<int>(line.at("priority_served").to_number<std::int64_t>()),
          static_cast<int>(line.at("served").to_number<std::int64_t>()),
          line.at("total_distance_m").to_number<std::int64_t>()};
}

std::filesystem::path source_dir() { return MAILLAGE_SOURCE_DIR; }

}  // namespace maillage::access::testing

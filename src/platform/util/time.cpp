#include "platform/util/time.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace maillage {

std::string format_timestamp_utc(std::chrono::system_clock::time_point t) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()) % 1000;
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03d}Z", fmt::gmtime(std::chrono::system_clock::to_time_t(t)),
                     static_cast<int>(ms.count()));
}

std::string current_timestamp_utc() { return format_timestamp_utc(std::chrono::system_clock::now()); }

}  // namespace maillage

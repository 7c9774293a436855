#include "support/local_dates.h"

#include <chrono>
#include <ctime>
#include <thread>

namespace maillage::testing {

namespace {
std::tm local_time_at(int offset_hours) {
  std::time_t t = std::time(nullptr) + static_cast<std::time_t>(offset_hours) * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}
}  // namespace

std::string today_at_utc_offset(int offset_hours) {
  if (std::tm tm = local_time_at(offset_hours); tm.tm_hour == 23 && tm.tm_min == 59 && tm.tm_sec >= 55) {
    std::this_thread::sleep_for(std::chrono::seconds(6));
  }
  std::tm tm = local_time_at(offset_hours);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

}  // namespace maillage::testing

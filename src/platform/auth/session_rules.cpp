#include "platform/auth/session_rules.h"

#include <algorithm>

namespace maillage::auth {

bool session_alive(std::int64_t last_seen, std::int64_t expires, std::int64_t now, const SessionPolicy& policy) {
  return now < expires && now - last_seen < policy.idle_seconds;
}

bool session_needs_touch(std::int64_t last_seen, std::int64_t now, const SessionPolicy& policy) {
  return now - last_seen >= policy.touch_every_seconds;
}

std::int64_t throttle_wait(const ThrottleState& s, std::int64_t now, const ThrottlePolicy& p) {
  if (s.failures == 0 || now - s.last_failure >= p.forget_after_seconds) return 0;
  if (s.failures >= p.lock_after) return s.last_failure + p.forget_after_seconds - now;
  if (s.failures <= p.free_failures) return 0;
  int doublings = std::min(s.failures - p.free_failures - 1, 30);
  std::int64_t delay = std::min<std::int64_t>(std::int64_t{1} << doublings, p.max_delay_seconds);
  return std::max<std::int64_t>(0, s.last_failure + delay - now);
}

ThrottleState throttle_after_failure(const ThrottleState& s, std::int64_t now, const ThrottlePolicy& p) {
  bool forgotten = now - s.last_failure >= p.forget_after_seconds;
  return {forgotten ? 1 : s.failures + 1, now};
}

}  // namespace maillage::auth

// Session and token lifetimes, and login back-off (pure rules, no I/O).
#pragma once

#include <cstdint>

namespace maillage::auth {

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;          // signed out after 30 minutes without a request
  std::int64_t absolute_seconds = 12 * 60 * 60;  // and after 12 hours whatever happens
  std::int64_t touch_every_seconds = 60;         // idle clock refreshed at most once a minute
};

/// True while a session last seen at `last_seen` and expiring at `expires` may be used at `now`.
bool session_alive(std::int64_t last_seen, std::int64_t expires, std::int64_t now, const SessionPolicy& policy);

/// True when the session's idle clock is old enough to be written again.
bool session_needs_touch(std::int64_t last_seen, std::int64_t now, const SessionPolicy& policy);

/// Login back-off: after `free_failures` failures, each further attempt must wait 1, 2, 4, …
/// seconds (at most `max_delay_seconds`) after the last failure; from `lock_after` failures on, the
/// key is locked until `forget_after_seconds` have passed since the last failure, after which the
/// count starts again from zero.
struct ThrottlePolicy {
  int free_failures;
  int lock_after;
  std::int64_t max_delay_seconds;
  std::int64_t forget_after_seconds;
};

/// Per account: strict. Per client address: looser (several people may share one address).
inline constexpr ThrottlePolicy kAccountThrottle{3, 10, 60, 15 * 60};
inline constexpr ThrottlePolicy kAddressThrottle{20, 100, 60, 15 * 60};

struct ThrottleState {
  int failures = 0;
  std::int64_t last_failure = 0;
};

/// Seconds to wait before the next attempt is considered (0: it may be tried now).
std::int64_t throttle_wait(const ThrottleState& state, std::int64_t now, const ThrottlePolicy& policy);

/// The state after one more failure at `now`.
ThrottleState throttle_after_failure(const ThrottleState& state, std::int64_t now, const ThrottlePolicy& policy);

}  // namespace maillage::auth

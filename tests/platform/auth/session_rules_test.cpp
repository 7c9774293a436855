#include "platform/auth/session_rules.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace maillage::auth {
namespace {

constexpr std::int64_t kT0 = 1'700'000'000;  // a realistic Unix time
constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;

// ---- Sessions ------------------------------------------------------------------------------------

TEST(SessionAlive, UntilTheIdleTimeoutThenSignedOut) {
  SessionPolicy policy;  // 30 minutes idle, 12 hours in all
  std::int64_t expires = kT0 + policy.absolute_seconds;
  EXPECT_TRUE(session_alive(kT0, expires, kT0, policy));
  EXPECT_TRUE(session_alive(kT0, expires, kT0 + policy.idle_seconds - 1, policy));
  EXPECT_FALSE(session_alive(kT0, expires, kT0 + policy.idle_seconds, policy));
  EXPECT_FALSE(session_alive(kT0, expires, kT0 + 2 * kHour, policy));
}

TEST(SessionAlive, UntilTheAbsoluteExpiryEvenWhenUsedAllTheTime) {
  SessionPolicy policy;
  std::int64_t expires = kT0 + policy.absolute_seconds;
  // Used a moment ago, every time: only the absolute expiry ends it.
  EXPECT_TRUE(session_alive(expires - 10, expires, expires - 1, policy));
  EXPECT_FALSE(session_alive(expires - 10, expires, expires, policy));
  EXPECT_FALSE(session_alive(expires, expires, expires + 1, policy));
}

TEST(SessionAlive, ASessionTouchedRegularlyLastsTheWholeDayAndNoMore) {
  SessionPolicy policy;
  std::int64_t expires = kT0 + policy.absolute_seconds;
  std::int64_t last_seen = kT0;
  std::int64_t now = kT0;
  // A request every 20 minutes: always within the idle timeout.
  while (now + 20 * kMinute < expires) {
    now += 20 * kMinute;
    ASSERT_TRUE(session_alive(last_seen, expires, now, policy)) << "after " << (now - kT0) << " s";
    if (session_needs_touch(last_seen, now, policy)) last_seen = now;
  }
  EXPECT_FALSE(session_alive(last_seen, expires, expires, policy));
}

TEST(SessionAlive, FollowsACustomPolicy) {
  SessionPolicy policy{60, 300, 10};
  EXPECT_TRUE(session_alive(kT0, kT0 + 300, kT0 + 59, policy));
  EXPECT_FALSE(session_alive(kT0, kT0 + 300, kT0 + 60, policy));
}

TEST(SessionNeedsTouch, OnlyOnceTheIdleClockIsOldEnough) {
  SessionPolicy policy;  // at most once a minute
  EXPECT_FALSE(session_needs_touch(kT0, kT0, policy));
  EXPECT_FALSE(session_needs_touch(kT0, kT0 + policy.touch_every_seconds - 1, policy));
  EXPECT_TRUE(session_needs_touch(kT0, kT0 + policy.touch_every_seconds, policy));
  EXPECT_TRUE(session_needs_touch(kT0, kT0 + kHour, policy));
}

// ---- Login back-off ------------------------------------------------------------------------------

ThrottleState fail(ThrottleState s, std::int64_t now, const ThrottlePolicy& p = kAccountThrottle) {
  return throttle_after_failure(s, now, p);
}

ThrottleState fail_times(int n, std::int64_t now, const ThrottlePolicy& p = kAccountThrottle) {
  ThrottleState s;
  for (int i = 0; i < n; ++i) s = fail(s, now, p);
  return s;
}

TEST(Throttle, NothingToWaitBeforeAnyFailure) {
  EXPECT_EQ(throttle_wait(ThrottleState{}, kT0, kAccountThrottle), 0);
  EXPECT_EQ(throttle_wait(ThrottleState{}, kT0, kAddressThrottle), 0);
}

TEST(Throttle, TheFirstThreeFailuresCostNothing) {
  ThrottleState s;
  for (int i = 1; i <= 3; ++i) {
    s = fail(s, kT0);
    EXPECT_EQ(s.failures, i);
    EXPECT_EQ(throttle_wait(s, kT0, kAccountThrottle), 0) << "after " << i << " failures";
  }
}

TEST(Throttle, ThenTheWaitDoublesAfterEachFailure) {
  ThrottleState s = fail_times(3, kT0);
  std::int64_t now = kT0;
  // Failures 4 to 9; the 10th locks the account (next test).
  for (std::int64_t expected : {1, 2, 4, 8, 16, 32}) {
    s = fail(s, now);
    EXPECT_EQ(throttle_wait(s, now, kAccountThrottle), expected) << "after " << s.failures << " failures";
    // The wait runs from the last failure.
    EXPECT_EQ(throttle_wait(s, now + expected - 1, kAccountThrottle), 1);
    EXPECT_EQ(throttle_wait(s, now + expected, kAccountThrottle), 0);
    now += expected;
  }
  EXPECT_EQ(s.failures, kAccountThrottle.lock_after - 1);
}

TEST(Throttle, TheWaitIsCappedAtTheMaximumDelay) {
  // The address policy doubles long enough to reach the cap before it locks.
  const ThrottlePolicy& p = kAddressThrottle;
  std::int64_t previous = 0;
  for (int n = p.free_failures + 1; n < p.lock_after; ++n) {
    std::int64_t wait = throttle_wait(fail_times(n, kT0, p), kT0, p);
    ASSERT_GE(wait, previous) << "after " << n << " failures";
    ASSERT_LE(wait, p.max_delay_seconds) << "after " << n << " failures";
    previous = wait;
  }
  EXPECT_EQ(previous, p.max_delay_seconds);
}

TEST(Throttle, FromLockAfterFailuresTheAccountIsLockedUntilTheFailuresAreForgotten) {
  const ThrottlePolicy& p = kAccountThrottle;
  ThrottleState s = fail_times(p.lock_after, kT0, p);
  EXPECT_EQ(throttle_wait(s, kT0, p), p.forget_after_seconds);
  EXPECT_EQ(throttle_wait(s, kT0 + 5 * kMinute, p), p.forget_after_seconds - 5 * kMinute);
  EXPECT_EQ(throttle_wait(s, kT0 + p.forget_after_seconds - 1, p), 1);
  EXPECT_EQ(throttle_wait(s, kT0 + p.forget_after_seconds, p), 0);
  // Far more than the cap between two attempts.
  EXPECT_GT(throttle_wait(s, kT0, p), p.max_delay_seconds);
}

TEST(Throttle, AfterTheForgetDelayTheCountStartsAgain) {
  const ThrottlePolicy& p = kAccountThrottle;
  ThrottleState locked = fail_times(p.lock_after, kT0, p);
  ThrottleState again = fail(locked, kT0 + p.forget_after_seconds, p);
  EXPECT_EQ(again.failures, 1);
  EXPECT_EQ(again.last_failure, kT0 + p.forget_after_seconds);
  EXPECT_EQ(throttle_wait(again, kT0 + p.forget_after_seconds, p), 0);

  // The same for a few failures that never reached the lock.
  ThrottleState some = fail_times(6, kT0, p);
  EXPECT_GT(throttle_wait(some, kT0, p), 0);
  EXPECT_EQ(throttle_wait(some, kT0 + p.forget_after_seconds, p), 0);
  EXPECT_EQ(fail(some, kT0 + p.forget_after_seconds, p).failures, 1);
  // …but a failure within the delay keeps counting.
  EXPECT_EQ(fail(some, kT0 + p.forget_after_seconds - 1, p).failures, 7);
}

// An attacker trying `passwords` wrong passwords against one account as fast as the back-off allows
// (an attempt made while it must wait is refused unchecked and does not count). Returns the time
// at which each password was actually checked.
std::vector<std::int64_t> attack(int passwords, const ThrottlePolicy& p) {
  ThrottleState s;
  std::int64_t now = kT0;
  std::vector<std::int64_t> checked;
  while (static_cast<int>(checked.size()) < passwords) {
    now += throttle_wait(s, now, p);
    checked.push_back(now);
    s = throttle_after_failure(s, now, p);
  }
  return checked;
}

int checked_within(const std::vector<std::int64_t>& times, std::int64_t seconds) {
  int n = 0;
  for (std::int64_t t : times) n += t < kT0 + seconds ? 1 : 0;
  return n;
}

TEST(Throttle, AnAttackerGetsOnlyAFewPasswordsCheckedPerAccount) {
  auto times = attack(50, kAccountThrottle);
  // In ten minutes, no more than the attempts before the lock.
  EXPECT_LE(checked_within(times, 10 * kMinute), kAccountThrottle.lock_after);
  // Fifty passwords take more than an hour.
  EXPECT_GT(times.back() - kT0, kHour);
  // And the rate stays low over a day: at most ~10 per quarter of an hour.
  auto day = attack(2000, kAccountThrottle);
  EXPECT_LE(checked_within(day, 24 * kHour), 24 * 4 * kAccountThrottle.lock_after);
}

TEST(Throttle, TheAddressPolicyIsLooserThanTheAccountOne) {
  EXPECT_GT(kAddressThrottle.free_failures, kAccountThrottle.free_failures);
  EXPECT_GT(kAddressThrottle.lock_after, kAccountThrottle.lock_after);
  // For the same failures, an address never waits longer than an account.
  ThrottleState s;
  for (int i = 1; i <= 120; ++i) {
    s = fail(s, kT0);
    EXPECT_LE(throttle_wait(s, kT0, kAddressThrottle), throttle_wait(s, kT0, kAccountThrottle)) << i << " failures";
  }
  // Colleagues sharing one address who mistype a few times are not slowed down at all.
  ThrottleState office = fail_times(kAccountThrottle.lock_after, kT0, kAddressThrottle);
  EXPECT_EQ(throttle_wait(office, kT0, kAddressThrottle), 0);
  // More passwords get checked from one address than against one account in ten minutes.
  EXPECT_GT(checked_within(attack(200, kAddressThrottle), 10 * kMinute),
            checked_within(attack(200, kAccountThrottle), 10 * kMinute));
}

}  // namespace
}  // namespace maillage::auth

// Cryptographic primitives for accounts, sessions and the audit chain (libsodium).
#pragma once

#include <string>
#include <string_view>

namespace maillage::auth {

/// Initialises libsodium; called once at start-up (idempotent, thread-safe).
void init_crypto();

/// An argon2id hash in the PHC string format ("$argon2id$v=19$m=…").
std::string hash_password(std::string_view password);

/// True when `password` matches `hash`. Takes the same time whatever the outcome.
bool verify_password(std::string_view password, const std::string& hash);

/// Runs a verification against a fixed hash, so that an unknown account costs the same time as a
/// known one (no account enumeration through timing).
void spend_password_verification_time(std::string_view password);

/// `bytes` random bytes, base64url-encoded without padding (session and API tokens).
std::string random_token(std::size_t bytes = 32);

/// A random identifier: 16 bytes as 32 lower-case hex characters.
std::string random_id();

/// A password people can copy: 20 characters from an alphabet without look-alikes.
std::string random_password();

/// BLAKE2b-256 of `data`, hex-encoded: stored instead of tokens, and links of the audit chain.
std::string digest_hex(std::string_view data);

/// Constant-time comparison of two strings.
bool constant_time_equals(std::string_view a, std::string_view b);

}  // namespace maillage::auth

// Structured logging: every log line is one JSON object with a time, a level and an event name.
// Never put secrets, passwords, tokens or patient data in a log event.
#pragma once

#include <boost/json/object.hpp>
#include <spdlog/common.h>

namespace maillage::log {

/// Sets up the process-wide logger (stderr, one JSON object per line).
void init(spdlog::level::level_enum level = spdlog::level::info);

/// Writes `fields` (which should hold an "event" member) with "ts" and "level" added.
void event(spdlog::level::level_enum level, boost::json::object fields);

inline void info(boost::json::object fields) { event(spdlog::level::info, std::move(fields)); }
inline void warn(boost::json::object fields) { event(spdlog::level::warn, std::move(fields)); }
inline void error(boost::json::object fields) { event(spdlog::level::err, std::move(fields)); }

}  // namespace maillage::log

#include "platform/util/log.h"

#include <boost/json/serialize.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "platform/util/time.h"

namespace maillage::log {

void init(spdlog::level::level_enum level) {
  auto logger = spdlog::stderr_logger_mt("maillage");
  logger->set_pattern("%v");
  logger->set_level(level);
  logger->flush_on(spdlog::level::info);
  spdlog::set_default_logger(logger);
}

void event(spdlog::level::level_enum level, boost::json::object fields) {
  if (!spdlog::default_logger_raw()->should_log(level)) return;
  boost::json::object line;
  line["ts"] = current_timestamp_utc();
  line["level"] = std::string_view(spdlog::level::to_string_view(level).data(),
                                   spdlog::level::to_string_view(level).size());
  for (auto& [key, value] : fields) line[key] = std::move(value);
  spdlog::log(level, "{}", boost::json::serialize(line));
}

}  // namespace maillage::log

// Serves the built front end (web/dist) from memory: correct content types, ETags with
// If-None-Match → 304, long-lived caching for Vite's content-hashed `assets/`, revalidation for
// the rest, and the single-page-app fallback (unknown paths without an extension → index.html).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace maillage::http {

class StaticFiles {
 public:
  /// Loads every regular file below `root`. An empty or missing root serves nothing.
  explicit StaticFiles(const std::filesystem::path& root);

  /// The response for a GET/HEAD of `request.path()`, or nothing when no file answers it.
  std::optional<Response> serve(const Request& request) const;

  std::size_t file_count() const { return files_.size(); }

  /// The content type for a file name, by extension ("application/octet-stream" if unknown).
  static std::string content_type_for(const std::string& filename);

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
    std::string cache_control;
  };
  Response respond(const File& file, const Request& request) const;

  std::unordered_map<std::string, File> files_;  // key: "/assets/index-abc.js"
};

}  // namespace maillage::http

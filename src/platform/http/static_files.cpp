#include "platform/http/static_files.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace maillage::http {
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// FNV-1a: an ETag only needs to change when the content does.
std::string etag_of(const std::string& content) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : content) h = (h ^ c) * 1099511628211ULL;
  return fmt::format("\"{:016x}\"", h);
}

}  // namespace

std::string StaticFiles::content_type_for(const std::string& filename) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},     {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},             {".map", "application/json"},
      {".svg", "image/svg+xml"},                 {".png", "image/png"},
      {".jpg", "image/jpeg"},                    {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},                     {".webp", "image/webp"},
      {".ico", "image/x-icon"},                  {".woff2", "font/woff2"},
      {".woff", "font/woff"},                    {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  auto it = kTypes.find(fs::path(filename).extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string url = "/" + fs::relative(entry.path(), root).generic_string();
    File file;
    file.content = read_file(entry.path());
    file.content_type = content_type_for(url);
    file.etag = etag_of(file.content);
    // Vite names everything under assets/ by content hash: it never changes under the same name.
    file.cache_control = url.starts_with("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    files_.emplace(std::move(url), std::move(file));
  }
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  if (request.method() != Method::get && request.method() != Method::head) return std::nullopt;
  const std::string& path = request.path();
  if (path.find("..") != std::string::npos) return std::nullopt;
  auto it = files_.find(path == "/" ? "/index.html" : path);
  if (it != files_.end()) return respond(it->second, request);
  // Client-side routes ("/communes/13203") get the app shell; missing files stay 404.
  bool looks_like_file = fs::path(path).has_extension();
  auto index = files_.find("/index.html");
  if (!looks_like_file && index != files_.end()) return respond(index->second, request);
  return std::nullopt;
}

Response StaticFiles::respond(const File& file, const Request& request) const {
  if (request.header("If-None-Match") == file.etag) {
    Response r = Response::empty(304);
    r.header("ETag", file.etag).header("Cache-Control", file.cache_control);
    return r;
  }
  Response r;
  r.content_type = file.content_type;
  r.body = file.content;
  r.header("ETag", file.etag).header("Cache-Control", file.cache_control);
  return r;
}

}  // namespace maillage::http

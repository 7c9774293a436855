#include "platform/db/sqlite_database.h"

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "platform/util/text.h"

namespace maillage::db {
namespace {

[[noreturn]] void fail(sqlite3* handle, int code, std::string_view what) {
  std::string message = std::string(what) + ": " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
  if ((code & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(message);
  throw DbError(message);
}

// SQL `maillage_fold(text)`: text::fold (lower case, no accents, punctuation as single spaces),
// for expression indexes on names (accent- and case-insensitive prefix search). Registered on
// every connection; the sqlite3 shell does not know it, so it can read the tables that such an
// index covers but not write them.
void fold_function(sqlite3_context* context, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(context);
  auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  std::string folded = text::fold(std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, std::string_view sql) : db_(db) {
    int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, "prepare failed for [" + std::string(sql) + "]");
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void rewind() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  Statement& bind(int index, const Value& value) override {
    int rc = std::visit(
        [&](const auto& v) -> int {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>) return sqlite3_bind_null(stmt_, index);
          else if constexpr (std::is_same_v<T, std::int64_t>) return sqlite3_bind_int64(stmt_, index, v);
          else if constexpr (std::is_same_v<T, double>) return sqlite3_bind_double(stmt_, index, v);
          else return sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        },
        value);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
  }

  bool step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset now so the statement does not keep a read transaction open after an error.
    sqlite3_reset(stmt_);
    fail(db_, rc, "statement failed");
  }

  std::int64_t run() override {
    while (step()) {
    }
    return sqlite3_changes64(db_);
  }

  bool is_null(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::int64_t int64(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string text(int column) const override {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
  }
  Value value(int column) const override {
    switch (sqlite3_column_type(stmt_, column)) {
      case SQLITE_NULL: return std::monostate{};
      case SQLITE_INTEGER: return int64(column);
      case SQLITE_FLOAT: return real(column);
      default: return text(column);
    }
  }
  int column_count() const override { return sqlite3_column_count(stmt_); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, bool read_only, const SqliteOptions& options) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI |
                (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = "cannot open database " + path + ": " + sqlite3_errstr(rc);
      sqlite3_close(db_);
      throw DbError(message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, options.busy_timeout_ms);
    rc = sqlite3_create_function_v2(db_, "maillage_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nullptr, fold_function, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "cannot register maillage_fold");
    if (!read_only) {
      execute_script("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    }
    execute_script("PRAGMA foreign_keys=ON;");
    if (read_only) execute_script("PRAGMA query_only=ON;");
  }
  ~SqliteConnection() override {
    statements_.clear();
    sqlite3_close_v2(db_);
  }

  Statement& prepare(std::string_view sql) override {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      it = statements_.emplace(std::string(sql), std::make_unique<SqliteStatement>(db_, sql)).first;
    } else {
      it->second->rewind();
    }
    return *it->second;
  }

  void execute_script(std::string_view sql) override {
    std::string text(sql);
    char* error = nullptr;
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      std::string message = error ? error : sqlite3_errstr(rc);
      sqlite3_free(error);
      if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(message);
      throw DbError(message);
    }
  }

  /// Rewinds every statement left mid-result. A statement that returned a row and was not run to
  /// its end keeps its read transaction open, and so would keep seeing an old snapshot of the
  /// database: called whenever a connection goes back to its pool.
  void reset_statements() {
    for (sqlite3_stmt* st = sqlite3_next_stmt(db_, nullptr); st; st = sqlite3_next_stmt(db_, st)) {
      if (sqlite3_stmt_busy(st)) sqlite3_reset(st);
    }
  }

  void begin() override { execute_script("BEGIN IMMEDIATE"); }
  void commit() override { execute_script("COMMIT"); }
  void rollback() override {
    if (in_transaction()) execute_script("ROLLBACK");
  }
  bool in_transaction() const override { return sqlite3_get_autocommit(db_) == 0; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>, Hash, std::equal_to<>> statements_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(const std::string& path, const SqliteOptions& options) : path_(path), options_(options) {
    // The writer is opened first: it creates the file and switches it to WAL before readers attach.
    writer_ = std::make_unique<SqliteConnection>(path, false, options);
  }

  Lease write() override {
    std::unique_lock lock(writer_mutex_);
    if (!writer_) throw DbError("database is closed");
    auto* held = new std::unique_lock<std::mutex>(std::move(lock));
    SqliteConnection* writer = writer_.get();
    return Lease(*writer_, [held, writer] {
      writer->reset_statements();
      delete held;
    });
  }

  Lease read() override {
    std::unique_lock lock(pool_mutex_);
    if (closed_) throw DbError("database is closed");
    if (idle_.empty() && created_ < options_.readers) {
      ++created_;
      lock.unlock();
      auto connection = std::make_shared<SqliteConnection>(path_, true, options_);
      return lease_reader(std::move(connection));
    }
    pool_available_.wait(lock, [this] { return !idle_.empty() || closed_; });
    if (closed_) throw DbError("database is closed");
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return lease_reader(std::move(connection));
  }

  std::string_view dialect() const override { return "sqlite"; }
  std::string engine_version() const override { return std::string("SQLite ") + sqlite3_libversion(); }

  void close() override {
    {
      std::lock_guard lock(pool_mutex_);
      closed_ = true;
      idle_.clear();
    }
    pool_available_.notify_all();
    std::lock_guard lock(writer_mutex_);
    if (writer_) {
      // Fold the WAL back into the main file so a closed database is a single self-contained file.
      try {
        writer_->execute_script("PRAGMA wal_checkpoint(TRUNCATE);");
      } catch (const DbError&) {
        // A reader still open in another process may prevent truncation; closing stays correct.
      }
      writer_.reset();
    }
  }

  ~SqliteDatabase() override { close(); }

 private:
  Lease lease_reader(std::shared_ptr<SqliteConnection> connection) {
    Connection& ref = *connection;
    return Lease(ref, [this, connection = std::move(connection)]() mutable {
      connection->reset_statements();
      {
        std::lock_guard lock(pool_mutex_);
        if (!closed_) idle_.push_back(std::move(connection));
      }
      pool_available_.notify_one();
    });
  }

  std::string path_;
  SqliteOptions options_;
  std::mutex writer_mutex_;
  std::unique_ptr<SqliteConnection> writer_;
  std::mutex pool_mutex_;
  std::condition_variable pool_available_;
  std::vector<std::shared_ptr<SqliteConnection>> idle_;
  int created_ = 0;
  bool closed_ = false;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, SqliteOptions options) {
  return std::make_unique<SqliteDatabase>(path, options);
}

std::unique_ptr<Database> open_database(const std::string& url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    throw DbError("PostgreSQL support is not available in this build yet; use a SQLite file path");
  }
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  return open_sqlite(path);
}

}  // namespace maillage::db

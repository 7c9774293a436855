// The small database interface every capability's store is written against.
//
// Two implementations are planned: SQLite (embedded default, `sqlite_database.h`) and PostgreSQL
// (server scale). SQL text handed to `Connection::prepare` uses `?` positional parameters and
// portable syntax (ANSI, `ON CONFLICT`, `RETURNING`); whatever differs between dialects lives
// behind `Connection` (transaction start, error mapping) or a method of `Dialect`.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace maillage::db {

/// A value bound to a parameter: NULL, integer, real or text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Any failure reported by the database engine.
class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A UNIQUE, PRIMARY KEY, CHECK or FOREIGN KEY constraint refused a write; callers map it to 409.
class ConstraintError : public DbError {
 public:
  using DbError::DbError;
};

/// A prepared statement with positional parameters numbered from 1. Obtained from
/// `Connection::prepare`, which caches it: use it, then let it go before preparing the same SQL
/// again (statements are not re-entrant).
class Statement {
 public:
  virtual ~Statement() = default;

  virtual Statement& bind(int index, const Value& value) = 0;

  /// Binds every argument in order, starting at parameter 1.
  template <class... Args>
  Statement& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, to_value(args)), ...);
    return *this;
  }

  /// Binds a list of values built at run time (a query assembled from filters), from parameter 1.
  Statement& bind_values(const std::vector<Value>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) bind(static_cast<int>(i) + 1, values[i]);
    return *this;
  }

  /// Advances to the next result row; returns false when there is none. For statements without a
  /// result (INSERT, UPDATE, …) the first call runs them.
  virtual bool step() = 0;

  /// Runs the statement to completion and returns the number of rows it changed.
  virtual std::int64_t run() = 0;

  virtual bool is_null(int column) const = 0;
  virtual std::int64_t int64(int column) const = 0;
  virtual double real(int column) const = 0;
  virtual std::string text(int column) const = 0;
  /// The column as a typed value (NULL, integer, real or text), e.g. for comparisons.
  virtual Value value(int column) const = 0;
  virtual int column_count() const = 0;
  std::optional<std::int64_t> optional_int64(int column) const {
    return is_null(column) ? std::nullopt : std::optional(int64(column));
  }
  std::optional<double> optional_real(int column) const {
    return is_null(column) ? std::nullopt : std::optional(real(column));
  }
  std::optional<std::string> optional_text(int column) const {
    return is_null(column) ? std::nullopt : std::optional(text(column));
  }

 private:
  static Value to_value(std::nullptr_t) { return std::monostate{}; }
  static Value to_value(bool v) { return static_cast<std::int64_t>(v); }
  static Value to_value(int v) { return static_cast<std::int64_t>(v); }
  static Value to_value(unsigned v) { return static_cast<std::int64_t>(v); }
  static Value to_value(long v) { return static_cast<std::int64_t>(v); }
  static Value to_value(long long v) { return static_cast<std::int64_t>(v); }
  static Value to_value(double v) { return v; }
  static Value to_value(const char* v) { return std::string(v); }
  static Value to_value(std::string_view v) { return std::string(v); }
  static Value to_value(const std::string& v) { return v; }
  static Value to_value(const Value& v) { return v; }
  template <class T>
  static Value to_value(const std::optional<T>& v) {
    return v ? to_value(*v) : Value{};
  }
};

/// One connection to the database. Used by one thread at a time (through a `Lease`).
class Connection {
 public:
  virtual ~Connection() = default;

  /// Returns the cached prepared statement for `sql`, rewound and with its bindings cleared.
  virtual Statement& prepare(std::string_view sql) = 0;

  /// Prepares, binds `args` and runs a statement without result rows; returns rows changed.
  template <class... Args>
  std::int64_t execute(std::string_view sql, const Args&... args) {
    return prepare(sql).bind_all(args...).run();
  }

  /// Prepares and binds a query; iterate with `step()`.
  template <class... Args>
  Statement& query(std::string_view sql, const Args&... args) {
    return prepare(sql).bind_all(args...);
  }

  /// Runs a script of several parameterless statements (migrations only).
  virtual void execute_script(std::string_view sql) = 0;

  /// Starts a write transaction (SQLite: BEGIN IMMEDIATE, so the write lock is taken up front).
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual bool in_transaction() const = 0;
};

/// Exclusive use of a connection for as long as the lease lives; returns it to its owner after.
class Lease {
 public:
  Lease(Connection& connection, std::function<void()> release)
      : connection_(&connection), release_(std::move(release)) {}
  Lease(Lease&& other) noexcept
      : connection_(other.connection_), release_(std::exchange(other.release_, nullptr)) {}
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Lease& operator=(Lease&&) = delete;
  ~Lease() {
    if (release_) release_();
  }

  Connection& operator*() const { return *connection_; }
  Connection* operator->() const { return connection_; }

 private:
  Connection* connection_;
  std::function<void()> release_;
};

/// A database: one writer connection at a time, a pool of readers.
class Database {
 public:
  virtual ~Database() = default;

  /// The single writer connection; blocks while another thread holds it.
  virtual Lease write() = 0;

  /// A read-only connection from the pool; blocks while all are in use.
  virtual Lease read() = 0;

  /// "sqlite" or "postgresql".
  virtual std::string_view dialect() const = 0;

  /// A short human description of the engine and its version, for `/api/health`.
  virtual std::string engine_version() const = 0;

  /// Closes every connection; further use is an error. Called once at shutdown.
  virtual void close() = 0;
};

/// Runs `work(connection)` inside one write transaction: committed if it returns, rolled back if
/// it throws (and the exception propagates). Every write of the application goes through here.
template <class Work>
auto with_transaction(Database& db, Work&& work) {
  Lease lease = db.write();
  Connection& connection = *lease;
  connection.begin();
  try {
    if constexpr (std::is_void_v<decltype(work(connection))>) {
      work(connection);
      connection.commit();
    } else {
      auto result = work(connection);
      connection.commit();
      return result;
    }
  } catch (...) {
    connection.rollback();
    throw;
  }
}

/// Opens the database named by `url`: a file path (SQLite) or, later, `postgresql://…`.
std::unique_ptr<Database> open_database(const std::string& url);

}  // namespace maillage::db

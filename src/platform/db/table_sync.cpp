#include "platform/db/table_sync.h"

namespace maillage::db {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator,
                 const std::string& format = "{}") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    std::string piece = format;
    for (std::size_t pos; (pos = piece.find("{}")) != std::string::npos;) piece.replace(pos, 2, item);
    out += piece;
  }
  return out;
}

}  // namespace

TableSync::TableSync(std::string table, std::vector<std::string> columns, std::size_t key_columns)
    : table_(std::move(table)), columns_(std::move(columns)), key_columns_(key_columns) {}

void TableSync::upsert(Connection& connection, const std::vector<std::vector<Value>>& rows) {
  existing_.clear();
  {
    auto& select = connection.prepare("SELECT " + join(columns_, ", ") + " FROM " + table_);
    while (select.step()) {
      std::vector<Value> row;
      row.reserve(columns_.size());
      for (std::size_t i = 0; i < columns_.size(); ++i) row.push_back(select.value(static_cast<int>(i)));
      Key key = key_of(row);
      existing_.emplace(std::move(key), std::move(row));
    }
  }

  std::vector<std::string> keys(columns_.begin(), columns_.begin() + static_cast<std::ptrdiff_t>(key_columns_));
  std::vector<std::string> others(columns_.begin() + static_cast<std::ptrdiff_t>(key_columns_), columns_.end());
  std::string sql = "INSERT INTO " + table_ + " (" + join(columns_, ", ") + ") VALUES (" +
                    join(std::vector<std::string>(columns_.size(), "?"), ", ") + ") ON CONFLICT (" + join(keys, ", ") +
                    ") DO " + (others.empty() ? "NOTHING" : "UPDATE SET " + join(others, ", ", "{} = excluded.{}"));
  auto& statement = connection.prepare(sql);
  for (const auto& row : rows) {
    auto it = existing_.find(key_of(row));
    if (it != existing_.end()) {
      bool same = it->second == row;
      existing_.erase(it);
      if (same) {
        ++counts_.unchanged;
        continue;
      }
      ++counts_.updated;
    } else {
      ++counts_.inserted;
    }
    connection.prepare(sql);  // rewinds the cached statement
    for (std::size_t i = 0; i < row.size(); ++i) statement.bind(static_cast<int>(i + 1), row[i]);
    statement.run();
  }
}

void TableSync::delete_missing(Connection& connection) {
  std::vector<std::string> keys(columns_.begin(), columns_.begin() + static_cast<std::ptrdiff_t>(key_columns_));
  std::string sql = "DELETE FROM " + table_ + " WHERE " + join(keys, " AND ", "{} = ?");
  for (const auto& [key, row] : existing_) {
    auto& statement = connection.prepare(sql);
    for (std::size_t i = 0; i < key.size(); ++i) statement.bind(static_cast<int>(i + 1), key[i]);
    counts_.deleted += statement.run();
  }
  existing_.clear();
}

}  // namespace maillage::db

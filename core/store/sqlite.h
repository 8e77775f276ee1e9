// A thin RAII layer over sqlite3: a connection, prepared statements, transactions. Every failure
// throws StoreError with SQLite's message; nothing here builds SQL from data.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/message.h"

struct sqlite3;
struct sqlite3_stmt;

namespace mner {

class StoreError : public std::runtime_error, public WithMessage {
public:
    using std::runtime_error::runtime_error;
    explicit StoreError(Message m) : std::runtime_error(m.text()), WithMessage(std::move(m)) {}
};

class Statement;

class Database {
public:
    Database() = default;
    // Opens (and creates when asked) the file. Throws StoreError.
    Database(const std::string &path, bool create);
    ~Database();
    Database(Database &&o) noexcept;
    Database &operator=(Database &&o) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const std::string &sql);
    Statement prepare(std::string_view sql);
    int64_t lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return db_; }
    [[noreturn]] void fail(const std::string &context) const;

private:
    sqlite3 *db_ = nullptr;
};

class Statement {
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(Statement &&o) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, int64_t v);
    Statement &bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    Statement &bind(int i, double v);
    Statement &bind(int i, std::string_view v);
    Statement &bind(int i, const std::string &v) { return bind(i, std::string_view(v)); }
    Statement &bind(int i, const char *v) { return bind(i, std::string_view(v)); }
    Statement &bindBlob(int i, const void *data, size_t size);
    Statement &bindNull(int i);

    // Steps once: true while a row is available.
    bool step();
    // Steps to completion (for statements without results) and resets for reuse.
    void run();
    void reset();

    int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    std::vector<unsigned char> blob(int col) const;
    bool isNull(int col) const;

private:
    Database *db_;
    sqlite3_stmt *st_ = nullptr;
};

// Commits on commit(), rolls back when destroyed without it.
class Transaction {
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    void commit();
private:
    Database &db_;
    bool done_ = false;
};

} // namespace mner

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

// Why SQLite refused, from its result code: the kinds that waiting can cure (the file is
// read-only, the disk full, the database locked by another process, an I/O error, the file gone)
// and the rest (a constraint, a conflict, a bug).
enum class StoreFailure { Other, ReadOnly, Full, Busy, Io, CantOpen };

class StoreError : public std::runtime_error, public WithMessage {
public:
    using std::runtime_error::runtime_error;
    explicit StoreError(Message m) : std::runtime_error(m.text()), WithMessage(std::move(m)) {}
    // An error SQLite reported, with its (extended) result code.
    StoreError(const std::string &what, int sqliteCode) : std::runtime_error(what), code_(sqliteCode) {}
    int sqliteCode() const { return code_; }  // 0 when the error is not SQLite's
    StoreFailure failure() const;
    // The project cannot be written now but may be later: keep the work and retry.
    bool transient() const { return failure() != StoreFailure::Other; }

private:
    int code_ = 0;
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
    // Throws StoreError with SQLite's message and result code (code 0: the connection's last one).
    [[noreturn]] void fail(const std::string &context, int code = 0) const;

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

}  // namespace mner

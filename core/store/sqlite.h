// A thin RAII layer over the two databases a project lives in: an SQLite file (one person) or a
// PostgreSQL server (a team; postgres.cpp). A connection, prepared statements, transactions. The
// store writes SQL both understand (?/?N placeholders, ON CONFLICT upserts); where they differ it
// asks postgres(). Every failure throws StoreError with the database's message; nothing here
// builds SQL from data.
#pragma once

#include <cstdint>
#include <memory>
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
// Denied: the server refused the user's role this write (row-level security, privileges).
enum class StoreFailure { Other, ReadOnly, Full, Busy, Io, CantOpen, Denied };

class StoreError : public std::runtime_error, public WithMessage {
public:
    using std::runtime_error::runtime_error;
    explicit StoreError(Message m) : std::runtime_error(m.text()), WithMessage(std::move(m)) {}
    // An error SQLite reported, with its (extended) result code.
    StoreError(const std::string &what, int sqliteCode) : std::runtime_error(what), code_(sqliteCode) {}
    // An error a PostgreSQL server reported, with its SQLSTATE ("" when the connection broke).
    StoreError(const std::string &what, std::string sqlState, bool connectionLost)
        : std::runtime_error(what), state_(std::move(sqlState)), lost_(connectionLost), postgres_(true) {}
    int sqliteCode() const { return code_; }  // 0 when the error is not SQLite's
    const std::string &sqlState() const { return state_; }
    StoreFailure failure() const;
    // The project cannot be written now but may be later: keep the work and retry.
    bool transient() const { return failure() != StoreFailure::Other; }

private:
    int code_ = 0;
    std::string state_;
    bool lost_ = false, postgres_ = false;
};

struct PgConnection;
struct PgStatement;

// The parts of a PostgreSQL URL: what libpq connects to and the project (a schema on the server).
struct ServerUrl {
    std::string conninfo;  // the URL without mner's own parameters
    std::string project;   // ?project=NAME
};
// True for postgresql:// and postgres:// URLs.
bool isServerUrl(const std::string &location);
// Throws StoreError when the URL names no project (and one is required) or one that is not a
// plain name ([a-z0-9_]).
ServerUrl parseServerUrl(const std::string &url, bool needProject = true);

class Statement;

class Database {
public:
    Database() = default;
    // Opens (and creates when asked) the file. Throws StoreError.
    Database(const std::string &path, bool create);
    // Connects to a PostgreSQL server (a libpq connection string or URL); throws StoreError.
    static Database connectServer(const std::string &conninfo);
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
    bool postgres() const { return pg_ != nullptr; }
    // Counts what may have written through this connection (exec, a statement run to completion):
    // memoised reads are good while it stays the same.
    uint64_t writes() const { return writes_; }
    void wrote() { ++writes_; }
    PgConnection *server() const { return pg_.get(); }
    // Throws StoreError with SQLite's message and result code (code 0: the connection's last one).
    [[noreturn]] void fail(const std::string &context, int code = 0) const;

private:
    sqlite3 *db_ = nullptr;
    std::unique_ptr<PgConnection> pg_;
    uint64_t writes_ = 0;
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
    // Binds text without copying it: requires v's bytes to stay unchanged until the statement
    // has run (or been reset). For bulk inserts.
    Statement &bindView(int i, std::string_view v);
    Statement &bindNull(int i);

    // Steps once: true while a row is available.
    bool step();
    // Steps to completion (for statements without results) and resets for reuse.
    void run();
    void reset();

    // Result columns: how many, their names, and each value's kind (for copying whole tables).
    enum class Kind { Null, Int, Real, Text, Blob };
    int columns() const;
    std::string columnName(int col) const;
    Kind kind(int col) const;
    int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    std::vector<unsigned char> blob(int col) const;
    bool isNull(int col) const;

private:
    Database *db_;
    sqlite3_stmt *st_ = nullptr;
    std::unique_ptr<PgStatement> pg_;
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

#include "store/sqlite.h"

#include <sqlite3.h>

namespace mner {

Database::Database(const std::string &path, bool create) {
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
        int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_NOMEM;
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(path + ": cannot open the project: " + msg, code);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database &&o) noexcept : db_(o.db_) { o.db_ = nullptr; }

Database &Database::operator=(Database &&o) noexcept {
    if (this != &o) {
        sqlite3_close_v2(db_);
        db_ = o.db_;
        o.db_ = nullptr;
    }
    return *this;
}

StoreFailure StoreError::failure() const {
    switch (code_ & 0xff) {  // the primary code
    case SQLITE_READONLY: return StoreFailure::ReadOnly;
    case SQLITE_FULL: return StoreFailure::Full;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreFailure::Busy;
    case SQLITE_IOERR: return StoreFailure::Io;
    case SQLITE_CANTOPEN: return StoreFailure::CantOpen;
    default: return StoreFailure::Other;
    }
}

void Database::fail(const std::string &context, int code) const {
    if (code == 0 && db_) code = sqlite3_extended_errcode(db_);
    throw StoreError(context + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"), code);
}

void Database::exec(const std::string &sql) {
    char *err = nullptr;
    if (int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        throw StoreError(msg, sqlite3_extended_errcode(db_) ? sqlite3_extended_errcode(db_) : rc);
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(*this, sql); }
int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Database &db, std::string_view sql) : db_(&db) {
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_, nullptr) !=
        SQLITE_OK)
        db.fail("preparing '" + std::string(sql.substr(0, 60)) + "'");
}

Statement::~Statement() { sqlite3_finalize(st_); }
Statement::Statement(Statement &&o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }

Statement &Statement::bind(int i, int64_t v) {
    if (sqlite3_bind_int64(st_, i, v) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bind(int i, double v) {
    if (sqlite3_bind_double(st_, i, v) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bind(int i, std::string_view v) {
    if (sqlite3_bind_text64(st_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bindBlob(int i, const void *data, size_t size) {
    if (sqlite3_bind_blob64(st_, i, data, size, SQLITE_TRANSIENT) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bindNull(int i) {
    if (sqlite3_bind_null(st_, i) != SQLITE_OK) db_->fail("bind");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string sql = sqlite3_sql(st_) ? sqlite3_sql(st_) : "";
    int code = sqlite3_extended_errcode(db_->handle());
    sqlite3_reset(st_);
    db_->fail("'" + sql.substr(0, 60) + "'", code ? code : rc);
}

void Statement::run() {
    while (step()) {}
    reset();
}

void Statement::reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
}

int64_t Statement::int64(int col) const { return sqlite3_column_int64(st_, col); }
double Statement::real(int col) const { return sqlite3_column_double(st_, col); }
std::string Statement::text(int col) const {
    const auto *p = sqlite3_column_text(st_, col);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col)))
             : std::string();
}
std::vector<unsigned char> Statement::blob(int col) const {
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(st_, col));
    int n = sqlite3_column_bytes(st_, col);
    return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
}
bool Statement::isNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

Transaction::Transaction(Database &db, bool immediate) : db_(db) { db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN"); }

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {}
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace mner

#include "store/sqlite.h"
#include "store/postgres.h"
#include "text/contains.h"

#include <libpq-fe.h>
#include <charconv>
#include <cstring>

#include <sqlite3.h>

namespace mner {

namespace {
// contains_text(haystack, needle): the tweet list's text filter, several times quicker over a
// million rows than LIKE '%needle%' (same answers; NULL when either argument is NULL)
void containsText(sqlite3_context *ctx, int, sqlite3_value **argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) return sqlite3_result_null(ctx);
    const char *h = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const size_t hn = size_t(sqlite3_value_bytes(argv[0]));
    const char *n = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const size_t nn = size_t(sqlite3_value_bytes(argv[1]));
    if (!h || !n) return sqlite3_result_error_nomem(ctx);
    sqlite3_result_int(ctx, containsIgnoringAsciiCase({h, hn}, {n, nn}) ? 1 : 0);
}
}  // namespace

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
    if (sqlite3_create_function_v2(db_, "contains_text", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   containsText, nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::string msg = sqlite3_errmsg(db_);
        int code = sqlite3_extended_errcode(db_);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(path + ": cannot open the project: " + msg, code);
    }
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database &&o) noexcept : db_(o.db_), pg_(std::move(o.pg_)), writes_(o.writes_) { o.db_ = nullptr; }

Database &Database::operator=(Database &&o) noexcept {
    if (this != &o) {
        sqlite3_close_v2(db_);
        db_ = o.db_;
        o.db_ = nullptr;
        pg_ = std::move(o.pg_);
        writes_ = o.writes_;
    }
    return *this;
}

StoreFailure StoreError::failure() const {
    if (postgres_) {
        if (lost_) return StoreFailure::Io;  // the server went away: the edits wait for it
        const std::string &s = state_;
        if (s == "53100") return StoreFailure::Full;
        if (s == "25006") return StoreFailure::ReadOnly;
        if (s == "40001" || s == "40P01" || s == "55P03") return StoreFailure::Busy;
        if (s.rfind("08", 0) == 0 || s == "57P01" || s == "57P02" || s == "57P03") return StoreFailure::Io;
        if (s == "42501") return StoreFailure::Denied;
        return StoreFailure::Other;
    }
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
    ++writes_;
    if (pg_) return pg_->exec(sql);
    char *err = nullptr;
    if (int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        throw StoreError(msg, sqlite3_extended_errcode(db_) ? sqlite3_extended_errcode(db_) : rc);
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(*this, sql); }
int64_t Database::lastInsertId() const {
    if (pg_) {
        PgStatement st;
        st.db = pg_.get();
        st.sql = "SELECT lastval()";
        int64_t changes = pg_->changes;
        st.execute();
        pg_->changes = changes;
        int64_t v = 0;
        const char *t = PQgetvalue(st.res, 0, 0);
        std::from_chars(t, t + std::strlen(t), v);
        return v;
    }
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const { return pg_ ? static_cast<int>(pg_->changes) : sqlite3_changes(db_); }

Statement::Statement(Database &db, std::string_view sql) : db_(&db) {
    if (db.postgres()) {
        pg_ = std::make_unique<PgStatement>();
        pg_->db = db.server();
        pg_->sql = pgPlaceholders(sql);
        return;
    }
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_, nullptr) !=
        SQLITE_OK)
        db.fail("preparing '" + std::string(sql.substr(0, 60)) + "'");
}

Statement::~Statement() { sqlite3_finalize(st_); }
Statement::Statement(Statement &&o) noexcept : db_(o.db_), st_(o.st_), pg_(std::move(o.pg_)) { o.st_ = nullptr; }

namespace {
std::string toText(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);  // no locale: '.' always
    return std::string(buf, r.ptr);
}
}  // namespace

Statement &Statement::bind(int i, int64_t v) {
    if (pg_) {
        pg_->set(i, std::to_string(v));
        return *this;
    }
    if (sqlite3_bind_int64(st_, i, v) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bind(int i, double v) {
    if (pg_) {
        pg_->set(i, toText(v));
        return *this;
    }
    if (sqlite3_bind_double(st_, i, v) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bind(int i, std::string_view v) {
    if (pg_) {
        pg_->set(i, std::string(v));
        return *this;
    }
    if (sqlite3_bind_text64(st_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bindView(int i, std::string_view v) {
    if (pg_) return bind(i, v);
    if (sqlite3_bind_text64(st_, i, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bindBlob(int i, const void *data, size_t size) {
    if (pg_) {
        pg_->set(i, std::string(static_cast<const char *>(data), size), true);
        return *this;
    }
    if (sqlite3_bind_blob64(st_, i, data, size, SQLITE_TRANSIENT) != SQLITE_OK) db_->fail("bind");
    return *this;
}
Statement &Statement::bindNull(int i) {
    if (pg_) {
        pg_->set(i, std::nullopt);
        return *this;
    }
    if (sqlite3_bind_null(st_, i) != SQLITE_OK) db_->fail("bind");
    return *this;
}

bool Statement::step() {
    if (pg_) {
        if (!pg_->executed) pg_->execute();
        return ++pg_->row < pg_->rows;
    }
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string sql = sqlite3_sql(st_) ? sqlite3_sql(st_) : "";
    int code = sqlite3_extended_errcode(db_->handle());
    sqlite3_reset(st_);
    db_->fail("'" + sql.substr(0, 60) + "'", code ? code : rc);
}

void Statement::run() {
    db_->wrote();
    if (pg_) {
        pg_->execute();
        reset();
        return;
    }
    while (step()) {}
    reset();
}

void Statement::reset() {
    if (pg_) {
        pg_->clear();
        pg_->params.clear();
        pg_->binary.clear();
        return;
    }
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
}

namespace {
const char *pgValue(const PgStatement &s, int col) {
    if (!s.res || s.row < 0 || s.row >= s.rows || col < 0 || col >= PQnfields(s.res)) return nullptr;
    return PQgetisnull(s.res, s.row, col) ? nullptr : PQgetvalue(s.res, s.row, col);
}
int hexDigit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
}  // namespace

int Statement::columns() const {
    if (pg_) return pg_->res ? PQnfields(pg_->res) : 0;
    return sqlite3_column_count(st_);
}
std::string Statement::columnName(int col) const {
    if (pg_) return pg_->res ? PQfname(pg_->res, col) : "";
    const char *n = sqlite3_column_name(st_, col);
    return n ? n : "";
}
Statement::Kind Statement::kind(int col) const {
    if (pg_) {
        if (!pgValue(*pg_, col)) return Kind::Null;
        switch (PQftype(pg_->res, col)) {  // type oids of pg_type.dat
        case 16: case 20: case 21: case 23: case 26: return Kind::Int;
        case 700: case 701: case 1700: return Kind::Real;
        case 17: return Kind::Blob;
        default: return Kind::Text;
        }
    }
    switch (sqlite3_column_type(st_, col)) {
    case SQLITE_INTEGER: return Kind::Int;
    case SQLITE_FLOAT: return Kind::Real;
    case SQLITE_BLOB: return Kind::Blob;
    case SQLITE_NULL: return Kind::Null;
    default: return Kind::Text;
    }
}

int64_t Statement::int64(int col) const {
    if (pg_) {
        const char *v = pgValue(*pg_, col);
        if (!v) return 0;
        if (*v == 't') return 1;  // booleans (x IS NOT NULL)
        if (*v == 'f') return 0;
        int64_t out = 0;
        auto r = std::from_chars(v, v + std::strlen(v), out);
        if (r.ec == std::errc() && *r.ptr == '.') {  // a numeric with a fraction: as SQLite, truncated
            double d = 0;
            std::from_chars(v, v + std::strlen(v), d);
            out = static_cast<int64_t>(d);
        }
        return out;
    }
    return sqlite3_column_int64(st_, col);
}
double Statement::real(int col) const {
    if (pg_) {
        const char *v = pgValue(*pg_, col);
        if (!v) return 0;
        double out = 0;
        std::from_chars(v, v + std::strlen(v), out);  // no locale
        return out;
    }
    return sqlite3_column_double(st_, col);
}
std::string Statement::text(int col) const {
    if (pg_) {
        const char *v = pgValue(*pg_, col);
        return v ? std::string(v, size_t(PQgetlength(pg_->res, pg_->row, col))) : std::string();
    }
    const auto *p = sqlite3_column_text(st_, col);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col)))
             : std::string();
}
std::vector<unsigned char> Statement::blob(int col) const {
    if (pg_) {
        const char *v = pgValue(*pg_, col);
        std::vector<unsigned char> out;
        if (!v) return out;
        size_t n = size_t(PQgetlength(pg_->res, pg_->row, col));
        if (PQftype(pg_->res, col) != 17 || n < 2 || v[0] != '\\' || v[1] != 'x') return {v, v + n};
        out.reserve((n - 2) / 2);
        for (size_t i = 2; i + 1 < n; i += 2) out.push_back(static_cast<unsigned char>(hexDigit(v[i]) * 16 + hexDigit(v[i + 1])));
        return out;
    }
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(st_, col));
    int n = sqlite3_column_bytes(st_, col);
    return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
}
bool Statement::isNull(int col) const {
    if (pg_) return pgValue(*pg_, col) == nullptr;
    return sqlite3_column_type(st_, col) == SQLITE_NULL;
}

Transaction::Transaction(Database &db, bool immediate) : db_(db) {
    db_.exec(immediate && !db.postgres() ? "BEGIN IMMEDIATE" : "BEGIN");
}

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

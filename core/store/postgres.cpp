// A project on a PostgreSQL server through libpq: connections, statements, errors by SQLSTATE.
#include "store/postgres.h"

#include <libpq-fe.h>

#include <poll.h>

#include <charconv>
#include <chrono>
#include <cstring>

namespace mner {

bool isServerUrl(const std::string &location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

ServerUrl parseServerUrl(const std::string &url, bool needProject) {
    ServerUrl u;
    size_t q = url.find('?');
    std::string base = url.substr(0, q), query = q == std::string::npos ? "" : url.substr(q + 1);
    std::string kept;
    bool timeout = false;
    size_t p = 0;
    while (p <= query.size() && !query.empty()) {
        size_t e = query.find('&', p);
        if (e == std::string::npos) e = query.size();
        std::string kv = query.substr(p, e - p);
        if (kv.rfind("project=", 0) == 0) {
            u.project = kv.substr(8);
        } else if (!kv.empty()) {
            if (kv.rfind("connect_timeout=", 0) == 0) timeout = true;
            kept += (kept.empty() ? "" : "&") + kv;
        }
        p = e + 1;
    }
    // a dead server or network must not hold the window: give up connecting after 5 s, and notice
    // a connection that stopped answering within seconds (keepalives, TCP user timeout)
    if (!timeout) kept += std::string(kept.empty() ? "" : "&") + "connect_timeout=5";
    kept += "&keepalives_idle=10&keepalives_interval=3&keepalives_count=3&tcp_user_timeout=5000";
    kept += "&application_name=mner";
    u.conninfo = base + "?" + kept;
    if (u.project.empty() && !needProject) return u;
    if (u.project.empty())
        throw StoreError(Message{"{1}: the URL names no project (add ?project=NAME)", {base}});
    for (char c : u.project)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            throw StoreError(Message{"{1}: a project's name on a server is made of a-z, 0-9 and _ ('{2}')", {base, u.project}});
    if ((u.project[0] >= '0' && u.project[0] <= '9') || u.project.rfind("pg_", 0) == 0)
        throw StoreError(Message{"{1}: a project's name must not start with a digit or pg_ ('{2}')", {base, u.project}});
    return u;
}

std::string pgPlaceholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 1, highest = 0;
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        size_t j = i + 1;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
        int n = next;
        if (j > i + 1) std::from_chars(sql.data() + i + 1, sql.data() + j, n);
        highest = std::max(highest, n);
        next = highest + 1;  // as SQLite numbers a bare ? after ?N
        out += '$' + std::to_string(n);
        i = j - 1;
    }
    return out;
}

namespace {
// libpq's message without its trailing newline
std::string message(const char *m) {
    std::string s = m ? m : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}
}  // namespace

PgConnection::~PgConnection() { PQfinish(conn); }

void PgConnection::fail(const std::string &context, pg_result *res) const {
    std::string msg = message(res ? PQresultErrorMessage(res) : "");
    if (msg.empty()) msg = message(PQerrorMessage(conn));
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    std::string sqlState = state ? state : "";
    bool lost = PQstatus(conn) != CONNECTION_OK;
    if (res) PQclear(res);
    if (msg.rfind("ERROR:  ", 0) == 0) msg = msg.substr(8);
    if (lost && msg.empty()) msg = "the connection to the server was lost";
    if (sqlState == "42501") msg = "the server refused this for your role: " + msg;
    throw StoreError(context.empty() ? msg : context + ": " + msg, sqlState, lost);
}

namespace {
int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void PgConnection::ensureConnected() {
    if (!resetting && PQstatus(conn) == CONNECTION_OK) return;
    if (inTransaction) throw StoreError("the connection to the server was lost", "", true);
    // a reconnect that has not got anywhere for 15 s starts over (a network that came back)
    if (resetting && nowMs() - resetStartedMs > 15000) resetting = false;
    if (!resetting) {
        if (!PQresetStart(conn)) throw StoreError("cannot reach the server: " + message(PQerrorMessage(conn)), "", true);
        resetting = true;
        resetStartedMs = nowMs();
    }
    // advance the reconnect without blocking longer than reconnectWaitMs
    const int64_t deadline = nowMs() + reconnectWaitMs;
    for (;;) {
        PostgresPollingStatusType st = PQresetPoll(conn);
        if (st == PGRES_POLLING_OK) break;
        if (st == PGRES_POLLING_FAILED) {
            resetting = false;
            throw StoreError("cannot reach the server: " + message(PQerrorMessage(conn)), "", true);
        }
        pollfd fd{PQsocket(conn), short(st == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int64_t left = deadline - nowMs();
        if (left <= 0 || ::poll(&fd, 1, int(left)) <= 0)
            throw StoreError("reconnecting to the server…", "", true);
    }
    resetting = false;
    reconnected = true;
    prepared.clear();
    if (!setup.empty()) {
        PGresult *r = PQexec(conn, setup.c_str());
        if (PQresultStatus(r) != PGRES_COMMAND_OK) fail("", r);
        PQclear(r);
    }
}

void PgConnection::exec(const std::string &sql) {
    // transaction boundaries: what a reconnect may and may not do
    bool begin = sql.rfind("BEGIN", 0) == 0, end = sql == "COMMIT" || sql == "ROLLBACK";
    if (end && PQstatus(conn) != CONNECTION_OK) {
        inTransaction = false;
        if (sql == "ROLLBACK") return;  // the server rolled it back when the connection went
        throw StoreError("the connection to the server was lost before the commit", "", true);
    }
    ensureConnected();
    if (end) inTransaction = false;
    PGresult *r = PQexec(conn, sql.c_str());
    auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail("", r);
    PQclear(r);
    if (begin) inTransaction = true;
}

PgStatement::~PgStatement() { PQclear(res); }

void PgStatement::set(int i, std::optional<std::string> value, bool isBinary) {
    if (i < 1) throw StoreError("bind: parameter " + std::to_string(i) + " out of range");
    if (params.size() < size_t(i)) {
        params.resize(size_t(i));
        binary.resize(size_t(i), 0);
    }
    params[size_t(i - 1)] = std::move(value);
    binary[size_t(i - 1)] = isBinary;
}

void PgStatement::execute() {
    std::vector<const char *> values(params.size());
    std::vector<int> lengths(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        values[i] = params[i] ? params[i]->data() : nullptr;
        lengths[i] = params[i] ? int(params[i]->size()) : 0;
    }
    PQclear(res);
    res = nullptr;
    db->ensureConnected();
    // the statements used again and again are prepared once per connection (a bounded number:
    // copies build INSERTs of many sizes, which go unnamed)
    auto found = db->prepared.find(sql);
    if (found == db->prepared.end() && db->prepared.size() < 256 && sql.size() < 4096) {
        std::string name = "mner" + std::to_string(db->prepared.size());
        PGresult *p = PQprepare(db->conn, name.c_str(), sql.c_str(), 0, nullptr);
        if (PQresultStatus(p) != PGRES_COMMAND_OK) db->fail("'" + sql.substr(0, 60) + "'", p);
        PQclear(p);
        found = db->prepared.emplace(sql, name).first;
    }
    if (found != db->prepared.end())
        res = PQexecPrepared(db->conn, found->second.c_str(), int(params.size()), values.data(), lengths.data(), binary.data(), 0);
    else
        res = PQexecParams(db->conn, sql.c_str(), int(params.size()), nullptr, values.data(), lengths.data(), binary.data(), 0);
    auto st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        pg_result *r = res;
        res = nullptr;
        db->fail("'" + sql.substr(0, 60) + "'", r);
    }
    executed = true;
    rows = PQntuples(res);
    row = -1;
    const char *n = PQcmdTuples(res);
    int64_t changed = 0;
    if (n && *n) std::from_chars(n, n + std::strlen(n), changed);
    db->changes = changed;
}

void PgStatement::clear() {
    PQclear(res);
    res = nullptr;
    executed = false;
    row = -1;
    rows = 0;
}

Database Database::connectServer(const std::string &conninfo) {
    auto c = std::make_unique<PgConnection>();
    c->conn = PQconnectdb(conninfo.c_str());
    if (!c->conn) throw StoreError("cannot connect to the server: out of memory", "", true);
    if (PQstatus(c->conn) != CONNECTION_OK)
        throw StoreError("cannot connect to the server: " + message(PQerrorMessage(c->conn)), "", true);
    PQsetNoticeProcessor(c->conn, [](void *, const char *) {}, nullptr);  // NOTICEs are not errors
    Database db;
    db.pg_ = std::move(c);
    return db;
}

}  // namespace mner

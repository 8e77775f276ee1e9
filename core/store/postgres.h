// The PostgreSQL half of the database layer (sqlite.h): a libpq connection and a statement that
// sends its parameters as text (blobs as binary) and reads results as text. Private to the store.
#pragma once

#include "store/sqlite.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace mner {

struct PgConnection {
    pg_conn *conn = nullptr;
    int64_t changes = 0;  // rows the last command touched
    bool inTransaction = false;
    std::string setup;  // run again after a reconnect (the project's search_path)
    // How long a command waits for a lost connection to come back before it fails as transient:
    // the CLI waits, the GUI barely (the reconnect goes on between its retries, the window never
    // hangs on a dead server).
    int reconnectWaitMs = 5000;
    bool resetting = false;
    bool reconnected = false;  // since changedTweets() last looked
    // Statements the server has parsed and planned, by their SQL (gone with the connection): a
    // read the GUI repeats at every key costs one round trip and no planning.
    std::unordered_map<std::string, std::string> prepared;
    int64_t resetStartedMs = 0;
    ~PgConnection();
    // A connection the server or the network dropped is made again before the next command, but
    // never inside a transaction (its earlier statements are gone: the transaction fails whole).
    void ensureConnected();
    // Runs SQL without parameters (several statements allowed); throws StoreError.
    void exec(const std::string &sql);
    [[noreturn]] void fail(const std::string &context, pg_result *res) const;
};

struct PgStatement {
    PgConnection *db = nullptr;
    std::string sql;  // with $N placeholders
    std::vector<std::optional<std::string>> params;
    std::vector<int> binary;  // per parameter: 1 for a blob
    pg_result *res = nullptr;
    int row = -1, rows = 0;
    bool executed = false;
    ~PgStatement();
    void set(int i, std::optional<std::string> value, bool isBinary = false);
    void execute();
    void clear();
};

// SQLite's ?, ?N placeholders as $N (outside quotes).
std::string pgPlaceholders(std::string_view sql);

}  // namespace mner

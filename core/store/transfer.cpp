// Copying a project table by table, in the order the foreign keys need, in key order and in
// pages (bounded memory whatever the size), many rows per INSERT (few round trips to a server).
#include "store/transfer.h"
#include "store/projectinternal.h"

#include <variant>

namespace mner {

namespace {

struct Table {
    const char *name;
    std::vector<const char *> key;
    bool identity;  // an id column the database hands out: continue after the copied ones
};

const Table kTables[] = {
    {"meta", {"key"}, false},
    {"datasets", {"id"}, true},
    {"images", {"id"}, true},
    {"image_words", {"image_id", "source"}, false},
    {"tweets", {"id"}, true},
    {"tokens", {"tweet_id", "idx"}, false},
    {"models", {"id"}, true},
    {"layers", {"id"}, true},
    {"labels", {"layer_id", "tweet_id", "idx"}, false},
    {"edits", {"id"}, true},
    {"tweet_scores", {"tweet_id", "layer_id"}, false},
    {"entity_types", {"name"}, false},
    {"type_aliases", {"alias"}, false},
    {"status_log", {"id"}, true},
};

using Value = std::variant<std::monostate, int64_t, double, std::string, std::vector<unsigned char>>;

Value read(const Statement &st, int c) {
    switch (st.kind(c)) {
    case Statement::Kind::Null: return {};
    case Statement::Kind::Int: return st.int64(c);
    case Statement::Kind::Real: return st.real(c);
    case Statement::Kind::Blob: return st.blob(c);
    case Statement::Kind::Text: break;
    }
    return st.text(c);
}

void bindValue(Statement &st, int i, const Value &v) {
    if (std::holds_alternative<int64_t>(v))
        st.bind(i, std::get<int64_t>(v));
    else if (std::holds_alternative<double>(v))
        st.bind(i, std::get<double>(v));
    else if (std::holds_alternative<std::string>(v))
        st.bind(i, std::get<std::string>(v));
    else if (const auto *b = std::get_if<std::vector<unsigned char>>(&v))
        st.bindBlob(i, b->data(), b->size());
    else
        st.bindNull(i);
}

std::string joined(const std::vector<const char *> &names) {
    std::string s;
    for (const char *n : names) s += (s.empty() ? "" : ", ") + std::string(n);
    return s;
}

}  // namespace

TransferResult copyProject(Project &from, Project &to, const Progress &progress) {
    if (to.tweetCount() != 0)
        throw StoreError(Message{"{1} already holds tweets: a project is copied only into a new one", {to.path()}});
    TransferResult r;
    Database &src = from.db(), &dst = to.db();
    int64_t total = 0;
    {
        auto st = src.prepare("SELECT (SELECT count(*) FROM tokens) + (SELECT count(*) FROM labels) + (SELECT count(*) FROM tweets)");
        if (st.step()) total = st.int64(0);
    }
    // one snapshot of the source, whatever others write meanwhile
    src.exec(src.postgres() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    struct EndRead {
        Database &db;
        ~EndRead() {
            try {
                db.exec("COMMIT");
            } catch (...) {}
        }
    } endRead{src};
    Transaction tx(dst);
    dst.exec("DELETE FROM layers");  // gold and corrected come with the source's ids
    dst.exec("DELETE FROM meta");    // what a new project noted (its used types) comes from the source
    constexpr int kPage = 5000, kMaxParams = 30000;
    int64_t done = 0;
    for (const Table &t : kTables) {
        std::string key = joined(t.key);
        std::vector<Value> last;  // the last key copied: the next page starts after it
        std::vector<std::string> columns;
        for (;;) {
            std::string sql = std::string("SELECT * FROM ") + t.name;
            if (!last.empty()) {
                sql += " WHERE (" + key + ") > (";
                for (size_t i = 0; i < t.key.size(); ++i) sql += i ? ", ?" : "?";
                sql += ")";
            }
            auto st = src.prepare(sql + " ORDER BY " + key + " LIMIT " + std::to_string(kPage));
            for (size_t i = 0; i < last.size(); ++i) bindValue(st, int(i + 1), last[i]);
            std::vector<std::vector<Value>> rows;
            std::vector<int> keyCols;
            while (st.step()) {
                if (columns.empty())
                    for (int c = 0; c < st.columns(); ++c) columns.push_back(st.columnName(c));
                if (keyCols.empty())
                    for (const char *k : t.key)
                        for (size_t c = 0; c < columns.size(); ++c)
                            if (columns[c] == k) keyCols.push_back(int(c));
                std::vector<Value> row;
                row.reserve(columns.size());
                for (int c = 0; c < int(columns.size()); ++c) row.push_back(read(st, c));
                rows.push_back(std::move(row));
            }
            st.reset();
            if (rows.empty()) break;
            last.clear();
            for (int c : keyCols) last.push_back(rows.back()[size_t(c)]);
            size_t perInsert = std::max<size_t>(1, std::min<size_t>(500, kMaxParams / columns.size()));
            std::string head = std::string("INSERT INTO ") + t.name + "(";
            for (size_t c = 0; c < columns.size(); ++c) head += (c ? ", " : "") + columns[c];
            head += ") VALUES ";
            std::string one = "(";
            for (size_t c = 0; c < columns.size(); ++c) one += c ? ", ?" : "?";
            one += ")";
            for (size_t b = 0; b < rows.size(); b += perInsert) {
                size_t n = std::min(perInsert, rows.size() - b);
                std::string ins = head;
                for (size_t i = 0; i < n; ++i) ins += (i ? ", " : "") + one;
                auto insert = dst.prepare(ins);
                int p = 1;
                for (size_t i = 0; i < n; ++i)
                    for (const Value &v : rows[b + i]) bindValue(insert, p++, v);
                insert.run();
            }
            r.rows += int64_t(rows.size());
            if (std::string(t.name) == "tweets" || std::string(t.name) == "tokens" || std::string(t.name) == "labels") {
                done += int64_t(rows.size());
                if (progress && !progress(size_t(done), size_t(total)))
                    throw StoreError(Message{"copy cancelled; nothing was written to {1}", {to.path()}});
            }
            if (rows.size() < size_t(kPage)) break;
        }
        if (t.identity && dst.postgres()) {
            auto st = dst.prepare(std::string("SELECT setval(pg_get_serial_sequence('") + t.name + "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + t.name);
            st.run();
        }
    }
    // a server has no folder beside it: image files travel as bytes
    if (dst.postgres()) {
        auto upd = dst.prepare("UPDATE images SET data = ?, path = NULL WHERE id = ?");
        for (const ImageRef &img : from.images()) {
            if (img.embedded || img.path.empty()) continue;
            if (img.outside) {
                ++r.imagesLeftOutside;
                continue;
            }
            std::vector<unsigned char> bytes = from.imageBytes(img);
            if (bytes.empty()) continue;  // the file is gone: keep the name
            upd.bindBlob(1, bytes.data(), bytes.size()).bind(2, img.id).run();
            ++r.imagesEmbedded;
        }
    }
    tx.commit();
    return r;
}

}  // namespace mner

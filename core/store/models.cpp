// Models in a project: registered and kept versions, the default, their layers with confidences.
#include "store/project.h"
#include "store/projectinternal.h"
#include "io/json.h"
#include "text/isotime.h"
#include "text/numbers.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

int64_t Project::registerModel(const std::string &name, const std::string &arch, const std::string &file,
                               const std::string &fingerprint, const std::string &metricsJson) {
    Transaction tx(db_);
    auto last = db_.prepare("SELECT id, version, metrics FROM models WHERE name = ? ORDER BY version DESC LIMIT 1");
    last.bind(1, name);
    int version = 1;
    std::string metrics = modelMetrics(fingerprint, metricsJson);
    if (last.step()) {
        if (last.text(2) == metrics) return last.int64(0);  // the same model again
        version = int(last.int64(1)) + 1;
    }
    last.reset();
    auto ins =
        db_.prepare("INSERT INTO models(name, version, architecture, file, metrics, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, name).bind(2, version).bind(3, arch).bind(4, file).bind(5, metrics).bind(6, nowIso()).run();
    int64_t id = db_.lastInsertId();
    tx.commit();
    return id;
}

int64_t Project::storeModel(const std::string &name, const std::string &arch, const std::string &bytes,
                            const std::string &fingerprint, const std::string &metricsJson) {
    Transaction tx(db_);
    auto last = db_.prepare("SELECT coalesce(max(version), 0) FROM models WHERE name = ?");
    last.bind(1, name);
    last.step();
    int version = int(last.int64(0)) + 1;
    last.reset();
    std::string metrics = modelMetrics(fingerprint, metricsJson);
    auto ins = db_.prepare(
        "INSERT INTO models(name, version, architecture, file, metrics, created_at, data) VALUES (?, ?, ?, '', ?, ?, ?)");
    ins.bind(1, name)
        .bind(2, version)
        .bind(3, arch)
        .bind(4, metrics)
        .bind(5, nowIso())
        .bindBlob(6, bytes.data(), bytes.size())
        .run();
    int64_t id = db_.lastInsertId();
    tx.commit();
    return id;
}

std::vector<ModelRow> Project::models() {
    auto st = db_.prepare(
        "SELECT id, name, version, architecture, file, metrics, created_at, data IS NOT NULL FROM models ORDER BY name, version");
    std::vector<ModelRow> out;
    while (st.step())
        out.push_back(
            {st.int64(0), st.text(1), int(st.int64(2)), st.text(3), st.text(4), st.text(5), st.text(6), st.int64(7) != 0});
    return out;
}

std::string Project::modelBytes(int64_t id) {
    auto st = db_.prepare("SELECT data FROM models WHERE id = ?");
    st.bind(1, id);
    if (!st.step() || st.isNull(0)) throw StoreError("model " + std::to_string(id) + " is not stored in the project");
    auto b = st.blob(0);
    return std::string(b.begin(), b.end());
}

void Project::setDefaultModel(int64_t id) {
    auto st = db_.prepare("INSERT INTO meta(key, value) VALUES ('default_model', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, std::to_string(id)).run();
}

int64_t Project::defaultModel() {
    auto st = db_.prepare("SELECT value FROM meta WHERE key = 'default_model'");
    if (!st.step()) return 0;
    return std::atoll(st.text(0).c_str());
}

void Project::writeLayer(const std::string &layer, const std::string &kind, const std::vector<LayerRow> &rows, int64_t modelId) {
    Transaction tx(db_);
    int64_t lid = layerId(layer, kind, true);
    if (modelId) {
        auto up = db_.prepare("UPDATE layers SET model_id = ? WHERE id = ?");
        up.bind(1, modelId).bind(2, lid).run();
    }
    auto del = db_.prepare("DELETE FROM labels WHERE layer_id = ? AND tweet_id = ?");
    auto ins = db_.prepare("INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    // every tweet of a model layer has a scores row: the list sorts by its uncertainty and by its
    // disagreement with the reference (corrected), both kept here rather than counted at open
    auto score = db_.prepare(
        "INSERT INTO tweet_scores(tweet_id, layer_id, uncertainty, confidences, disagreement) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(tweet_id, layer_id) DO UPDATE SET uncertainty = excluded.uncertainty, confidences = excluded.confidences, "
        "disagreement = excluded.disagreement");
    for (const LayerRow &r : rows) {
        del.bind(1, lid).bind(2, r.tweetId).run();
        for (size_t i = 0; i < r.tags.size(); ++i)
            ins.bind(1, lid).bind(2, r.tweetId).bind(3, int64_t(i)).bind(4, r.tags[i]).run();
        std::string c;
        double minConf = 1.0;
        for (size_t i = 0; i < r.confidences.size(); ++i) {
            c += (i ? " " : "") + formatFixed(double(r.confidences[i]), 3);
            minConf = std::min(minConf, double(r.confidences[i]));
        }
        // without confidences the uncertainty is unknown (-1)
        const double u = r.uncertainty >= 0 ? r.uncertainty : r.confidences.empty() ? -1.0 : 1.0 - minConf;
        const int dis = kind == "model" ? disagreement(labels("corrected", r.tweetId), r.tags) : -1;
        score.bind(1, r.tweetId).bind(2, lid).bind(3, u).bind(4, c).bind(5, int64_t(dis)).run();
    }
    tx.commit();
}

}  // namespace mner

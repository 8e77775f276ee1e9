// Runs a model over a project's tweets in a worker thread: loads it, reads the tweets a chunk at a
// time through a connection of its own, predicts in batches, hands each chunk's predictions over
// (the GUI thread writes them), reports progress and speed, and can be cancelled. Memory stays
// bounded whatever the project's size; an interrupted run of the same model is continued.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVector>

#include "pipeline/projectdata.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mner::ui {

using RunInput = TweetToTag;  // a tweet's words and stored image words by source

// The model, as soon as it is loaded (before any chunk).
struct RunModel {
    QString modelName, modelPath, arch, fingerprint, metricsJson;
    qint64 projectModelId = 0;  // set for models kept in the project
};

// A chunk's predictions: tags, confidences, uncertainty (the settings' measure).
using RunChunk = std::vector<Project::LayerRow>;

struct RunResult {
    QString modelName;
    int tagged = 0, total = 0;  // tweets tagged by this run, of those asked for
    int resumed = 0;            // tweets an interrupted run of this model had tagged (not again)
    QString error;              // empty on success
    bool cancelled = false;
    double seconds = 0;
    QString device;  // where it ran: "cpu" or "cuda"
    QString note;    // why it ran elsewhere than the setting asked (no CUDA, a failed CUDA run)
};

// Settings › Run models on: "auto" (CUDA when there is a device, else the CPU), "cpu" or "cuda".
QString deviceSetting();

class ModelRunner : public QObject {
    Q_OBJECT
public:
    // ids: the tweets to tag (all when empty). The project is opened again by its path (a file or
    // a server URL) in the worker, for reading only.
    ModelRunner(QString modelPath, QString projectPath, std::vector<int64_t> ids, int batchSize = 32);
    static constexpr size_t kChunk = 4096;
    // A model kept in the project: its file's bytes and the name its layer gets ("NAME vN").
    void setModelBytes(QByteArray bytes, QString displayName, qint64 projectModelId) {
        bytes_ = std::move(bytes);
        displayName_ = std::move(displayName);
        projectModelId_ = projectModelId;
    }
    void cancel() { cancel_ = true; }
    // Where the next run goes, in words ("CPU, 1 thread", "CUDA").
    static QString device();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void loaded(const mner::ui::RunModel &model);
    void chunkDone(const mner::ui::RunChunk &rows);
    void progress(int done, int total, double tweetsPerSecond);
    void finished(const mner::ui::RunResult &result);

private:
    QString path_;
    QByteArray bytes_;
    QString displayName_;
    qint64 projectModelId_ = 0;
    QString project_;
    std::vector<int64_t> ids_;
    int batch_;
    std::atomic<bool> cancel_{false};
};

// The uncertainty measure chosen in the settings: least-confidence, margin or entropy.
QString uncertaintySetting();

// The bundled models: name -> file, from $MNER_MODELS_DIR, the install's data folder, the build.
QVector<QPair<QString, QString>> bundledModels();

}  // namespace mner::ui

Q_DECLARE_METATYPE(mner::ui::RunResult)
Q_DECLARE_METATYPE(mner::ui::RunModel)
Q_DECLARE_METATYPE(mner::ui::RunChunk)

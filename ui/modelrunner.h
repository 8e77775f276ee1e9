// Runs a model over tweets in a worker thread: loads it, predicts in batches, reports progress
// and speed, and can be cancelled. The GUI thread writes the results to the project.
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

struct RunResult {
    QString modelName, modelPath, arch, fingerprint, metricsJson;
    qint64 projectModelId = 0;               // set for models kept in the project
    std::vector<Project::LayerRow> outputs;  // tags, confidences, uncertainty (the settings' measure)
    QString error;                           // empty on success
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
    ModelRunner(QString modelPath, std::vector<RunInput> inputs, int batchSize = 32);
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
    void progress(int done, int total, double tweetsPerSecond);
    void finished(const mner::ui::RunResult &result);

private:
    QString path_;
    QByteArray bytes_;
    QString displayName_;
    qint64 projectModelId_ = 0;
    std::vector<RunInput> inputs_;
    int batch_;
    std::atomic<bool> cancel_{false};
};

// The uncertainty measure chosen in the settings: least-confidence, margin or entropy.
QString uncertaintySetting();

// The bundled models: name -> file, from $MNER_MODELS_DIR, the install's data folder, the build.
QVector<QPair<QString, QString>> bundledModels();

}  // namespace mner::ui

Q_DECLARE_METATYPE(mner::ui::RunResult)

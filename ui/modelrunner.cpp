#include "modelrunner.h"
#include "errortext.h"

#include "pipeline/projectdata.h"
#include "model/model.h"
#include "store/project.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace mner::ui {

ModelRunner::ModelRunner(QString modelPath, QString projectPath, std::vector<int64_t> ids, int batchSize)
    : path_(std::move(modelPath)), project_(std::move(projectPath)), ids_(std::move(ids)), batch_(batchSize) {}

void ModelRunner::run() {
    RunResult r;
    QElapsedTimer timer;
    timer.start();
    try {
        setModelThreads(1);
        auto tagger = bytes_.isEmpty()
                          ? Tagger::load(path_.toStdString())
                          : Tagger::loadBytes(std::string(bytes_.constData(), size_t(bytes_.size())), displayName_.toStdString());
        const ModelMeta &m = tagger->meta();
        RunModel model;
        model.modelPath = path_;
        model.modelName = r.modelName = displayName_.isEmpty() ? QFileInfo(path_).completeBaseName() : displayName_;
        model.projectModelId = projectModelId_;
        model.arch = QString::fromStdString(m.arch);
        model.fingerprint = QString::fromStdString(m.fingerprint.empty() ? model.modelName.toStdString() : m.fingerprint);
        model.metricsJson = QStringLiteral("{\"f1\": %1}").arg(m.devF1, 0, 'f', 2);
        // this thread's own connection: the GUI thread's is not shared across threads
        auto project = Project::open(project_.toStdString());
        const std::string layer = "model:" + model.modelName.toStdString();
        // an interrupted run of this model left its mark: the tweets it wrote are not tagged again
        const bool resume = project->metaValue(runMarkKey(layer)) == model.fingerprint.toStdString();
        Q_EMIT loaded(model);
        std::vector<int64_t> ids = ids_.empty() ? project->tweetIds() : ids_;
        std::sort(ids.begin(), ids.end());
        r.total = int(ids.size());
        Tagger::Uncertainty measure = parseUncertainty(uncertaintySetting().toStdString());
        const DeviceChoice choice = chooseDevice(deviceSetting().toStdString(), cudaAvailable());
        std::string device = choice.device, fallback;
        size_t done = 0;
        for (size_t at = 0; at < ids.size() && !cancel_; at += kChunk) {
            const size_t end = std::min(ids.size(), at + kChunk);
            const std::vector<RunInput> inputs = chunkToTag(*project, ids, at, end, layer, resume);
            r.resumed += int((end - at) - inputs.size());
            done += (end - at) - inputs.size();
            RunChunk rows;
            runWithCpuFallback(
                device,
                [&](const std::string &dev) {
                    tagger->setDevice(dev);
                    r.device = QString::fromStdString(dev);
                    rows = tagTweets(*tagger, inputs, measure, batch_, [&](size_t d, size_t) {
                        Q_EMIT progress(int(done + d), r.total, double(done + d - size_t(r.resumed)) / std::max(1e-3, timer.elapsed() / 1000.0));
                        return !cancel_;
                    });
                },
                &fallback);
            if (!fallback.empty()) {
                r.note = QString::fromStdString(fallback);
                device = "cpu";  // the rest on the CPU too
                fallback.clear();
            }
            if (cancel_) break;  // a chunk cut short is not handed over
            done += inputs.size();
            r.tagged += int(rows.size());
            Q_EMIT chunkDone(rows);
        }
        if (r.note.isEmpty()) r.note = QString::fromStdString(choice.note);
        r.cancelled = cancel_;
    } catch (const std::exception &e) { r.error = errorText(e); }
    r.seconds = timer.elapsed() / 1000.0;
    Q_EMIT finished(r);
}

QString deviceSetting() { return QSettings().value("model/device", QStringLiteral("auto")).toString(); }

QString ModelRunner::device() {
    try {
        return chooseDevice(deviceSetting().toStdString(), cudaAvailable()).device == "cuda" ? tr("CUDA") : tr("CPU, 1 thread");
    } catch (const std::exception &) { return tr("CPU, 1 thread"); }
}

QString uncertaintySetting() { return QSettings().value("al/measure", QStringLiteral("least-confidence")).toString(); }

QVector<QPair<QString, QString>> bundledModels() {
    QStringList dirs;
    if (qEnvironmentVariableIsSet("MNER_MODELS_DIR"))
        dirs << qEnvironmentVariable("MNER_MODELS_DIR").split(':', Qt::SkipEmptyParts);
    QString app = QCoreApplication::applicationDirPath();
    dirs << app + "/../share/mner-studio/models" << app + "/../models";
    for (const QString &d : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation)) dirs << d + "/models";
    dirs << QStringLiteral(MNER_SOURCE_MODELS_DIR);
    QVector<QPair<QString, QString>> out;
    QStringList seen;
    for (const QString &d : dirs)
        for (const QFileInfo &f : QDir(d).entryInfoList({"*.mnerm"}, QDir::Files, QDir::Name))
            if (!seen.contains(f.completeBaseName())) {
                seen << f.completeBaseName();
                out.push_back({f.completeBaseName(), f.absoluteFilePath()});
            }
    return out;
}

}  // namespace mner::ui

#include "modelrunner.h"
#include "errortext.h"

#include "pipeline/projectdata.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace mner::ui {

ModelRunner::ModelRunner(QString modelPath, std::vector<RunInput> inputs, int batchSize)
    : path_(std::move(modelPath)), inputs_(std::move(inputs)), batch_(batchSize) {}

void ModelRunner::run() {
    RunResult r;
    r.modelPath = path_;
    QElapsedTimer timer;
    timer.start();
    try {
        setModelThreads(1);
        auto tagger = bytes_.isEmpty()
                          ? Tagger::load(path_.toStdString())
                          : Tagger::loadBytes(std::string(bytes_.constData(), size_t(bytes_.size())), displayName_.toStdString());
        const ModelMeta &m = tagger->meta();
        r.modelName = displayName_.isEmpty() ? QFileInfo(path_).completeBaseName() : displayName_;
        r.projectModelId = projectModelId_;
        r.arch = QString::fromStdString(m.arch);
        r.fingerprint = QString::fromStdString(m.fingerprint);
        r.metricsJson = QStringLiteral("{\"f1\": %1}").arg(m.devF1, 0, 'f', 2);
        Tagger::Uncertainty measure = parseUncertainty(uncertaintySetting().toStdString());
        const DeviceChoice choice = chooseDevice(deviceSetting().toStdString(), cudaAvailable());
        std::string fallback;
        runWithCpuFallback(
            choice.device,
            [&](const std::string &dev) {
                tagger->setDevice(dev);
                r.device = QString::fromStdString(dev);
                r.outputs = tagTweets(*tagger, inputs_, measure, batch_, [&](size_t done, size_t total) {
                    Q_EMIT progress(int(done), int(total), double(done) / std::max(1e-3, timer.elapsed() / 1000.0));
                    return !cancel_;
                });
            },
            &fallback);
        r.note = QString::fromStdString(fallback.empty() ? choice.note : fallback);
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

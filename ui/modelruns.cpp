#include "modelruns.h"

#include "errortext.h"
#include "jobcontroller.h"
#include "modelrunner.h"

#include "pipeline/projectdata.h"
#include "store/project.h"

#include <QFileInfo>

namespace mner::ui {

ModelRuns::ModelRuns(Project *project, JobController *jobs, QObject *parent) : QObject(parent), project_(project), jobs_(jobs) {}

bool ModelRuns::start(const QStringList &models, const QVector<qint64> &tweets, QString *error) {
    if (models.isEmpty()) return false;
    if (runner_) {
        *error = tr("Wait for the current run to finish or cancel it.");
        return false;
    }
    queue_ = models;
    tweets_ = tweets;
    const QString file = queue_.takeFirst();
    QByteArray bytes;
    QString display;
    qint64 storedId = 0;
    try {
        if (file.startsWith("project:")) {
            storedId = file.mid(8).toLongLong();
            std::string b = project_->modelBytes(storedId);
            bytes = QByteArray(b.data(), int(b.size()));
            for (const ModelRow &m : project_->models())
                if (m.id == storedId) display = QStringLiteral("%1 v%2").arg(QString::fromStdString(m.name)).arg(m.version);
        }
    } catch (const std::exception &e) {
        queue_.clear();
        *error = errorText(e);
        return false;
    }
    layer_.clear();
    modelId_ = 0;
    failure_.clear();
    runner_ = new ModelRunner(file, QString::fromStdString(project_->path()), std::vector<int64_t>(tweets.begin(), tweets.end()));
    if (storedId) runner_->setModelBytes(bytes, display, storedId);
    const QString name = display.isEmpty() ? QFileInfo(file).completeBaseName() : display;
    connect(runner_, &ModelRunner::progress, this,
            [this, name](int done, int total, double tps) { Q_EMIT progress(name, done, total, tps); });
    connect(runner_, &ModelRunner::loaded, this, &ModelRuns::loaded);
    connect(runner_, &ModelRunner::chunkDone, this, [this](const RunChunk &chunk) {
        if (layer_.empty() || !failure_.isEmpty()) return;
        try {
            // in the project's own type names (MISC where the model says OTHER, and stored aliases)
            RunChunk rows = chunk;
            const TypeAliases aliases = project_->typeAliases();
            const std::vector<std::string> types = project_->entityTypes();
            for (auto &row : rows) row.tags = aliases.tagsTo(row.tags, types);
            project_->writeLayer(layer_, "model", rows, modelId_);
        } catch (const std::exception &e) {
            failure_ = tr("Cannot store the predictions: %1").arg(errorText(e));
            if (runner_) runner_->cancel();
        }
    });
    connect(runner_, &ModelRunner::finished, this, &ModelRuns::done);
    Q_EMIT started(name);
    ModelRunner *runner = runner_;
    jobs_->start(
        runner, [runner] { runner->run(); }, [runner] { runner->cancel(); }, tr("a model run"));
    return true;
}

void ModelRuns::loaded(const RunModel &m) {
    try {
        modelId_ = m.projectModelId ? m.projectModelId
                                    : project_->registerModel(m.modelName.toStdString(), m.arch.toStdString(),
                                                              m.modelPath.toStdString(), m.fingerprint.toStdString(),
                                                              m.metricsJson.toStdString());
        layer_ = "model:" + m.modelName.toStdString();
        project_->setMetaValue(runMarkKey(layer_), m.fingerprint.toStdString());  // until the run is whole
    } catch (const std::exception &e) {
        failure_ = tr("Cannot store the predictions: %1").arg(errorText(e));
        if (runner_) runner_->cancel();
    }
}

void ModelRuns::cancel() {
    if (runner_) runner_->cancel();
    queue_.clear();
}

void ModelRuns::done(const RunResult &r) {
    jobs_->finish(runner_);  // over: no longer "in progress" (the controller deletes it)
    runner_ = nullptr;
    const QString error = !failure_.isEmpty() ? failure_ : r.error;
    if (!error.isEmpty()) {
        queue_.clear();
        written_.clear();
        Q_EMIT modelDone(false, true, error);
        return;
    }
    const QString layer = QString::fromStdString(layer_);
    if (r.cancelled) {
        // say truthfully what this chain of runs wrote before it was stopped
        QStringList wrote = written_;
        if (r.tagged > 0) wrote << tr("%1 of %2 tweets of %3 (running it again goes on from there)").arg(r.tagged + r.resumed).arg(r.total).arg(layer);
        QString msg = wrote.isEmpty() ? tr("Model run cancelled; nothing was written")
                                      : tr("Model run cancelled; %1 was written, the rest not").arg(wrote.join(", "));
        queue_.clear();
        written_.clear();
        Q_EMIT modelDone(false, false, msg);
        return;
    }
    try {
        if (!layer_.empty()) project_->setMetaValue(runMarkKey(layer_), {});  // whole: the next run starts afresh
    } catch (const std::exception &) {
        // the mark stays: the next run skips what is written, which is everything
    }
    written_ << layer;
    QString msg = tr("%1 tagged %2 tweets in %3 s").arg(r.modelName).arg(r.tagged).arg(r.seconds, 0, 'f', 1);
    if (r.resumed) msg += tr(" (%1 more were tagged by the run that was stopped)").arg(r.resumed);
    if (r.device == "cuda") msg += tr(" on CUDA");
    if (!r.note.isEmpty()) msg += tr(" (%1)").arg(r.note);
    const bool more = !queue_.isEmpty();
    if (!more) written_.clear();
    Q_EMIT modelDone(true, false, msg);
    QString err;
    if (more && !start(queue_, tweets_, &err)) Q_EMIT modelDone(false, true, err);
}

}  // namespace mner::ui

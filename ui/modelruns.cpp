#include "modelruns.h"

#include "errortext.h"
#include "jobcontroller.h"
#include "modelrunner.h"

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
    std::vector<RunInput> inputs;
    try {
        if (file.startsWith("project:")) {
            storedId = file.mid(8).toLongLong();
            std::string b = project_->modelBytes(storedId);
            bytes = QByteArray(b.data(), int(b.size()));
            for (const ModelRow &m : project_->models())
                if (m.id == storedId) display = QStringLiteral("%1 v%2").arg(QString::fromStdString(m.name)).arg(m.version);
        }
        auto words = project_->allWords();
        auto imageWords = project_->allImageWords();
        std::vector<int64_t> ids;
        if (tweets.isEmpty())
            ids = project_->tweetIds();
        else
            ids.assign(tweets.begin(), tweets.end());
        for (int64_t id : ids) inputs.push_back({id, words[id], imageWords[id]});
    } catch (const std::exception &e) {
        queue_.clear();
        *error = errorText(e);
        return false;
    }
    runner_ = new ModelRunner(file, std::move(inputs));
    if (storedId) runner_->setModelBytes(bytes, display, storedId);
    const QString name = display.isEmpty() ? QFileInfo(file).completeBaseName() : display;
    connect(runner_, &ModelRunner::progress, this,
            [this, name](int done, int total, double tps) { Q_EMIT progress(name, done, total, tps); });
    connect(runner_, &ModelRunner::finished, this, &ModelRuns::done);
    Q_EMIT started(name);
    ModelRunner *runner = runner_;
    jobs_->start(
        runner, [runner] { runner->run(); }, [runner] { runner->cancel(); }, tr("a model run"));
    return true;
}

void ModelRuns::cancel() {
    if (runner_) runner_->cancel();
    queue_.clear();
}

void ModelRuns::done(const RunResult &r) {
    jobs_->finish(runner_);  // over: no longer "in progress" (the controller deletes it)
    runner_ = nullptr;
    if (!r.error.isEmpty()) {
        queue_.clear();
        written_.clear();
        Q_EMIT modelDone(false, true, r.error);
        return;
    }
    if (r.cancelled) {
        // say truthfully what this chain of runs wrote before it was stopped
        QString msg = written_.isEmpty() ? tr("Model run cancelled; nothing was written")
                                         : tr("Model run cancelled; %1 was written, the rest not").arg(written_.join(", "));
        queue_.clear();
        written_.clear();
        Q_EMIT modelDone(false, false, msg);
        return;
    }
    try {
        int64_t modelId =
            r.projectModelId ? r.projectModelId
                             : project_->registerModel(r.modelName.toStdString(), r.arch.toStdString(), r.modelPath.toStdString(),
                                                       r.fingerprint.toStdString(), r.metricsJson.toStdString());
        // in the project's own type names (MISC where the model says OTHER, and stored aliases)
        std::vector<Project::LayerRow> rows = r.outputs;
        const TypeAliases aliases = project_->typeAliases();
        const std::vector<std::string> types = project_->entityTypes();
        for (auto &row : rows) row.tags = aliases.tagsTo(row.tags, types);
        const std::string layer = "model:" + r.modelName.toStdString();
        project_->writeLayer(layer, "model", rows, modelId);
        written_ << QString::fromStdString(layer);
    } catch (const std::exception &e) {
        queue_.clear();
        written_.clear();
        Q_EMIT modelDone(false, true, tr("Cannot store the predictions: %1").arg(errorText(e)));
        return;
    }
    QString msg = tr("%1 tagged %2 tweets in %3 s").arg(r.modelName).arg(r.outputs.size()).arg(r.seconds, 0, 'f', 1);
    if (r.device == "cuda") msg += tr(" on CUDA");
    if (!r.note.isEmpty()) msg += tr(" (%1)").arg(r.note);
    const bool more = !queue_.isEmpty();
    if (!more) written_.clear();
    Q_EMIT modelDone(true, false, msg);
    QString error;
    if (more && !start(queue_, tweets_, &error)) Q_EMIT modelDone(false, true, error);
}

}  // namespace mner::ui

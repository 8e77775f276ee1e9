#include "imagetagrunner.h"

#include "image/image.h"
#include "model/model.h"
#include "model/taggers.h"
#include "store/project.h"

#include <QElapsedTimer>
#include <QSettings>

namespace mner::ui {

ImageTagRunner::ImageTagRunner(QString projectPath, QString tagger, QString modelsDir, bool allowOutside, bool force)
    : project_(std::move(projectPath)), tagger_(std::move(tagger)), modelsDir_(std::move(modelsDir)),
      allowOutside_(allowOutside), force_(force) {}

void ImageTagRunner::run() {
    TagImagesResult r;
    QElapsedTimer timer;
    timer.start();
    try {
        setModelThreads(1);
        TaggerSpec spec;
        spec.tagger = tagger_.toStdString();
        auto tagger = openImageTagger(spec, taggerSearchDirs(modelsDir_.toStdString()));
        r.source = QString::fromStdString(tagger->name());
        auto project = Project::open(project_.toStdString());
        auto todo = project->images(force_ ? std::string() : tagger->name());
        r.skipped = int(project->images().size() - todo.size());
        const int total = int(todo.size()), batch = 8;
        Q_EMIT progress(0, total);
        for (int at = 0; at < total && !cancel_; at += batch) {
            std::vector<RgbImage> imgs;
            std::vector<int64_t> ids;
            for (int i = at; i < std::min(total, at + batch); ++i) {
                try {
                    imgs.push_back(decodeImage(project->imageBytes(todo[size_t(i)], allowOutside_)));
                    ids.push_back(todo[size_t(i)].id);
                } catch (const std::exception &e) {
                    if (r.firstProblem.isEmpty())
                        r.firstProblem = QString::fromStdString(todo[size_t(i)].name + ": " + e.what());
                    ++r.unreadable;
                }
            }
            std::vector<const RgbImage *> ptrs;
            for (const auto &im : imgs) ptrs.push_back(&im);
            auto classes = tagger->classify(ptrs, 5);
            std::vector<ImageWordsRow> rows;
            for (size_t i = 0; i < classes.size(); ++i)
                rows.push_back({ids[i], tagger->name(), joinClassNames(classes[i]), joinClassScores(classes[i])});
            project->setImageWords(rows);
            r.tagged += int(rows.size());
            Q_EMIT progress(std::min(total, at + batch), total);
        }
        r.cancelled = cancel_;
    } catch (const std::exception &e) {
        r.error = QString::fromStdString(e.what());
    }
    r.seconds = timer.elapsed() / 1000.0;
    Q_EMIT finished(r);
}

QString taggerSetting() { return QSettings().value("tagger/tagger", QStringLiteral("mobilenet")).toString(); }
QString modelsDirSetting() { return QSettings().value("tagger/modelsDir").toString(); }

} // namespace mner::ui

#include "imagetagrunner.h"
#include "errortext.h"

#include "model/model.h"
#include "pipeline/tagimages.h"
#include "model/taggers.h"
#include "store/project.h"

#include <QElapsedTimer>
#include <QSettings>

namespace mner::ui {

ImageTagRunner::ImageTagRunner(QString projectPath, QString tagger, QString modelsDir, bool allowOutside, bool force)
    : project_(std::move(projectPath)), tagger_(std::move(tagger)), modelsDir_(std::move(modelsDir)), allowOutside_(allowOutside),
      force_(force) {}

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
        TagImagesOptions o;
        o.batch = 8;
        o.force = force_;
        o.allowOutside = allowOutside_;
        TagImagesReport t = tagProjectImages(
            *project, *tagger, o,
            [this](int done, int total) {
                Q_EMIT progress(done, total);
                return !cancel_;
            },
            [&r](const std::string &image, const std::string &why) {
                if (r.firstProblem.isEmpty()) r.firstProblem = QString::fromStdString(image + ": " + why);
            });
        r.tagged = t.tagged;
        r.unreadable = t.unreadable;
        r.skipped = t.alreadyTagged;
        r.cancelled = cancel_;
    } catch (const std::exception &e) { r.error = errorText(e); }
    r.seconds = timer.elapsed() / 1000.0;
    Q_EMIT finished(r);
}

QString taggerSetting() { return QSettings().value("tagger/tagger", QStringLiteral("mobilenet")).toString(); }
QString modelsDirSetting() { return QSettings().value("tagger/modelsDir").toString(); }

}  // namespace mner::ui

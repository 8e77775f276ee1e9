#include "importrunner.h"

#include "errortext.h"

#include "io/captions.h"

#include <QFileInfo>

namespace mner::ui {

ImportRunner::ImportRunner(QString projectPath, ImportRequest request)
    : project_(std::move(projectPath)), request_(std::move(request)) {}

void ImportRunner::run() {
    ImportOutcome out;
    try {
        ReadOptions ro;
        ro.format = parseFormat(request_.format.toStdString());
        std::vector<std::pair<std::string, std::string>> files;
        for (const QString &f : request_.files)
            files.emplace_back(f.toStdString(), request_.split.isEmpty() ? QFileInfo(f).completeBaseName().toStdString()
                                                                         : request_.split.toStdString());
        std::optional<Captions> caps;
        ImportOptions io;
        if (!request_.captions.isEmpty()) {
            caps.emplace(request_.captions.toStdString());
            io.captions = &*caps;
            io.captionSource = "caption:" + QFileInfo(request_.captions).fileName().toStdString();
        }
        io.imagesDir = request_.imagesDir.toStdString();
        io.embedImages = request_.embed;
        io.source = request_.files.join(", ").toStdString();
        io.duplicates = request_.duplicates;
        auto project = Project::open(project_.toStdString());
        ImportResult r = project->importFiles(files, ro, io, [this](size_t done, size_t total) {
            Q_EMIT progress(int(done), int(total));
            return !cancel_;
        });
        out.tweets = r.tweets;
        out.duplicates = r.duplicates;
    } catch (const DuplicateError &d) {
        out.duplicatesFound = true;
        out.duplicateCount = d.count();
        out.duplicateFile = QString::fromStdString(d.file());
        out.duplicateLine = d.line();
    } catch (const std::exception &e) {
        if (cancel_)
            out.cancelled = true;
        else
            out.error = errorText(e);
    }
    Q_EMIT finished(out);
}

}  // namespace mner::ui

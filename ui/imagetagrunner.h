// Tags a project's images in a worker thread: the tagger's top-5 classes of each image are stored
// as image words of the tagger's source, a batch per transaction, so cancelling keeps what was
// done. The worker opens its own connection to the project file.
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace mner::ui {

struct TagImagesResult {
    int tagged = 0, unreadable = 0, skipped = 0;
    QString source, error, firstProblem;
    bool cancelled = false;
    double seconds = 0;
};

class ImageTagRunner : public QObject {
    Q_OBJECT
public:
    // tagger: "mobilenet" or "onnx:FILE"; modelsDir: the settings' models folder (may be empty).
    ImageTagRunner(QString projectPath, QString tagger, QString modelsDir, bool allowOutside, bool force);
    void cancel() { cancel_ = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const mner::ui::TagImagesResult &result);

private:
    QString project_, tagger_, modelsDir_;
    bool allowOutside_, force_;
    std::atomic<bool> cancel_{false};
};

// The image tagger chosen in the settings ("mobilenet" unless an ONNX file was chosen) and the
// models folder setting.
QString taggerSetting();
QString modelsDirSetting();

}  // namespace mner::ui

Q_DECLARE_METATYPE(mner::ui::TagImagesResult)

// Imports files into a project in a worker thread, on a connection of its own. The import is one
// transaction: cancelling (or quitting) rolls it back, so the project holds all of it or none.
// Tweets already in the project stop it with a question for the user (duplicatesFound).
#pragma once

#include "store/project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mner::ui {

struct ImportRequest {
    QStringList files;
    QString format = QStringLiteral("auto"), split, captions, imagesDir;
    bool embed = false;
    Duplicates duplicates = Duplicates::Refuse;
};

struct ImportOutcome {
    int tweets = 0, duplicates = 0;
    QString error;  // empty on success; nothing was imported otherwise
    bool cancelled = false;
    // Refused: tweets already in the project (how many, where the first is).
    bool duplicatesFound = false;
    int duplicateCount = 0, duplicateLine = 0;
    QString duplicateFile;
};

class ImportRunner : public QObject {
    Q_OBJECT
public:
    ImportRunner(QString projectPath, ImportRequest request);
    void cancel() { cancel_ = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const mner::ui::ImportOutcome &outcome);

private:
    QString project_;
    ImportRequest request_;
    std::atomic<bool> cancel_{false};
};

}  // namespace mner::ui

Q_DECLARE_METATYPE(mner::ui::ImportOutcome)

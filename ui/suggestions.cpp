#include "suggestions.h"

#include "store/project.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStringList>

#include <stdexcept>

namespace mner::ui {

QString Suggestions::rebuild(Project *project, const QString &editLayer, const QString &gazetteers) {
    dict_ = PhraseDictionary();
    contributed_.clear();
    if (!project) return {};
    QStringList problems;
    try {
        auto words = project->allWords();
        auto tags = project->layerTags(editLayer.toStdString());
        for (auto &[id, t] : project->layerTags("gold")) tags.emplace(id, std::move(t));  // an annotator's layer starts from gold
        for (auto &[id, t] : tags) tweetChanged(id, words[id], t);
    } catch (const std::exception &e) { problems << QString::fromStdString(e.what()); }
    const QDir dir = QFileInfo(QString::fromStdString(project->path())).absoluteDir();
    for (const QString &entry : gazetteers.split(';', Qt::SkipEmptyParts)) {
        const QString e = entry.trimmed();
        const int eq = e.indexOf('=');
        const QString type = eq > 0 ? e.left(eq).trimmed() : QString(), file = eq > 0 ? e.mid(eq + 1).trimmed() : e;
        try {
            dict_.loadGazetteer(dir.absoluteFilePath(file).toStdString(), type.toStdString());
        } catch (const std::exception &ex) { problems << QString::fromStdString(ex.what()); }
    }
    return problems.join('\n');
}

void Suggestions::tweetChanged(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags) {
    auto it = contributed_.find(tweet);
    if (it != contributed_.end()) {
        dict_.removeSpans(it->second.first, it->second.second);
        contributed_.erase(it);
    }
    if (words.size() != tags.size()) return;
    bool any = false;
    for (const std::string &t : tags) any = any || t != "O";
    if (!any) return;
    dict_.addSpans(words, tags);
    contributed_.emplace(tweet, std::make_pair(words, tags));
}

}  // namespace mner::ui

#include "suggestions.h"

#include "pagedreader.h"

#include "store/project.h"
#include "text/tags.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStringList>

#include <sstream>
#include <stdexcept>

namespace mner::ui {

Suggestions::Suggestions() : reader_(std::make_unique<PagedReader>()) {}
Suggestions::~Suggestions() = default;

bool Suggestions::reading() const { return reader_->running(); }
void Suggestions::finishReading() { reader_->finish(); }

QString Suggestions::rebuild(Project *project, const QString &editLayer, const QString &gazetteers) {
    reader_->stop();
    dict_ = PhraseDictionary();
    contributed_.clear();
    if (!project) return {};
    QStringList problems;
    const QDir dir = QFileInfo(QString::fromStdString(project->path())).absoluteDir();
    for (const QString &entry : gazetteers.split(';', Qt::SkipEmptyParts)) {
        const QString e = entry.trimmed();
        const int eq = e.indexOf('=');
        const QString type = eq > 0 ? e.left(eq).trimmed() : QString(), file = eq > 0 ? e.mid(eq + 1).trimmed() : e;
        try {
            dict_.loadGazetteer(dir.absoluteFilePath(file).toStdString(), type.toStdString());
        } catch (const std::exception &ex) { problems << QString::fromStdString(ex.what()); }
    }
    const std::string layer = editLayer.toStdString();
    reader_->start(project, [this, project, layer](const std::vector<int64_t> &ids) {
        auto words = project->allWords(ids.front(), ids.back());
        auto tags = project->layerTags(layer, ids.front(), ids.back());
        // an annotator's layer starts from gold
        for (auto &[id, t] : project->layerTags("gold", ids.front(), ids.back())) tags.emplace(id, std::move(t));
        for (auto &[id, t] : tags) add(id, words[id], t);
    });
    return problems.join('\n');
}

void Suggestions::add(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags) {
    if (words.size() != tags.size()) return;
    std::string packed;
    for (const Span &s : spansOf(tags)) {
        dict_.add({words.begin() + s.begin, words.begin() + s.end}, s.type);
        packed += std::to_string(s.begin) + ' ' + std::to_string(s.end) + ' ' + s.type + '\n';
    }
    if (!packed.empty()) contributed_[tweet] = std::move(packed);
}

void Suggestions::tweetChanged(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags) {
    if (!reader_->covers(tweet)) return;
    auto it = contributed_.find(tweet);
    if (it != contributed_.end()) {
        std::istringstream in(it->second);
        int b = 0, e = 0;
        std::string type;
        while (in >> b >> e >> type)
            if (e <= int(words.size())) dict_.remove({words.begin() + b, words.begin() + e}, type);
        contributed_.erase(it);
    }
    add(tweet, words, tags);
}

}  // namespace mner::ui

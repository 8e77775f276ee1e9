#include "tweetlistmodel.h"

#include "eval/errors.h"
#include "store/project.h"

#include <algorithm>
#include <map>

namespace mner::ui {

namespace {
int disagreements(const std::vector<std::string> &ref, const std::vector<std::string> &pred) {
    if (pred.empty() || pred.size() != ref.size()) return -1;
    int n = 0;
    for (const SpanError &e : classifySpans(spansOf(ref), spansOf(pred))) n += e.kind != ErrorKind::Correct;
    return n;
}
}  // namespace

TweetListModel::TweetListModel(QObject *parent) : QAbstractTableModel(parent) {}

void TweetListModel::setProject(Project *project) {
    project_ = project;
    rebuild();
}

void TweetListModel::setModelLayer(const QString &layer) {
    modelLayer_ = layer;
    rebuild();
}

void TweetListModel::setFilter(const QString &text, const QString &split, int status) {
    filterText_ = text;
    filterSplit_ = split;
    filterStatus_ = status;
    rebuild();
}

void TweetListModel::rebuild() {
    beginResetModel();
    rows_.clear();
    ids_.clear();
    uncertainty_.clear();
    if (project_ && !modelLayer_.isEmpty()) uncertainty_ = project_->uncertainties(modelLayer_.toStdString());
    if (project_) {
        ids_ = project_->findTweets(filterText_.toStdString(), filterSplit_.toStdString(), filterStatus_);
        if (sortColumn_ != Number || sortOrder_ != Qt::AscendingOrder) {
            endResetModel();
            sort(sortColumn_, sortOrder_);
            return;
        }
    }
    endResetModel();
}

void TweetListModel::sort(int column, Qt::SortOrder order) {
    sortColumn_ = column;
    sortOrder_ = order;
    if (!project_) return;
    beginResetModel();
    rows_.clear();
    std::map<int64_t, double> key;
    std::map<int64_t, std::string> textKey;
    if (column == Entities || column == Disagreement) {
        auto ref = project_->layerTags("corrected");
        std::map<int64_t, std::vector<std::string>> pred;
        if (column == Disagreement && !modelLayer_.isEmpty()) pred = project_->layerTags(modelLayer_.toStdString());
        for (int64_t id : ids_)
            key[id] = column == Entities ? double(spansOf(ref[id]).size()) : double(disagreements(ref[id], pred[id]));
    } else if (column == Uncertainty) {
        for (int64_t id : ids_) {
            auto u = uncertainty_.find(id);
            key[id] = u == uncertainty_.end() ? -1.0 : u->second;
        }
    } else if (column != Number) {
        for (const TweetSummary &s : project_->tweetsByIds(ids_)) {
            if (column == Status)
                key[s.id] = s.status;
            else
                textKey[s.id] = column == Split ? s.split : column == Id ? s.extId : s.text;
        }
    }
    auto less = [&](int64_t a, int64_t b) {
        if (column == Number) return a < b;
        if (!textKey.empty()) return textKey[a] != textKey[b] ? textKey[a] < textKey[b] : a < b;
        return key[a] != key[b] ? key[a] < key[b] : a < b;
    };
    std::stable_sort(ids_.begin(), ids_.end(), less);
    if (order == Qt::DescendingOrder) std::reverse(ids_.begin(), ids_.end());
    endResetModel();
}

int TweetListModel::rowOf(int64_t id) const {
    auto it = std::find(ids_.begin(), ids_.end(), id);
    return it == ids_.end() ? -1 : int(it - ids_.begin());
}

int TweetListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int TweetListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

TweetListModel::Row TweetListModel::makeRow(int64_t id, const std::string &extId, const std::string &split,
                                            const std::string &text, int status) {
    std::vector<std::string> ref = project_->labels("corrected", id);
    Row r{id,
          QString::fromStdString(extId),
          QString::fromStdString(split),
          QString::fromStdString(text),
          status,
          int(spansOf(ref).size()),
          -1,
          -1.0};
    if (!modelLayer_.isEmpty()) {
        r.disagreement = disagreements(ref, project_->labels(modelLayer_.toStdString(), id));
        auto u = uncertainty_.find(id);
        if (u != uncertainty_.end()) r.uncertainty = u->second;
    }
    return r;
}

bool TweetListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && project_ && size_t(rows_.size()) < ids_.size();
}

void TweetListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent)) return;
    size_t from = size_t(rows_.size()), to = std::min(ids_.size(), from + kPage);
    auto page = project_->tweetsByIds(std::vector<int64_t>(ids_.begin() + long(from), ids_.begin() + long(to)));
    beginInsertRows({}, int(from), int(from + page.size()) - 1);
    for (const auto &t : page) rows_.push_back(makeRow(t.id, t.extId, t.split, t.text, t.status));
    endInsertRows();
}

void TweetListModel::ensureLoaded(int row) {
    while (row >= rows_.size() && canFetchMore({})) fetchMore({});
}

void TweetListModel::refreshTweet(int64_t id) {
    for (int r = 0; r < rows_.size(); ++r) {
        if (rows_[r].id != id) continue;
        auto s = project_->tweetsByIds({id});
        if (s.empty()) return;
        rows_[r] = makeRow(id, s[0].extId, s[0].split, s[0].text, s[0].status);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
}

void TweetListModel::refreshAll() {
    if (!project_ || rows_.isEmpty()) return;
    std::vector<int64_t> loaded(ids_.begin(), ids_.begin() + rows_.size());
    auto fresh = project_->tweetsByIds(loaded);
    if (fresh.size() != loaded.size()) return;  // read again on the next change
    for (int r = 0; r < rows_.size(); ++r)
        rows_[r] = makeRow(fresh[size_t(r)].id, fresh[size_t(r)].extId, fresh[size_t(r)].split, fresh[size_t(r)].text,
                           fresh[size_t(r)].status);
    Q_EMIT dataChanged(index(0, 0), index(rows_.size() - 1, ColumnCount - 1));
}

int TweetListModel::doneCount() const {
    return project_ ? int(project_->findTweets({}, filterSplit_.toStdString(), 1).size()) : 0;
}

QVariant TweetListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const Row &r = rows_[index.row()];
    if (role == TweetIdRole) return QVariant::fromValue<qlonglong>(r.id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Split: return r.split;
        case Id: return r.extId;
        case Status: return r.status == 1 ? tr("done") : r.status == 2 ? tr("skipped") : QString();
        case Entities: return r.entities;
        case Disagreement: return r.disagreement < 0 ? QVariant() : QVariant(r.disagreement);
        case Uncertainty: return r.uncertainty < 0 ? QVariant() : QVariant(QString::number(r.uncertainty, 'f', 3));
        case Text: return r.text;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Text && index.column() != Split && index.column() != Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TweetListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o == Qt::Horizontal && role == Qt::ToolTipRole && section == Uncertainty)
        return tr("How unsure %1 is about the tweet (%2), as its run stored it; the column, its sort and "
                  "Tweet › Next uncertain use this number")
            .arg(modelLayer_.isEmpty() ? tr("the model") : modelLayer_, measure_.isEmpty() ? tr("uncertainty") : measure_);
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("#");
    case Split: return tr("Split");
    case Id: return tr("Id");
    case Status: return tr("Status");
    case Entities: return tr("Entities");
    case Disagreement: return tr("Disagree");
    case Uncertainty: return tr("Uncertain");
    case Text: return tr("Text");
    }
    return {};
}

}  // namespace mner::ui

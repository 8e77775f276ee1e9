#include "tweetlistmodel.h"

#include "store/project.h"

#include <algorithm>
#include <map>

namespace mner::ui {

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
    if (project_) {
        TweetQuery q;
        q.text = filterText_.toStdString();
        q.split = filterSplit_.toStdString();
        q.status = filterStatus_;
        q.key = TweetQuery::Key(sortColumn_);
        q.descending = sortOrder_ == Qt::DescendingOrder;
        q.modelLayer = modelLayer_.toStdString();
        ids_ = project_->listTweets(q);
    }
    endResetModel();
}

void TweetListModel::sort(int column, Qt::SortOrder order) {
    sortColumn_ = column;
    sortOrder_ = order;
    rebuild();
}

int TweetListModel::rowOf(int64_t id) const {
    auto it = std::find(ids_.begin(), ids_.end(), id);
    return it == ids_.end() ? -1 : int(it - ids_.begin());
}

int TweetListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int TweetListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool TweetListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && project_ && size_t(rows_.size()) < ids_.size();
}

void TweetListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent)) return;
    size_t from = size_t(rows_.size()), to = std::min(ids_.size(), from + kPage);
    auto page = project_->tweetRows(std::vector<int64_t>(ids_.begin() + long(from), ids_.begin() + long(to)),
                                    modelLayer_.toStdString());
    if (page.size() != to - from) {  // a tweet went away meanwhile: list again
        rebuild();
        return;
    }
    beginInsertRows({}, int(from), int(to) - 1);
    for (auto &r : page) rows_.push_back(std::move(r));
    endInsertRows();
}

void TweetListModel::ensureLoaded(int row) {
    while (row >= rows_.size() && canFetchMore({})) fetchMore({});
}

void TweetListModel::refreshTweet(int64_t id) {
    for (int r = 0; r < rows_.size(); ++r) {
        if (rows_[r].id != id) continue;
        auto fresh = project_->tweetRows({id}, modelLayer_.toStdString());
        if (fresh.empty()) return;
        rows_[r] = std::move(fresh[0]);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
}

void TweetListModel::refreshAll() {
    if (!project_ || rows_.isEmpty()) return;
    std::vector<int64_t> loaded(ids_.begin(), ids_.begin() + rows_.size());
    auto fresh = project_->tweetRows(loaded, modelLayer_.toStdString());
    if (fresh.size() != loaded.size()) return;  // read again on the next change
    for (int r = 0; r < rows_.size(); ++r) rows_[r] = std::move(fresh[size_t(r)]);
    Q_EMIT dataChanged(index(0, 0), index(rows_.size() - 1, ColumnCount - 1));
}

int TweetListModel::doneCount() const {
    return project_ ? project_->countTweets(filterSplit_.toStdString(), 1) : 0;
}

QVariant TweetListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const TweetRow &r = rows_[index.row()];
    if (role == TweetIdRole) return QVariant::fromValue<qlonglong>(r.id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Split: return QString::fromStdString(r.split);
        case Id: return QString::fromStdString(r.extId);
        case Status: return r.status == 1 ? tr("done") : r.status == 2 ? tr("skipped") : QString();
        case Entities: return r.entities;
        case Disagreement: return r.disagreement < 0 ? QVariant() : QVariant(r.disagreement);
        case Uncertainty: return r.uncertainty < 0 ? QVariant() : QVariant(QString::number(r.uncertainty, 'f', 3));
        case Text: return QString::fromStdString(r.text);
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

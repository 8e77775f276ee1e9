#include "tweetlistmodel.h"

#include "store/project.h"

namespace mner::ui {

TweetListModel::TweetListModel(QObject *parent) : QAbstractTableModel(parent) {}

void TweetListModel::setProject(Project *project) {
    beginResetModel();
    project_ = project;
    rows_.clear();
    total_ = project ? project->tweetCount() : 0;
    endResetModel();
}

int TweetListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int TweetListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

TweetListModel::Row TweetListModel::makeRow(int64_t id, const std::string &extId, const std::string &split,
                                            const std::string &text, int status) {
    int entities = static_cast<int>(spansOf(project_->labels("corrected", id)).size());
    return {id, QString::fromStdString(extId), QString::fromStdString(split), QString::fromStdString(text), status,
            entities};
}

bool TweetListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && project_ && rows_.size() < total_;
}

void TweetListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent)) return;
    auto page = project_->tweets(int(rows_.size()), kPage);
    if (page.empty()) {
        total_ = int(rows_.size());
        return;
    }
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + page.size()) - 1);
    for (const auto &t : page) rows_.push_back(makeRow(t.id, t.extId, t.split, t.text, t.status));
    endInsertRows();
}

void TweetListModel::ensureLoaded(int row) {
    while (row >= rows_.size() && canFetchMore({})) fetchMore({});
}

void TweetListModel::refreshTweet(int64_t id) {
    for (int r = 0; r < rows_.size(); ++r) {
        if (rows_[r].id != id) continue;
        TweetRecord t = project_->tweet(id);
        rows_[r] = makeRow(id, t.tweet.id, t.split, rows_[r].text.toStdString(), t.status);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
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
        case Text: return r.text;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Entities))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TweetListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("#");
    case Split: return tr("Split");
    case Id: return tr("Id");
    case Status: return tr("Status");
    case Entities: return tr("Entities");
    case Text: return tr("Text");
    }
    return {};
}

} // namespace mner::ui

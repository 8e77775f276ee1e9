// The tweet list: a table model over the project. The filtered, sorted order is a list of ids
// from the store's indexed sort keys (a million ids in a fraction of a second); the rows themselves
// are read lazily, a page at a time, so that a large project opens at once and scrolls without
// stalls.
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <cstdint>
#include <map>
#include <vector>

#include "store/project.h"

namespace mner::ui {

class TweetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // in the order of TweetQuery::Key: a column sorts by its key
    enum Column { Number, Split, Id, Status, Entities, Disagreement, Uncertainty, Text, ColumnCount };
    enum Role { TweetIdRole = Qt::UserRole + 1 };
    static constexpr int kPage = 256;

    explicit TweetListModel(QObject *parent = nullptr);
    // The model does not own the project; it must outlive the model or be reset to nullptr.
    void setProject(Project *project);
    // The model layer that the disagreement and uncertainty columns compare with. The uncertainty
    // shown, sorted by and used by U is one number: the tweet's score stored by the model run.
    void setModelLayer(const QString &layer);
    // How that score was computed (the uncertainty measure), for the column's tooltip.
    void setUncertaintyMeasure(const QString &name) { measure_ = name; }
    QString modelLayer() const { return modelLayer_; }
    // Filters by text, split (empty: any) and status (-1: any); keeps the sort order.
    void setFilter(const QString &text, const QString &split, int status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int totalCount() const { return int(ids_.size()); }
    int64_t tweetId(int row) const { return row >= 0 && size_t(row) < ids_.size() ? ids_[size_t(row)] : 0; }
    int rowOf(int64_t id) const;
    // Loads rows up to the given one (for jumping to a tweet far down the list).
    void ensureLoaded(int row);
    // Re-reads one tweet's row after an edit.
    void refreshTweet(int64_t id);
    // Re-reads every loaded row (others may have changed any while a server was out of reach).
    void refreshAll();
    int doneCount() const;

private:
    void rebuild();
    Project *project_ = nullptr;
    std::vector<int64_t> ids_;
    QVector<TweetRow> rows_;  // the first rows_.size() entries of ids_
    QString filterText_, filterSplit_, modelLayer_, measure_;
    int filterStatus_ = -1, sortColumn_ = Number;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace mner::ui

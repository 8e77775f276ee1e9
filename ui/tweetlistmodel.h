// The tweet list: a table model over the project that fetches rows lazily, a page at a time,
// so that a project of any size opens at once and scrolls without stalls.
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <cstdint>

namespace mner {
class Project;
}

namespace mner::ui {

class TweetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Split, Id, Status, Entities, Text, ColumnCount };
    enum Role { TweetIdRole = Qt::UserRole + 1 };
    static constexpr int kPage = 256;

    explicit TweetListModel(QObject *parent = nullptr);
    // The model does not own the project; it must outlive the model or be reset to nullptr.
    void setProject(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return total_; }
    int64_t tweetId(int row) const { return row >= 0 && row < rows_.size() ? rows_[row].id : 0; }
    // Loads rows up to the given one (for jumping to a tweet far down the list).
    void ensureLoaded(int row);
    // Re-reads one tweet's row after an edit.
    void refreshTweet(int64_t id);

private:
    struct Row {
        int64_t id;
        QString extId, split, text;
        int status, entities;
    };
    Row makeRow(int64_t id, const std::string &extId, const std::string &split, const std::string &text, int status);
    Project *project_ = nullptr;
    QVector<Row> rows_;
    int total_ = 0;
};

} // namespace mner::ui

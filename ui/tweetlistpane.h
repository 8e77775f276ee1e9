// The left pane: filters (text, split, status) over the tweet list.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace mner {
class Project;
}

namespace mner::ui {

class TweetListModel;

class TweetListPane : public QWidget {
    Q_OBJECT
public:
    TweetListPane(TweetListModel *model, QWidget *parent = nullptr);
    QTableView *list() const { return list_; }
    // The split filter offers the project's splits (none: only "all splits").
    void setSplits(Project *project);
    // Clears every filter (a tweet to open was filtered out).
    void clearFilters();
    // Selects (and scrolls to) a row, loading rows up to it first.
    void selectRow(int row);
    // Shows or hides a column (the header's context menu does the same); remembered in the settings.
    // Split and Entities start hidden so that the text keeps room on a laptop screen.
    void setColumnShown(int column, bool shown);

Q_SIGNALS:
    void filtered();

private:
    void columnMenu(const QPoint &pos);
    TweetListModel *model_;
    QLineEdit *search_;
    QComboBox *split_, *status_;
    QTableView *list_;
};

}  // namespace mner::ui

// Every mismatch between a reference layer (gold or corrected) and a model layer, filterable by
// error kind, entity type, model and text; activating a row opens the tweet at that span.
#pragma once

#include <QWidget>

#include "eval/errors.h"

#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

class ErrorTable;
class PagedReader;

class ErrorBrowser : public QWidget {
    Q_OBJECT
public:
    enum Column { TweetCol, ModelCol, KindCol, GoldCol, PredCol, TextCol, ColumnCount };
    enum Role { TweetIdRole = Qt::UserRole + 1, BeginRole, EndRole, KindRole };
    explicit ErrorBrowser(QWidget *parent = nullptr);
    QSize sizeHint() const override { return QSize(800, 230); }  // a strip below the tweet
    void setProject(Project *p);
    // Recomputes the rows from the project: the first page of tweets at once, the others a page
    // per turn of the event loop (the count says "reading…" meanwhile).
    void refresh();
    bool reading() const;
    // Reads what is left at once.
    void finishReading();
    // One tweet's labels changed (an edit, undo, redo): its rows are replaced, nothing else is read.
    void tweetChanged(int64_t id);
    QTableView *table() const { return table_; }
    int rowCount() const;
    void setKindFilter(const QString &kind);
    // Opens the row's span (as a double click would).
    void activateRow(int row);

Q_SIGNALS:
    void openSpan(qint64 tweetId, int begin, int end);

private:
    Project *project_ = nullptr;
    QComboBox *reference_, *kind_, *type_, *model_;
    QLineEdit *search_;
    ErrorTable *rows_;
    PagedReader *reader_;
    QTableView *table_;
    QLabel *count_;
    void applyFilter();
    void addTypes();
    void showCount();
};

// An error kind in the interface's language.
QString errorKindText(ErrorKind k);

}  // namespace mner::ui

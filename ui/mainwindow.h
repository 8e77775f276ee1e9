// The main window: the tweet list on the left, the tweet view and its image on the right.
#pragma once

#include <QMainWindow>

#include <cstdint>
#include <memory>

class QTableView;
class QSortFilterProxyModel;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

class TweetListModel;
class TweetView;
class ImagePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or with create, makes) a project; shows an error and returns false on failure,
    // keeping the current project open.
    bool openProject(const QString &path, bool create = false);
    // Imports files with the given options; returns false (after telling the user) on error.
    bool importFiles(const QStringList &files, const QString &format, const QString &split,
                     const QString &captions, const QString &imagesDir, bool embed);
    void selectRow(int row);

    Project *project() const { return project_.get(); }
    QTableView *tweetList() const { return list_; }
    TweetListModel *tweetModel() const { return model_; }
    TweetView *tweetView() const { return view_; }
    ImagePanel *imagePanel() const { return image_; }
    int64_t currentTweet() const { return current_; }
    // When set, errors go to the status bar only (tests, batch use) instead of message boxes.
    void setQuiet(bool quiet) { quiet_ = quiet; }
    QString lastError() const { return lastError_; }

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void newProject();
    void openProjectDialog();
    void importDialog();
    void showTweet(int64_t id);
    void showError(const QString &title, const QString &text);
    void updateTitle();

    std::unique_ptr<Project> project_;
    TweetListModel *model_;
    QTableView *list_;
    TweetView *view_;
    ImagePanel *image_;
    QLabel *progress_;
    int64_t current_ = 0;
    bool quiet_ = false;
    QString lastError_;
};

} // namespace mner::ui

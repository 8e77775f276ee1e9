// conlleval scores of every model layer against a reference layer, overall and per type, the
// confusion of types for one model, and a bar chart of F1 per type.
#pragma once

#include "eval/conlleval.h"

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QTableWidget;
class QLabel;
class QBarSeries;

namespace mner {
class Project;
}

namespace mner::ui {

class ScoresPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScoresPanel(QWidget *parent = nullptr);
    ~ScoresPanel() override;
    QSize sizeHint() const override { return QSize(800, 230); }  // a strip below the tweet
    void setProject(Project *p);
    // Recomputes every model's scores from the project, a page of tweets per turn of the event
    // loop (the totals grow as the pages come; readingDone() when complete).
    void refresh();
    bool reading() const;
    // Reads what is left at once.
    void finishReading();
    // One tweet's labels changed: its counts are replaced in each model's scores (the other
    // tweets are not read again), and the tables and chart show the new totals.
    void tweetChanged(int64_t id);

Q_SIGNALS:
    void readingDone();

public:
    // A model layer's totals as shown (conlleval over the tweets both layers label).
    Scores scoresOf(const QString &model) const;
    QTableWidget *scores() const { return scores_; }
    QTableWidget *confusion() const { return confusion_; }

private:
    Project *project_ = nullptr;
    QComboBox *reference_, *model_;
    QTableWidget *scores_, *confusion_;
    QWidget *chartHolder_;
    struct Boards;
    std::unique_ptr<Boards> boards_;
    class PagedReader *reader_;
    QBarSeries *series_ = nullptr;  // the chart's bars, updated in place while models and types stay
    QStringList chartCategories_, chartModels_;
    bool scoresSized_ = false;
    void render();
    void renderChart(const QStringList &categories, const std::vector<std::pair<QString, std::map<std::string, double>>> &f1s);
    void refreshConfusion();
};

}  // namespace mner::ui

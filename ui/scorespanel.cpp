#include "scorespanel.h"

#include "pagedreader.h"

#include "eval/conlleval.h"
#include "eval/scoreboard.h"
#include "eval/errors.h"
#include "store/project.h"
#include "widgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <set>
#include <vector>

namespace mner::ui {

ScoresPanel::ScoresPanel(QWidget *parent) : QWidget(parent), reader_(new PagedReader(this)) {
    setAccessibleName(tr("Scores"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    reference_ = referenceLayerCombo(this);
    model_ = new QComboBox(this);
    model_->setAccessibleName(tr("Model for the confusion matrix"));
    bar->addWidget(new QLabel(tr("Reference:"), this));
    bar->addWidget(reference_);
    bar->addStretch(1);
    lay->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);  // side by side: the panel is a strip under the tweet
    scores_ = new QTableWidget(this);
    scores_->setAccessibleName(tr("Scores per model and type"));
    scores_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scores_->verticalHeader()->hide();
    auto *confBox = new QWidget(this);
    auto *cl = new QVBoxLayout(confBox);
    cl->setContentsMargins(0, 0, 0, 0);
    auto *ch = new QHBoxLayout;
    ch->addWidget(new QLabel(tr("Confusion of types for"), confBox));
    ch->addWidget(model_);
    ch->addStretch(1);
    cl->addLayout(ch);
    confusion_ = new QTableWidget(confBox);
    confusion_->setAccessibleName(tr("Confusion matrix"));
    confusion_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cl->addWidget(confusion_);
    chartHolder_ = new QWidget(this);
    chartHolder_->setLayout(new QVBoxLayout);
    chartHolder_->layout()->setContentsMargins(0, 0, 0, 0);
    split->addWidget(scores_);
    split->addWidget(confBox);
    split->addWidget(chartHolder_);
    lay->addWidget(split, 1);
    connect(reference_, &QComboBox::currentIndexChanged, this, &ScoresPanel::refresh);
    connect(model_, &QComboBox::currentIndexChanged, this, &ScoresPanel::refreshConfusion);
}

void ScoresPanel::setProject(Project *p) {
    project_ = p;
    refresh();
}

struct ScoresPanel::Boards {
    std::vector<std::pair<QString, ScoreBoard>> models;  // per model layer, in the project's order
};

ScoresPanel::~ScoresPanel() = default;

void ScoresPanel::refresh() {
    reader_->stop();
    boards_ = std::make_unique<Boards>();
    if (project_)
        for (const LayerInfo &l : project_->layerList())
            if (l.kind == "model") boards_->models.emplace_back(QString::fromStdString(l.name), ScoreBoard());
    render();
    if (!project_ || boards_->models.empty()) return;
    const std::string reference = reference_->currentText().toStdString();
    // the counts a page at a time: bounded reads whatever the project's size; the totals show
    // when the last page is in (a few seconds for a million tweets)
    reader_->start(
        project_,
        [this, reference](const std::vector<int64_t> &ids) {
            auto ref = project_->layerTags(reference, ids.front(), ids.back());
            for (auto &[name, board] : boards_->models)
                for (const auto &[id, pred] : project_->layerTags(name.toStdString(), ids.front(), ids.back())) {
                    auto r = ref.find(id);
                    if (r != ref.end()) board.set(id, r->second, pred);
                }
        },
        [this] {
            render();
            Q_EMIT readingDone();
        },
        [this](const std::string &) { render(); });
}

bool ScoresPanel::reading() const { return reader_->running(); }

void ScoresPanel::finishReading() { reader_->finish(); }

void ScoresPanel::tweetChanged(int64_t id) {
    if (!project_ || !boards_ || !reader_->covers(id)) return;  // the scan reads it when it gets there
    // one tweet's counts are replaced in every model's board; the others are not read again
    try {
        const std::vector<std::string> ref = project_->labels(reference_->currentText().toStdString(), id);
        for (auto &[name, board] : boards_->models) board.set(id, ref, project_->labels(name.toStdString(), id));
    } catch (const std::exception &) {
        return;  // the store's error reaches the user through the edit that failed; the totals stay
    }
    render();
}

Scores ScoresPanel::scoresOf(const QString &model) const {
    if (boards_)
        for (const auto &[name, board] : boards_->models)
            if (name == model) return board.scores();
    return {};
}

void ScoresPanel::render() {
    model_->blockSignals(true);
    const QString keep = model_->currentText();
    model_->clear();
    const QStringList headers{tr("Model"), tr("Type"), tr("Precision"), tr("Recall"), tr("F1"), tr("Found"), tr("In reference")};
    scores_->setColumnCount(headers.size());
    scores_->setHorizontalHeaderLabels(headers);
    int rows = 0;
    QStringList categories;
    std::vector<std::pair<QString, std::map<std::string, double>>> f1s;
    auto setRow = [&](const QString &name, const QString &type, const TypeScore &t) {
        if (rows >= scores_->rowCount()) scores_->setRowCount(rows + 1);
        const QStringList cells{name,
                                type,
                                QString::number(t.precision(), 'f', 2),
                                QString::number(t.recall(), 'f', 2),
                                QString::number(t.f1(), 'f', 2),
                                QString::number(t.found),
                                QString::number(t.gold)};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = scores_->item(rows, c);
            if (!item) scores_->setItem(rows, c, item = new QTableWidgetItem);
            item->setText(cells[c]);
        }
        ++rows;
    };
    if (boards_)
        for (const auto &[name, board] : boards_->models) {
            model_->addItem(name);
            if (!board.sentences()) continue;
            const Scores &s = board.scores();
            std::map<std::string, double> f;
            setRow(name, tr("all"), s.all);
            f["all"] = s.all.f1();
            for (const auto &[type, t] : s.byType) {
                setRow(name, QString::fromStdString(type), t);
                f[type] = t.f1();
                if (!categories.contains(QString::fromStdString(type))) categories << QString::fromStdString(type);
            }
            f1s.emplace_back(name, f);
        }
    scores_->setRowCount(rows);
    if (!scoresSized_ && rows) {
        scores_->resizeColumnsToContents();
        scoresSized_ = true;
    }
    int i = model_->findText(keep);
    model_->setCurrentIndex(i < 0 ? 0 : i);
    model_->blockSignals(false);
    refreshConfusion();
    categories.sort();
    categories.prepend(tr("all"));
    renderChart(categories, f1s);
}

void ScoresPanel::renderChart(const QStringList &categories,
                              const std::vector<std::pair<QString, std::map<std::string, double>>> &f1s) {
    QStringList models;
    for (const auto &m : f1s) models << m.first;
    auto valueOf = [&](const std::map<std::string, double> &f, const QString &c) {
        auto it = f.find(c == tr("all") ? "all" : c.toStdString());
        return it == f.end() ? 0.0 : it->second;
    };
    if (series_ && categories == chartCategories_ && models == chartModels_) {
        // the same bars: new heights only (an edit changes a few numbers, not the chart)
        const QList<QBarSet *> sets = series_->barSets();
        for (int m = 0; m < sets.size(); ++m)
            for (int c = 0; c < categories.size(); ++c) sets[m]->replace(c, valueOf(f1s[size_t(m)].second, categories[c]));
        return;
    }
    chartCategories_ = categories;
    chartModels_ = models;
    QLayoutItem *old;
    while ((old = chartHolder_->layout()->takeAt(0))) {
        delete old->widget();
        delete old;
    }
    series_ = new QBarSeries;
    for (const auto &[name, f] : f1s) {
        auto *set = new QBarSet(name);
        for (const QString &c : categories) *set << valueOf(f, c);
        series_->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series_);
    chart->setTitle(tr("F1 by type"));
    auto *ax = new QBarCategoryAxis;
    ax->append(categories);
    // Qt elides category labels that do not fit the width it guesses for them: small labels
    // and no truncation keep the type names readable
    QFont small = ax->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    ax->setLabelsFont(small);
    ax->setTruncateLabels(false);
    chart->addAxis(ax, Qt::AlignBottom);
    series_->attachAxis(ax);
    auto *ay = new QValueAxis;
    ay->setRange(0, 100);
    ay->setLabelFormat("%d");
    chart->addAxis(ay, Qt::AlignLeft);
    series_->attachAxis(ay);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 120);
    view->setAccessibleName(tr("F1 chart"));
    chartHolder_->layout()->addWidget(view);
}

void ScoresPanel::refreshConfusion() {
    confusion_->clear();
    ScoreBoard::Confusion counts;
    if (boards_)
        for (const auto &[name, board] : boards_->models)
            if (name == model_->currentText()) counts = board.confusion();
    if (counts.empty() && (model_->currentText().isEmpty() || !project_)) {
        confusion_->setRowCount(0);
        confusion_->setColumnCount(0);
        return;
    }
    std::set<std::string> types;
    for (const auto &[key, n] : counts) {
        if (key.first != "O") types.insert(key.first);
        if (key.second != "O") types.insert(key.second);
    }
    QStringList labels;
    for (const auto &t : types) labels << QString::fromStdString(t);
    labels << QStringLiteral("O");
    confusion_->setRowCount(labels.size());
    confusion_->setColumnCount(labels.size());
    QStringList rowLabels, colLabels;
    for (const QString &l : labels) {
        rowLabels << tr("ref %1").arg(l);
        colLabels << tr("pred %1").arg(l);
    }
    confusion_->setVerticalHeaderLabels(rowLabels);
    confusion_->setHorizontalHeaderLabels(colLabels);
    for (int r = 0; r < labels.size(); ++r)
        for (int c = 0; c < labels.size(); ++c) {
            int n = counts[{labels[r].toStdString(), labels[c].toStdString()}];
            auto *item = new QTableWidgetItem(r == c && labels[r] == "O" ? QString() : QString::number(n));
            item->setTextAlignment(Qt::AlignCenter);
            if (r == c && n)
                item->setBackground(QColor(0, 158, 115, 60));
            else if (n)
                item->setBackground(QColor(213, 94, 0, std::min(200, 30 + n * 10)));
            confusion_->setItem(r, c, item);
        }
    confusion_->resizeColumnsToContents();
}

}  // namespace mner::ui

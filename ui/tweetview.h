// The tweet as the paper's Figure 7 draws it, and where it is edited: tokens in wrapped lines,
// the reference layer (gold with corrections) as coloured bars above the text, each selected
// model's prediction as a row of bars below it with its mismatches marked, and low-confidence
// tokens underlined. The keyboard moves a cursor and extends a selection; the mouse drags one.
#pragma once

#include "palette.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace mner::ui {

class TweetView : public QWidget {
    Q_OBJECT
public:
    struct Layer {
        QString name;
        QStringList tags;           // one per token
        QVector<float> confidence;  // per token, may be empty
        QString title;              // the row's name in the left margin (empty: name)
    };
    // What the last paint drew, for tests and hit-testing.
    struct DrawnSpan {
        QString layer;
        int begin, end;  // token range [begin, end)
        QString type;
        QRect rect;     // the first line's piece of the bar
        QString mark;   // for predictions: "correct", "wrong type", ... (see errorKindName)
        QString label;  // the text drawn in the bar (type and mark); never clipped
        QString tip;    // the tooltip: type, tokens, confidence, which mistake
    };
    // A row's name as drawn in the left margin, for tests.
    struct RowName {
        QString text;
        QRect rect;
    };

    explicit TweetView(QWidget *parent = nullptr);
    // Requires every layer to have tokens.size() tags. Keeps the cursor when keepCursor and the
    // token count is unchanged.
    void setTweet(const QStringList &tokens, const Layer &reference, const QVector<Layer> &predictions = {},
                  bool keepCursor = false);
    void clear();
    const QVector<DrawnSpan> &drawnSpans() const { return drawn_; }
    const QVector<RowName> &rowNames() const { return rowNames_; }
    // The width a span's label needs (the bar is at least this wide).
    int labelWidth(const QString &label) const;
    const Layer &reference() const { return reference_; }
    QRect tokenRect(int token) const;
    int tokenCount() const { return tokens_.size(); }
    TypePalette &typePalette() { return palette_; }
    void setConfidenceThreshold(double t) {
        threshold_ = t;
        update();
    }

    int cursor() const { return cursor_; }
    // The selected tokens [first, second); at least the cursor's token when there are tokens.
    QPair<int, int> selection() const;
    void setSelection(int begin, int end);  // cursor at end - 1, anchor at begin

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;

Q_SIGNALS:
    void selectionChanged(int begin, int end);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void keyPressEvent(QKeyEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    bool event(QEvent *e) override;  // tooltips per span and per row name

private:
    struct Geometry {
        QVector<QRect> tokenRects;  // text boxes
        QVector<int> lineOf;
        int lineHeight = 0, height = 0, gutter = 0;
    };
    // A span as one row draws it: a bar with its label, or a missed reference span's empty box.
    struct RowSpan {
        int begin, end;
        QString type, label, mark, tip;
        bool missed = false;
    };
    Geometry layout(int width) const;
    void computeRows();  // rows_ from the layers (after setTweet)
    void drawRow(QPainter &p, int row, int bandOffset);
    QFont labelFont() const;
    QString rowTitle(int row) const;
    int bandHeight() const;
    int tokenAt(const QPoint &pos) const;
    void moveCursor(int to, bool extend);

    QStringList tokens_;
    Layer reference_;
    QVector<Layer> predictions_;
    Geometry geo_;
    QVector<DrawnSpan> drawn_;
    QVector<RowName> rowNames_;
    QVector<QPair<QRect, QString>> tips_;  // every drawn piece and row name with its tooltip
    QVector<QVector<RowSpan>> rows_;       // 0: the reference, then each prediction
    TypePalette palette_;
    int cursor_ = 0, anchor_ = 0;
    double threshold_ = 0.8;
};

}  // namespace mner::ui

// The tweet as the paper's Figure 7 draws it: tokens in wrapped lines, the gold layer as
// coloured bars above the text and each model's prediction as a row of bars below it.
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
        QStringList tags;  // one per token
    };
    // What the last paint drew, for tests and hit-testing.
    struct DrawnSpan {
        QString layer;
        int begin, end;  // token range [begin, end)
        QString type;
        QRect rect;      // the first line's piece of the bar
    };

    explicit TweetView(QWidget *parent = nullptr);
    // Requires every layer to have tokens.size() tags.
    void setTweet(const QStringList &tokens, const Layer &gold, const QVector<Layer> &predictions = {});
    void clear();
    const QVector<DrawnSpan> &drawnSpans() const { return drawn_; }
    QRect tokenRect(int token) const;
    int tokenCount() const { return tokens_.size(); }
    TypePalette &typePalette() { return palette_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;

private:
    struct Geometry {
        QVector<QRect> tokenRects;  // text boxes
        QVector<int> lineOf;
        int lineHeight = 0, height = 0;
    };
    Geometry layout(int width) const;
    void drawLayer(QPainter &p, const Layer &layer, int bandOffset);
    int bandHeight() const;

    QStringList tokens_;
    Layer gold_;
    QVector<Layer> predictions_;
    Geometry geo_;
    QVector<DrawnSpan> drawn_;
    TypePalette palette_;
};

} // namespace mner::ui

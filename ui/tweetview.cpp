#include "tweetview.h"

#include "text/tags.h"

#include <QPainter>
#include <QPainterPath>

namespace mner::ui {

namespace {
constexpr int kMargin = 8, kTokenGap = 6, kLineGap = 10, kBandGap = 3;

std::vector<std::string> toStd(const QStringList &l) {
    std::vector<std::string> v;
    v.reserve(size_t(l.size()));
    for (const QString &s : l) v.push_back(s.toStdString());
    return v;
}
} // namespace

TweetView::TweetView(QWidget *parent) : QWidget(parent) {
    setAccessibleName(tr("Tweet view"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);  // the text under annotation reads larger than the chrome
    setFont(f);
    setBackgroundRole(QPalette::Base);
}

void TweetView::setTweet(const QStringList &tokens, const Layer &gold, const QVector<Layer> &predictions) {
    tokens_ = tokens;
    gold_ = gold;
    predictions_ = predictions;
    geo_ = layout(width());
    drawn_.clear();
    updateGeometry();
    update();
}

void TweetView::clear() { setTweet({}, {}, {}); }

int TweetView::bandHeight() const { return QFontMetrics(font()).height() * 3 / 4 + 4; }

TweetView::Geometry TweetView::layout(int width) const {
    Geometry g;
    QFontMetrics fm(font());
    int band = bandHeight();
    int textH = fm.height() + 4;
    // one band above (gold), the text, one band per prediction below
    g.lineHeight = band + kBandGap + textH + int(predictions_.size()) * (band + kBandGap) + kLineGap;
    int x = kMargin, line = 0;
    int avail = std::max(width - 2 * kMargin, 50);
    for (const QString &t : tokens_) {
        int w = fm.horizontalAdvance(t) + 6;
        if (x > kMargin && x + w > kMargin + avail) {
            x = kMargin;
            ++line;
        }
        int y = kMargin + line * g.lineHeight + band + kBandGap;
        g.tokenRects.push_back(QRect(x, y, w, textH));
        g.lineOf.push_back(line);
        x += w + kTokenGap;
    }
    g.height = 2 * kMargin + (tokens_.isEmpty() ? 1 : line + 1) * g.lineHeight;
    return g;
}

QRect TweetView::tokenRect(int token) const {
    return token >= 0 && token < geo_.tokenRects.size() ? geo_.tokenRects[token] : QRect();
}

QSize TweetView::sizeHint() const { return QSize(600, heightForWidth(600)); }
QSize TweetView::minimumSizeHint() const { return QSize(200, 80); }
int TweetView::heightForWidth(int w) const { return layout(w).height; }

void TweetView::resizeEvent(QResizeEvent *) { geo_ = layout(width()); }

void TweetView::drawLayer(QPainter &p, const Layer &layer, int bandOffset) {
    if (layer.tags.size() != tokens_.size()) return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    small.setBold(true);
    p.setFont(small);
    int band = bandHeight();
    for (const Span &s : spansOf(toStd(layer.tags))) {
        QString type = QString::fromStdString(s.type);
        QColor fill = palette_.color(type);
        bool first = true;
        // one bar piece per line the span covers
        int i = s.begin;
        while (i < s.end) {
            int line = geo_.lineOf[i], j = i;
            while (j + 1 < s.end && geo_.lineOf[j + 1] == line) ++j;
            QRect a = geo_.tokenRects[i], b = geo_.tokenRects[j];
            QRect bar(a.left(), a.top() + bandOffset, b.right() - a.left() + 1, band);
            QPainterPath path;
            path.addRoundedRect(bar, 4, 4);
            p.fillPath(path, fill);
            p.setPen(palette_.textColor(type));
            if (first) {
                p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, type);
                drawn_.push_back({layer.name, s.begin, s.end, type, bar});
            }
            first = false;
            i = j + 1;
        }
    }
    p.setFont(font());
}

void TweetView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    drawn_.clear();
    if (geo_.tokenRects.size() != tokens_.size()) geo_ = layout(width());
    if (tokens_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No tweet selected"));
        return;
    }
    int band = bandHeight();
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < tokens_.size(); ++i) p.drawText(geo_.tokenRects[i], Qt::AlignCenter, tokens_[i]);
    drawLayer(p, gold_, -(band + kBandGap));
    int textH = geo_.tokenRects.isEmpty() ? 0 : geo_.tokenRects[0].height();
    for (int k = 0; k < predictions_.size(); ++k) drawLayer(p, predictions_[k], textH + kBandGap + k * (band + kBandGap));
}

} // namespace mner::ui

#include "imagepanel.h"

#include "store/project.h"
#include "errortext.h"

#include "image/image.h"

#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QWheelEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace mner::ui {

ImagePanel::ImagePanel(QWidget *parent) : QWidget(parent) {
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    picture_ = new QLabel(this);
    picture_->setAlignment(Qt::AlignCenter);
    picture_->setMinimumSize(160, 120);
    picture_->setAccessibleName(tr("Tweet image"));
    picture_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    picture_->setToolTip(tr("Wheel zooms, double click fits the image"));
    scroll_ = new QScrollArea(this);
    scroll_->setWidget(picture_);
    scroll_->setAlignment(Qt::AlignCenter);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->viewport()->installEventFilter(this);
    picture_->installEventFilter(this);
    words_ = new QLabel(this);
    words_->setWordWrap(true);
    words_->setTextFormat(Qt::PlainText);
    words_->setAccessibleName(tr("Image words"));
    words_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(scroll_, 1);
    lay->addWidget(words_);
}

void ImagePanel::setImage(const QByteArray &bytes, const QString &name) {
    image_ = QImage();
    zoom_ = 0;
    placeholder_.clear();
    if (name.isEmpty()) {
        placeholder_ = tr("This tweet has no image");
    } else if (bytes.isEmpty()) {
        placeholder_ = tr("Image %1 is not available").arg(name);
    } else {
        try {
            std::vector<unsigned char> v(bytes.begin(), bytes.end());
            RgbImage rgb = decodeImage(v);
            image_ = QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy();
        } catch (const std::exception &e) { placeholder_ = tr("Image %1 could not be read:\n%2").arg(name, errorText(e)); }
    }
    refresh();
}

void ImagePanel::setPlaceholder(const QString &text) {
    image_ = QImage();
    placeholder_ = text;
    refresh();
}

void ImagePanel::setImageWords(const QMap<QString, QString> &wordsBySource) {
    QStringList lines;
    for (auto it = wordsBySource.begin(); it != wordsBySource.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), QString(it.value()).replace('|', QStringLiteral(", ")));
    words_->setText(lines.isEmpty() ? tr("No image words") : lines.join('\n'));
}

QString ImagePanel::wordsText() const { return words_->text(); }

void ImagePanel::resizeEvent(QResizeEvent *) { refresh(); }

void ImagePanel::setZoom(double zoom) {
    zoom_ = std::clamp(zoom, 0.0, 8.0);
    refresh();
}

bool ImagePanel::eventFilter(QObject *o, QEvent *e) {
    if (e->type() == QEvent::Wheel && !image_.isNull()) {
        auto *w = static_cast<QWheelEvent *>(e);
        double current = zoom_ > 0 ? zoom_ : double(picture_->pixmap().width()) / std::max(1, image_.width());
        setZoom(current * (w->angleDelta().y() > 0 ? 1.25 : 0.8));
        return true;
    }
    if (e->type() == QEvent::MouseButtonDblClick) {
        setZoom(0);
        return true;
    }
    return QWidget::eventFilter(o, e);
}

void ImagePanel::refresh() {
    if (image_.isNull()) {
        scroll_->setWidgetResizable(true);
        picture_->setPixmap({});
        picture_->setWordWrap(true);  // messages fit a narrow panel
        picture_->setText(placeholder_);
        picture_->setStyleSheet("QLabel { background: palette(mid); color: palette(bright-text); border-radius: 6px; }");
        return;
    }
    picture_->setStyleSheet({});
    picture_->setWordWrap(false);
    if (zoom_ <= 0) {  // fit
        scroll_->setWidgetResizable(true);
        QSize target = scroll_->viewport()->size().boundedTo(image_.size() * 4);
        picture_->setPixmap(QPixmap::fromImage(image_.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        scroll_->setWidgetResizable(false);
        QPixmap pm = QPixmap::fromImage(image_.scaled(image_.size() * zoom_, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        picture_->setPixmap(pm);
        picture_->resize(pm.size());
    }
}

void ImagePanel::showTweetImage(Project &project, const TweetRecord &t, bool allowOutside) {
    if (t.imageOutside && !allowOutside) {
        // a long path wraps at its separators (zero-width spaces) instead of being cut at both ends
        const QString where = QString::fromStdString(t.imagePath).replace('/', QStringLiteral("/\u200b"));
        setPlaceholder(tr("Image %1 lies outside the project's folder:\n%2\nView › Allow images outside the project shows it.")
                           .arg(QString::fromStdString(t.imageName), where));
    } else {
        std::vector<unsigned char> bytes = project.imageBytes(t, allowOutside);
        setImage(QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size())),
                 QString::fromStdString(t.imageName));
    }
    showImageWords(t);
}

void ImagePanel::showImageWords(const TweetRecord &t) {
    QMap<QString, QString> words;
    for (const auto &[src, w] : t.imageWords) words[QString::fromStdString(src)] = QString::fromStdString(w);
    setImageWords(words);
}

}  // namespace mner::ui

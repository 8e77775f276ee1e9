#include "imagepanel.h"

#include "image/image.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mner::ui {

ImagePanel::ImagePanel(QWidget *parent) : QWidget(parent) {
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    picture_ = new QLabel(this);
    picture_->setAlignment(Qt::AlignCenter);
    picture_->setMinimumSize(160, 120);
    picture_->setAccessibleName(tr("Tweet image"));
    picture_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    words_ = new QLabel(this);
    words_->setWordWrap(true);
    words_->setTextFormat(Qt::PlainText);
    words_->setAccessibleName(tr("Image words"));
    words_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(picture_, 1);
    lay->addWidget(words_);
}

void ImagePanel::setImage(const QByteArray &bytes, const QString &name) {
    image_ = QImage();
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
        } catch (const std::exception &e) {
            placeholder_ = tr("Image %1 could not be read:\n%2").arg(name, QString::fromStdString(e.what()));
        }
    }
    refresh();
}

void ImagePanel::setImageWords(const QMap<QString, QString> &wordsBySource) {
    QStringList lines;
    for (auto it = wordsBySource.begin(); it != wordsBySource.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
    words_->setText(lines.isEmpty() ? tr("No image words") : lines.join('\n'));
}

void ImagePanel::resizeEvent(QResizeEvent *) { refresh(); }

void ImagePanel::refresh() {
    if (image_.isNull()) {
        picture_->setPixmap({});
        picture_->setText(placeholder_);
        picture_->setStyleSheet("QLabel { background: palette(mid); color: palette(bright-text); border-radius: 6px; }");
        return;
    }
    picture_->setStyleSheet({});
    QSize target = picture_->size().boundedTo(image_.size() * 4);
    picture_->setPixmap(QPixmap::fromImage(image_.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace mner::ui

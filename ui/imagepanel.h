// The tweet's image beside the text, with its image words. A missing or unreadable image shows a
// placeholder that says why; it never stops the rest of the window.
#pragma once

#include <QImage>
#include <QMap>
#include <QWidget>

class QLabel;

namespace mner::ui {

class ImagePanel : public QWidget {
    Q_OBJECT
public:
    explicit ImagePanel(QWidget *parent = nullptr);
    // Decodes bytes (format sniffed from the content). Empty bytes: "no image".
    void setImage(const QByteArray &bytes, const QString &name);
    void setImageWords(const QMap<QString, QString> &wordsBySource);
    bool hasImage() const { return !image_.isNull(); }
    const QImage &image() const { return image_; }
    QString placeholderText() const { return placeholder_; }

protected:
    void resizeEvent(QResizeEvent *) override;

private:
    void refresh();
    QLabel *picture_;
    QLabel *words_;
    QImage image_;
    QString placeholder_;
};

} // namespace mner::ui

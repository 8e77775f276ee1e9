// The tweet's image beside the text, with its image words. A missing or unreadable image shows a
// placeholder that says why; it never stops the rest of the window.
#pragma once

#include <QImage>
#include <QMap>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace mner {
class Project;
struct TweetRecord;
}  // namespace mner

namespace mner::ui {

class ImagePanel : public QWidget {
    Q_OBJECT
public:
    explicit ImagePanel(QWidget *parent = nullptr);
    // Decodes bytes (format sniffed from the content). Empty bytes: "no image".
    void setImage(const QByteArray &bytes, const QString &name);
    void setImageWords(const QMap<QString, QString> &wordsBySource);
    // No image, and why.
    void setPlaceholder(const QString &text);
    bool hasImage() const { return !image_.isNull(); }
    const QImage &image() const { return image_; }
    QString placeholderText() const { return placeholder_; }
    QString wordsText() const;  // the image words as shown, one source a line
    // A stored tweet's image (a placeholder that says why when it lies outside the project's
    // folder and allowOutside is off, or is missing) and its image words.
    void showTweetImage(Project &project, const TweetRecord &tweet, bool allowOutside);
    void showImageWords(const TweetRecord &tweet);

    // 0 fits the image to the panel; otherwise a scale factor (1 = actual pixels).
    void setZoom(double zoom);
    double zoom() const { return zoom_; }

protected:
    void resizeEvent(QResizeEvent *) override;
    bool eventFilter(QObject *o, QEvent *e) override;

private:
    void refresh();
    QScrollArea *scroll_;
    QLabel *picture_;
    double zoom_ = 0;
    QLabel *words_;
    QImage image_;
    QString placeholder_;
};

}  // namespace mner::ui

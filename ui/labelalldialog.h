// "Label all occurrences": the other unlabelled places where a just-labelled phrase occurs, each
// with its tweet's words around it, checked by default; the annotator unchecks what is not meant.
#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

class QListWidget;
class QPushButton;

namespace mner::ui {

class LabelAllDialog : public QDialog {
    Q_OBJECT
public:
    struct Place {
        QString tweet;                  // the tweet's id as imported
        QString before, phrase, after;  // the words around the occurrence
    };
    LabelAllDialog(const QString &phrase, const QString &type, const QVector<Place> &places, QWidget *parent = nullptr);
    // Indices into places of the checked ones.
    QVector<int> chosen() const;
    void setAllChecked(bool on);
    void setChecked(int place, bool on);
    QListWidget *list() const { return list_; }

private:
    void updateButton();
    QListWidget *list_;
    QPushButton *ok_;
    QString type_;
};

}  // namespace mner::ui

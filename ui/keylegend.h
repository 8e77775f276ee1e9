// The key legend above the tweet: the project's types on keys 1-9 and the other labelling and
// navigation keys.
#pragma once

#include <QLabel>

namespace mner::ui {

class KeyLegend : public QLabel {
    Q_OBJECT
public:
    explicit KeyLegend(QWidget *parent = nullptr);
    void setTypes(const QStringList &types);
};

}  // namespace mner::ui

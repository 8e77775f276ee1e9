// File › Open Server Project: where a team's project lives (host, port, database, project, user)
// and, when the server wants one and ~/.pgpass has none, a password kept only in this process's
// memory for its connections (never written anywhere by us). TLS whenever the server offers it.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mner::ui {

class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);
    // postgresql://USER@HOST:PORT/DB?project=NAME&sslmode=...
    QString url() const;
    QString password() const;
    // Remembers the fields (not the password) for next time.
    void remember() const;

private:
    QLineEdit *host_, *database_, *project_, *user_, *password_;
    QSpinBox *port_;
    QComboBox *tls_;
};

}  // namespace mner::ui

#include "serverdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QRegularExpression>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace mner::ui {

ServerDialog::ServerDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Open Server Project"));
    QSettings s;
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A project the team shares on a PostgreSQL server. Your user's role there decides what "
                                "you may change."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    host_ = new QLineEdit(s.value("server/host", QStringLiteral("localhost")).toString(), this);
    port_ = new QSpinBox(this);
    port_->setRange(1, 65535);
    port_->setValue(s.value("server/port", 5432).toInt());
    database_ = new QLineEdit(s.value("server/database", QStringLiteral("mner")).toString(), this);
    project_ = new QLineEdit(s.value("server/project").toString(), this);
    // the names the server accepts for a project (a schema of its own)
    project_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z_][a-z0-9_]*")), project_));
    user_ = new QLineEdit(s.value("server/user", qEnvironmentVariable("USER")).toString(), this);
    password_ = new QLineEdit(this);
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("empty: from ~/.pgpass or not needed"));
    tls_ = new QComboBox(this);
    tls_->addItem(tr("when the server offers it"), QStringLiteral("prefer"));
    tls_->addItem(tr("always (refuse a server without)"), QStringLiteral("require"));
    tls_->addItem(tr("always, and check the server's certificate"), QStringLiteral("verify-full"));
    tls_->setCurrentIndex(std::max(0, tls_->findData(s.value("server/sslmode", QStringLiteral("prefer")))));
    const std::pair<QString, QWidget *> rows[] = {{tr("&Host:"), host_},       {tr("P&ort:"), port_},     {tr("&Database:"), database_},
                                                  {tr("&Project:"), project_}, {tr("&User:"), user_},    {tr("Pass&word:"), password_},
                                                  {tr("&TLS:"), tls_}};
    for (const auto &[label, w] : rows) {
        form->addRow(label, w);
        w->setAccessibleName(QString(label).remove('&').remove(':'));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto valid = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!host_->text().trimmed().isEmpty() && !database_->text().trimmed().isEmpty() &&
                         project_->hasAcceptableInput() && !user_->text().trimmed().isEmpty());
    };
    for (QLineEdit *e : {host_, database_, project_, user_}) connect(e, &QLineEdit::textChanged, this, valid);
    valid();
    (project_->text().isEmpty() ? project_ : password_)->setFocus();
}

QString ServerDialog::url() const {
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host_->text().trimmed());
    u.setPort(port_->value());
    u.setUserName(user_->text().trimmed());
    u.setPath(QLatin1Char('/') + database_->text().trimmed());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project"), project_->text());
    q.addQueryItem(QStringLiteral("sslmode"), tls_->currentData().toString());
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QString ServerDialog::password() const { return password_->text(); }

void ServerDialog::remember() const {
    QSettings s;
    s.setValue("server/host", host_->text().trimmed());
    s.setValue("server/port", port_->value());
    s.setValue("server/database", database_->text().trimmed());
    s.setValue("server/project", project_->text());
    s.setValue("server/user", user_->text().trimmed());
    s.setValue("server/sslmode", tls_->currentData());
}

}  // namespace mner::ui

#include "errortext.h"

#include "io/formats.h"
#include "text/message.h"

#include <QCoreApplication>

namespace mner::ui {

namespace {

// The patterns core's messages use, for lupdate (the context is "CoreErrors").
[[maybe_unused]] const char *const kPatterns[] = {
    QT_TRANSLATE_NOOP("CoreErrors", "expected a tag O, B-TYPE or I-TYPE, found {1}"),
    QT_TRANSLATE_NOOP("CoreErrors", "IMGID:{1} has no tokens: expected token<TAB>tag lines after it"),
    QT_TRANSLATE_NOOP("CoreErrors", "expected an IMGID:<id> line before the tokens, found {1}"),
    QT_TRANSLATE_NOOP("CoreErrors", "expected token and tag separated by a tab or space, found 1 column {1}"),
    QT_TRANSLATE_NOOP("CoreErrors", "expected {1} columns as on line {2}, found {3}"),
    QT_TRANSLATE_NOOP("CoreErrors", "IMGID:{1} has no tokens: the file ends after it (truncated?)"),
    QT_TRANSLATE_NOOP("CoreErrors", "invalid JSON ({1}) at column {2}"),
    QT_TRANSLATE_NOOP("CoreErrors", "expected at least one tweet in {1} format, found none (empty file?)"),
    QT_TRANSLATE_NOOP("CoreErrors", "cannot open the file for reading"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: no such project file"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: not an mner-studio project (an SQLite file of another program)"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: not an mner-studio project (not an SQLite database)"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: another program is writing this project (an import into a new project?); open it again when it has finished"),
    QT_TRANSLATE_NOOP("CoreErrors", "import cancelled; nothing was imported"),
    QT_TRANSLATE_NOOP("CoreErrors", "tweet {1} was changed elsewhere since this edit; reload it"),
    QT_TRANSLATE_NOOP("CoreErrors", "no layer named '{1}' in {2} (see 'mner info')"),
    QT_TRANSLATE_NOOP("CoreErrors", "'{1}' cannot be an entity type (a name without spaces, not O)"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}; nothing was imported"),
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one message on two lines
    QT_TRANSLATE_NOOP("CoreErrors", "{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); "
                                    "choose to skip, keep or replace them; nothing was imported"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: cannot open the model file"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: not an mner model file (wrong signature)"),
    QT_TRANSLATE_NOOP("CoreErrors", "{1}: unreadable model header: {2}"),
};

QString translated(const Message &m) {
    // the translated pattern, filled in by core's own substitution
    Message local{QCoreApplication::translate("CoreErrors", m.pattern.c_str()).toStdString(), m.args};
    return QString::fromStdString(local.text());
}

}  // namespace

QString errorText(const std::exception &e) {
    const auto *carrier = dynamic_cast<const WithMessage *>(&e);
    const bool hasMessage = carrier && carrier->message();
    if (const auto *p = dynamic_cast<const ParseError *>(&e)) {
        QString what = hasMessage ? translated(*carrier->message()) : QString::fromStdString(p->detail());
        if (p->line() <= 0)
            return QCoreApplication::translate("CoreErrors", "%1: %2").arg(QString::fromStdString(p->file()), what);
        return QCoreApplication::translate("CoreErrors", "%1:%2: %3")
            .arg(QString::fromStdString(p->file()), QString::number(p->line()), what);
    }
    if (hasMessage) return translated(*carrier->message());
    return QString::fromStdString(e.what());
}

}  // namespace mner::ui

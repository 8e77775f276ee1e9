// Errors from core in the user's language: core errors that carry a Message (text/message.h)
// are shown through the translation of their pattern; a ParseError's "file, line" frame too.
// Anything else is shown as core wrote it.
#pragma once

#include <QString>

#include <exception>

namespace mner::ui {

QString errorText(const std::exception &e);

}  // namespace mner::ui

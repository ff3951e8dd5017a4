#include "Result.h"

#include <QtGlobal>

namespace bd {

QString Error::describe() const
{
    if (field.isEmpty())
        return message;
    return QStringLiteral("%1: %2").arg(field, message);
}

void resultHasNoValue(const Error &error)
{
    qFatal("Result::value() read on a failed result: %s [%s]", qPrintable(error.describe()), qPrintable(error.code));
}

} // namespace bd

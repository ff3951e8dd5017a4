#include "Result.h"

namespace bd {

QString Error::describe() const
{
    if (field.isEmpty())
        return message;
    return QStringLiteral("%1: %2").arg(field, message);
}

} // namespace bd

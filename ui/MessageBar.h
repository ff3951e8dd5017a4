#pragma once

#include "domain/Result.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace bd {

// The inline message bar at the bottom of a tab: what went wrong, where, and how to fix it; the reason
// code in small print. Errors stay until dismissed or replaced; information fades after a while.
// Messages are plain text: a name with quotes or ampersands shows as written, never as an HTML entity.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const Error &error);
    void showInfo(const QString &text);
    void clear();
    QString text() const; // what is shown (for tests)

private:
    void show(const QString &text, const QString &code, bool error);

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr; // the message, as plain text: what is written is what is shown
    QLabel *m_code = nullptr; // the reason code in small print
    QToolButton *m_close = nullptr;
};

} // namespace bd

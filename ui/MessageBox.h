#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>

namespace bd {

// The one facade for confirmations and notices. Tests pre-answer it (queueAnswer) so that nothing blocks.
class MessageBox final
{
public:
    // Asks before an irreversible action; the text says exactly what will happen and when.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next confirm() returns this without showing anything; the text asked is kept.
    static void queueAnswer(bool accept);
    static QString lastQuestion();
    static void setNonInteractive(bool on); // notices are recorded, not shown

private:
    static QQueue<bool> &answers();
};

} // namespace bd

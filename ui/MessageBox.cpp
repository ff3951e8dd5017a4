#include "MessageBox.h"

#include <QPushButton>

namespace bd {

namespace {
QString g_lastQuestion;
bool g_nonInteractive = false;
} // namespace

QQueue<bool> &MessageBox::answers()
{
    static QQueue<bool> queue;
    return queue;
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    g_lastQuestion = text;
    if (!answers().isEmpty())
        return answers().dequeue();
    if (g_nonInteractive)
        return false;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *ok
        = box.addButton(acceptLabel.isEmpty() ? QMessageBox::tr("OK") : acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == ok;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastQuestion = text;
    if (!g_nonInteractive)
        QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastQuestion = text;
    if (!g_nonInteractive)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::queueAnswer(bool accept)
{
    answers().enqueue(accept);
}

QString MessageBox::lastQuestion()
{
    return g_lastQuestion;
}

void MessageBox::setNonInteractive(bool on)
{
    g_nonInteractive = on;
}

} // namespace bd

// GUI: the Organizations tab over a temporary database. Adds an organization through the New organization
// dialog (filled by objectName, OK clicked), sees it in the table, and undoes it.
#include "TestSupport.h"

#include "OrganizationsTab.h"
#include "dialogs/DirectoryDialogs.h"
#include "services/DirectoryService.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace bd;

namespace {

QStringList columnTexts(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

} // namespace

class tst_OrganizationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addThroughDialogAndUndo();
    void invalidInputKeepsOkDisabled();
};

void tst_OrganizationsTab::addThroughDialogAndUndo()
{
    test::TempServices ts;
    QUndoStack undo;
    OrganizationsTab tab(*ts, &undo);
    tab.resize(1200, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *table = tab.findChild<QTableView *>(QStringLiteral("organizationsTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    auto *newButton = tab.findChild<QPushButton *>(QStringLiteral("newOrganizationButton"));
    QVERIFY(newButton);
    QVERIFY(newButton->isEnabled());

    bool filled = false;
    QString okWasEnabled;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OrganizationDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no organization dialog");
            return;
        }
        const QList<std::pair<QString, QString>> fields {
            {QStringLiteral("id"), QStringLiteral("o-kestrel0001")},
            {QStringLiteral("name"), QStringLiteral("Kestrel Freight")},
            {QStringLiteral("management-account"), QStringLiteral("864209753113")},
            {QStringLiteral("email"), QStringLiteral("aws@kestrel.example.com")},
            {QStringLiteral("account-name"), QStringLiteral("Kestrel Management")},
            {QStringLiteral("country"), QStringLiteral("DE")}};
        for (const auto &[name, value] : fields) {
            auto *edit = dialog->findChild<QLineEdit *>(name);
            if (!edit) {
                qWarning("no field %s", qPrintable(name));
                dialog->reject();
                return;
            }
            edit->setFocus();
            QTest::keyClicks(edit, value);
        }
        okWasEnabled = dialog->okButton()->isEnabled() ? QStringLiteral("yes") : QStringLiteral("no");
        filled = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(newButton, Qt::LeftButton); // runs the dialog until OK closes it
    QVERIFY(filled);
    QCOMPARE(okWasEnabled, QStringLiteral("yes"));

    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(columnTexts(table, 0), QStringList {QStringLiteral("Kestrel Freight")});
    QCOMPARE(tab.selectedOrganizationId(), QStringLiteral("o-kestrel0001"));
    const auto account = ts->directory().account(QStringLiteral("864209753113"));
    QVERIFY(account.has_value());
    QCOMPARE(account->name, QStringLiteral("Kestrel Management"));
    QCOMPARE(account->taxCountry, QStringLiteral("DE"));
    auto *accounts = tab.findChild<QTableView *>(QStringLiteral("accountsTable"));
    QVERIFY(accounts);
    QCOMPARE(accounts->model()->rowCount(), 1);

    // Undo removes it; redo brings it back.
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!ts->directory().organization(QStringLiteral("o-kestrel0001")).has_value());
    undo.redo();
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(ts->directory().organization(QStringLiteral("o-kestrel0001")).has_value());
}

void tst_OrganizationsTab::invalidInputKeepsOkDisabled()
{
    test::TempServices ts;
    QUndoStack undo;
    OrganizationsTab tab(*ts, &undo);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QString okEnabled;
    QString idError;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OrganizationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("id")), QStringLiteral("org-1"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Bad Id"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("management-account")),
                         QStringLiteral("864209753113"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("aws@example.com"));
        okEnabled = dialog->okButton()->isEnabled() ? QStringLiteral("yes") : QStringLiteral("no");
        if (auto *label = dialog->findChild<QWidget *>(QStringLiteral("idError")))
            idError = label->property("text").toString();
        dialog->reject();
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("newOrganizationButton")), Qt::LeftButton);
    QCOMPARE(okEnabled, QStringLiteral("no"));
    QVERIFY2(idError.contains(QStringLiteral("org-1")), qPrintable(idError));
    QCOMPARE(ts->directory().organizations().size(), 0);
    QCOMPARE(undo.count(), 0);
}

QTEST_MAIN(tst_OrganizationsTab)
#include "tst_OrganizationsTab.moc"

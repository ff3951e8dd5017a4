// The Transfers tab, played as a person would: the payer sends an invitation through the dialog, the bill-source
// management account accepts, the clock reaches the 1st and the table says "In effect"; then withdrawal with its
// confirmation, a refusal in the message bar, the invitation dialog's inline validation and the relationship graph.
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "RelationshipGraph.h"
#include "TestSupport.h"
#include "TransfersTab.h"
#include "dialogs/InvitationDialog.h"
#include "dialogs/TransferDialogs.h"
#include "itemmodels/TransfersModel.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ScenarioService.h"
#include "services/TransferService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace bd;

namespace {

const QString Payer = QStringLiteral("111111111111");
const QString CompanyA = QStringLiteral("222222222222");
const QString CompanyB = QStringLiteral("333333333333");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void addOrganizations(Services &s)
{
    const QList<QStringList> orgs {{"o-pppppppppp", "Payer Inc", Payer, "payer@example.com"},
                                   {"o-aaaaaaaaaa", "Company A Ltd", CompanyA, "a@example.com"},
                                   {"o-bbbbbbbbbb", "Company B GmbH", CompanyB, "b@example.com"}};
    for (const QStringList &o : orgs) {
        Organization org {o[0], o[1], o[2], o[3]};
        if (auto r = s.directory().addOrganization(org, {}, QStringLiteral("US")); !r)
            qFatal("%s", qPrintable(r.error().describe()));
    }
}

void pinClock(Services &s, const char *iso)
{
    s.clock().setOverride(utc(iso));
    if (auto r = s.clock().set(utc(iso)); !r)
        qFatal("%s", qPrintable(r.error().describe()));
}

// Runs `fill` on the modal dialog with that object name as soon as it is open (polling the event loop), so that a test
// can press a button whose slot calls exec(). Gives up after two seconds.
void whenDialog(const QString &objectName, std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, fill, tries] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == objectName) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            return;
        }
        if (++*tries > 200) {
            timer->stop();
            timer->deleteLater();
            if (dialog)
                dialog->reject();
        }
    });
    timer->start();
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// BILLINGDESK_TEST_SHOTS=DIR keeps pictures of the dialogs as the tests fill them (to look at them, not to compare).
void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BILLINGDESK_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the form grow to its new reasons first
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_TransfersTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup() { MessageBox::setNonInteractive(true); }

    void storyInviteAcceptInEffectWithdraw()
    {
        MessageBox::setNonInteractive(true);
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-15T09:00:00Z");
        MainWindow window(std::move(t.services));
        Services &s = window.services();
        window.setActingAccount(Payer);
        QVERIFY(window.selectTab(QStringLiteral("Transfers")));
        window.resize(1440, 900);
        window.show();
        auto *tab = window.findChild<TransfersTab *>(QStringLiteral("transfersTab"));
        QVERIFY(tab);
        QCOMPARE(window.tabs()->currentWidget(), tab);
        auto *inbound = tab->findChild<QTableView *>(QStringLiteral("inboundTable"));
        auto *outbound = tab->findChild<QTableView *>(QStringLiteral("outboundTable"));
        auto *send = tab->findChild<QPushButton *>(QStringLiteral("sendInvitationButton"));
        auto *accept = tab->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        auto *decline = tab->findChild<QPushButton *>(QStringLiteral("declineButton"));
        auto *cancel = tab->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *withdraw = tab->findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QVERIFY(inbound && outbound && send && accept && decline && cancel && withdraw);
        QCOMPARE(inbound->model()->rowCount(), 0);
        QVERIFY(send->isEnabled());

        // 1. The payer sends an invitation through the dialog.
        bool filled = false;
        QString deadlineText;
        whenDialog(QStringLiteral("invitationDialog"), [&](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("target"))->setText(CompanyA);
            auto *start = d->findChild<QComboBox *>(QStringLiteral("start"));
            start->setCurrentIndex(start->findData(QStringLiteral("2026-02")));
            d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Company A"));
            d->findChild<QPlainTextEdit *>(QStringLiteral("notes"))
                ->setPlainText(QStringLiteral("From February we pay your AWS bill."));
            auto *plan = d->findChild<QComboBox *>(QStringLiteral("plan"));
            QCOMPARE(plan->currentData().toString(), QStringLiteral("BasicPricingPlan")); // the default
            deadlineText = d->findChild<QLabel *>(QStringLiteral("deadline"))->text();
            filled = okOf(d)->isEnabled();
            keepShot(d, QStringLiteral("invitation-dialog"));
            okOf(d)->click();
        });
        send->click();
        QVERIFY(filled);
        QVERIFY2(deadlineText.contains(QStringLiteral("31 Jan 2026, 00:00 UTC")), qPrintable(deadlineText));
        QCOMPARE(inbound->model()->rowCount(), 1);
        QCOMPARE(cell(inbound, 0, TransfersModel::Name), QStringLiteral("Company A"));
        QCOMPARE(cell(inbound, 0, TransfersModel::OtherParty), QStringLiteral("Company A Ltd"));
        QCOMPARE(cell(inbound, 0, TransfersModel::Status), QStringLiteral("Awaiting response"));
        QCOMPARE(cell(inbound, 0, TransfersModel::Start), QStringLiteral("1 Feb 2026"));
        const QString id = tab->selectedTransferId();
        QVERIFY(id.startsWith(QStringLiteral("rt-")));
        QVERIFY2(tab->messageBar()->text().contains(QStringLiteral("must be accepted by 31 Jan 2026, 00:00 UTC")),
                 qPrintable(tab->messageBar()->text()));
        // The payer may cancel but not accept or withdraw its own invitation.
        QVERIFY(cancel->isEnabled());
        QVERIFY(!accept->isEnabled());
        QVERIFY(!withdraw->isEnabled());
        QCOMPARE(tab->graph()->visibleEdgeCount(), 1);

        // 2. The bill-source management account sees it outbound, with what needs its answer.
        window.setActingAccount(CompanyA);
        QCOMPARE(inbound->model()->rowCount(), 0);
        QCOMPARE(outbound->model()->rowCount(), 1);
        QCOMPARE(cell(outbound, 0, TransfersModel::OtherParty), QStringLiteral("Payer Inc"));
        QCOMPARE(tab->selectedTransferId(), id);
        QVERIFY(accept->isEnabled());
        QVERIFY(decline->isEnabled());
        QVERIFY(!cancel->isEnabled());
        auto *attention = window.findChild<QLabel *>(QStringLiteral("attentionLabel"));
        QVERIFY(attention);
        QVERIFY2(!attention->text().startsWith(QStringLiteral("Nothing")), qPrintable(attention->text()));
        // Opening the attention entry finds the invitation even when a filter hides it.
        auto *filter = tab->findChild<QLineEdit *>(QStringLiteral("transferFilter"));
        filter->setText(QStringLiteral("no such transfer"));
        QCOMPARE(outbound->model()->rowCount(), 0);
        int awaiting = -1;
        for (int r = 0; r < tab->attentionModel()->rowCount(); ++r)
            if (tab->attentionModel()->itemAt(r).kind == AttentionItem::Kind::AwaitingYourResponse)
                awaiting = r;
        QVERIFY(awaiting >= 0);
        tab->openAttentionItem(awaiting);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(outbound->model()->rowCount(), 1);
        QCOMPARE(outbound->currentIndex().row(), 0);
        QCOMPARE(tab->selectedTransferId(), id);

        // 3. Accept (with the confirmation answered yes).
        MessageBox::queueAnswer(true);
        accept->click();
        QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("From 1 Feb 2026, Payer Inc receives and pays")),
                 qPrintable(MessageBox::lastQuestion()));
        QCOMPARE(cell(outbound, 0, TransfersModel::Status), QStringLiteral("Accepted, begins on 1 Feb 2026"));
        QVERIFY(!accept->isEnabled());
        QVERIFY(withdraw->isEnabled());

        // Either side renames; Edit > Undo brings the old name back.
        whenDialog(QStringLiteral("renameTransferDialog"), [&](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Company A (EU)"));
            okOf(d)->click();
        });
        tab->findChild<QPushButton *>(QStringLiteral("renameButton"))->click();
        QCOMPARE(cell(outbound, 0, TransfersModel::Name), QStringLiteral("Company A (EU)"));
        QVERIFY(window.undoStack()->canUndo());
        window.undoStack()->undo();
        QCOMPARE(cell(outbound, 0, TransfersModel::Name), QStringLiteral("Company A"));

        // 4. The clock reaches 1 Feb 2026, 00:00 UTC (the status bar's "next month"): in effect.
        window.findChild<QAction *>(QStringLiteral("actionNextMonth"))->trigger();
        QCOMPARE(s.now(), utc("2026-02-01T00:00:00Z"));
        QCOMPARE(cell(outbound, 0, TransfersModel::Status), QStringLiteral("In effect"));
        window.setActingAccount(Payer);
        QCOMPARE(cell(inbound, 0, TransfersModel::Status), QStringLiteral("In effect"));
        auto *history = tab->findChild<QLabel *>(QStringLiteral("history"));
        QVERIFY(history->text().contains(QStringLiteral("Invitation sent")));
        QVERIFY(history->text().contains(QStringLiteral("Accepted")));

        // 5. The payer withdraws, choosing March: the confirmation says when billing really moves back.
        QVERIFY(tab->selectTransfer(id));
        whenDialog(QStringLiteral("withdrawDialog"), [&](QDialog *d) {
            auto *end = d->findChild<QComboBox *>(QStringLiteral("end"));
            QCOMPARE(end->currentData().toString(), QStringLiteral("2026-02")); // default: this month
            end->setCurrentIndex(end->findData(QStringLiteral("2026-03")));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("summary"))
                        ->text()
                        .contains(QStringLiteral("31 Mar 2026, 23:59:59 UTC")));
            keepShot(d, QStringLiteral("withdraw-dialog"));
            okOf(d)->click();
        });
        MessageBox::queueAnswer(true);
        withdraw->click();
        QCOMPARE(
            MessageBox::lastQuestion(),
            QStringLiteral("Billing for Company A moves back to Company A Ltd on 1 Apr 2026. This cannot be undone."));
        QCOMPARE(cell(inbound, 0, TransfersModel::Status), QStringLiteral("Withdrawn, ends on 31 Mar 2026"));
        QCOMPARE(cell(inbound, 0, TransfersModel::End), QStringLiteral("31 Mar 2026"));
        QVERIFY(!withdraw->isEnabled());

        // 6. A refusal (withdrawing twice) shows in the message bar with the reason code in small print.
        whenDialog(QStringLiteral("withdrawDialog"), [&](QDialog *d) { okOf(d)->click(); });
        MessageBox::queueAnswer(true);
        tab->withdrawSelected();
        QVERIFY(!tab->messageBar()->text().isEmpty());
        bool codeShown = false;
        for (QLabel *l : tab->messageBar()->findChildren<QLabel *>())
            codeShown = codeShown || l->text().contains(QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QVERIFY(codeShown);
        QCOMPARE(cell(inbound, 0, TransfersModel::Status), QStringLiteral("Withdrawn, ends on 31 Mar 2026"));

        // 7. A declined invitation to B shows with its own words, and the counts follow.
        auto invited = [&] {
            window.setActingAccount(Payer);
            TransferService::Invitation inv;
            inv.target = CompanyB;
            inv.start = BillingPeriod(2026, 4);
            inv.name = QStringLiteral("Company B");
            return s.transfers().invite(inv);
        }();
        QVERIFY(invited.ok());
        window.setActingAccount(CompanyB);
        QVERIFY(tab->selectTransfer(invited->id));
        MessageBox::queueAnswer(true);
        decline->click();
        QCOMPARE(cell(outbound, 0, TransfersModel::Status), QStringLiteral("Declined"));
        window.setActingAccount(Payer);
        // The counters say what is true on the simulated date: Company A is withdrawn but still billed until March.
        QCOMPARE(tab->inboundModel()->countsSummary(),
                 QStringLiteral("1 in effect (1 ending on 31 Mar 2026) \u00b7 1 declined"));
        auto *counts = tab->findChild<QLabel *>(QStringLiteral("inboundCounts"));
        QVERIFY2(counts->text().contains(QStringLiteral("1 in effect (1 ending on 31 Mar 2026)")),
                 qPrintable(counts->text()));

        // 8. The status filter narrows both tables.
        auto *status = tab->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("declined")));
        QCOMPARE(inbound->model()->rowCount(), 1);
        QCOMPARE(cell(inbound, 0, TransfersModel::Name), QStringLiteral("Company B"));
        status->setCurrentIndex(status->findData(QStringLiteral("open")));
        QCOMPARE(inbound->model()->rowCount(), 1);
        QCOMPARE(cell(inbound, 0, TransfersModel::Name), QStringLiteral("Company A"));
    }

    void invitationDialogValidatesInline()
    {
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-31T12:00:00Z"); // February's deadline (31 Jan 00:00 UTC) has passed
        Services &s = *t;
        QVERIFY(s.setActingAccount(Payer).ok());
        InvitationDialog d(s);
        d.show();
        auto *target = d.findChild<QLineEdit *>(QStringLiteral("target"));
        auto *name = d.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *start = d.findChild<QComboBox *>(QStringLiteral("start"));
        auto *deadline = d.findChild<QLabel *>(QStringLiteral("deadline"));
        auto *formError = d.findChild<QLabel *>(QStringLiteral("formError"));
        auto *targetError = d.findChild<QLabel *>(QStringLiteral("targetError"));
        auto *nameError = d.findChild<QLabel *>(QStringLiteral("nameError"));
        QVERIFY(target && name && start && deadline && formError && targetError && nameError);

        // The default start skips February (deadline passed): March, whose deadline is 28 Feb 2026, 00:00 UTC.
        QCOMPARE(start->currentData().toString(), QStringLiteral("2026-03"));
        QVERIFY2(deadline->text().contains(QStringLiteral("28 Feb 2026, 00:00 UTC")), qPrintable(deadline->text()));
        QVERIFY(!d.okButton()->isEnabled()); // empty form

        // Every reason has its line reserved: the dialog keeps its size whatever appears.
        QCoreApplication::processEvents();
        const QSize size = d.size();
        target->setText(QStringLiteral("12345"));
        QVERIFY(!targetError->isHidden());
        QVERIFY2(targetError->text().contains(QStringLiteral("12 digits")), qPrintable(targetError->text()));
        target->setText(Payer);
        QVERIFY2(targetError->text().contains(QStringLiteral("cannot pay for itself")),
                 qPrintable(targetError->text()));
        target->setText(QStringLiteral("a@example.com")); // by email
        QCOMPARE(targetError->text(), QString());
        target->setText(CompanyA);
        QCOMPARE(targetError->text(), QString());

        name->setText(QString(129, QLatin1Char('x')));
        QVERIFY(!nameError->isHidden());
        QVERIFY2(nameError->text().contains(QStringLiteral("129")), qPrintable(nameError->text()));
        QVERIFY(!d.okButton()->isEnabled());
        name->setText(QStringLiteral("Caf\u00e9 A"));
        QVERIFY(!nameError->isHidden());
        QVERIFY2(nameError->text().contains(QStringLiteral("ASCII")), qPrintable(nameError->text()));
        name->setText(QString(128, QLatin1Char('x')));
        QCOMPARE(nameError->text(), QString());
        QVERIFY(d.okButton()->isEnabled());

        auto *notes = d.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
        notes->setPlainText(QString(1025, QLatin1Char('n')));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("notesCounter"))->text().startsWith(QStringLiteral("1,025")));
        notes->setPlainText(QString(1024, QLatin1Char('n')));
        QVERIFY(d.okButton()->isEnabled());

        // February: its deadline has already passed; January: not in the future.
        start->setCurrentIndex(start->findData(QStringLiteral("2026-02")));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(formError->text().contains(QStringLiteral("already passed")), qPrintable(formError->text()));
        QVERIFY(deadline->text().contains(QStringLiteral("already passed")));
        name->setText(QStringLiteral("Caf\u00e9 A"));
        keepShot(&d, QStringLiteral("invitation-dialog-refusals"));
        name->setText(QString(128, QLatin1Char('x')));
        d.setStart(BillingPeriod(2026, 1));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(formError->text().contains(QStringLiteral("must be in the future")), qPrintable(formError->text()));
        start->setCurrentIndex(start->findData(QStringLiteral("2026-03")));
        QVERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.invitation().start, BillingPeriod(2026, 3));
        QCOMPARE(d.invitation().pricingPlan, QStringLiteral("BasicPricingPlan"));

        d.findChild<QLineEdit *>(QStringLiteral("tags"))->setText(QStringLiteral("team=finance, cost-center=42"));
        QCOMPARE(d.invitation().tags.value(QStringLiteral("cost-center")), QStringLiteral("42"));
        // A tag without "=" is refused, naming it; it is never saved as a key with an empty value.
        auto *tagsError = d.findChild<QLabel *>(QStringLiteral("tagsError"));
        d.findChild<QLineEdit *>(QStringLiteral("tags"))->setText(QStringLiteral("team=finance, cost center"));
        QVERIFY(!d.okButton()->isEnabled());
        QCOMPARE(tagsError->text(),
                 QStringLiteral("\"cost center\" is not a tag: write KEY=VALUE, e.g. cost-center=42 (an empty value is "
                                "written \"cost center=\")."));
        d.findChild<QLineEdit *>(QStringLiteral("tags"))->setText(QStringLiteral("cost center="));
        QVERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.invitation().tags, (QMap<QString, QString> {{QStringLiteral("cost center"), QString()}}));
        QCoreApplication::processEvents();
        QCOMPARE(d.size(), size);
    }

    void selectionStaysWhenTheActingAccountChanges()
    {
        MessageBox::setNonInteractive(true);
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-15T09:00:00Z");
        Services &s0 = *t;
        QVERIFY(s0.setActingAccount(Payer).ok());
        QString toA, toB;
        for (auto [target, name, id] :
             {std::tuple {CompanyA, "Company A", &toA}, std::tuple {CompanyB, "Company B", &toB}}) {
            TransferService::Invitation inv;
            inv.target = target;
            inv.start = BillingPeriod(2026, 3);
            inv.name = QString::fromLatin1(name);
            auto r = s0.transfers().invite(inv);
            QVERIFY(r.ok());
            *id = r->id;
        }
        QVERIFY(s0.setActingAccount(QString()).ok());
        MainWindow window(std::move(t.services));
        window.setActingAccount(Payer);
        auto *tab = window.findChild<TransfersTab *>();
        QVERIFY(tab->selectTransfer(toB)); // not the first row
        // Company B sees the same transfer (outbound): the selection stays on it.
        window.setActingAccount(CompanyB);
        QCOMPARE(tab->selectedTransferId(), toB);
        // Back to the payer: still on it.
        window.setActingAccount(Payer);
        QCOMPARE(tab->selectedTransferId(), toB);
        // Company A does not see it: its own transfer (the first row) is selected instead.
        window.setActingAccount(CompanyA);
        QCOMPARE(tab->selectedTransferId(), toA);
    }

    void actionsAreTheServicesAnswer()
    {
        // A transfer that ended: the service refuses rename and withdraw, and the buttons say exactly its reason.
        MessageBox::setNonInteractive(true);
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-15T09:00:00Z");
        Services &s0 = *t;
        QVERIFY(s0.setActingAccount(Payer).ok());
        TransferService::Invitation inv;
        inv.target = CompanyA;
        inv.start = BillingPeriod(2026, 2);
        inv.name = QStringLiteral("Company A");
        const QString id = s0.transfers().invite(inv)->id;
        QVERIFY(s0.setActingAccount(CompanyA).ok());
        QVERIFY(s0.transfers().accept(id).ok());
        pinClock(s0, "2026-02-10T09:00:00Z");
        QVERIFY(s0.transfers().withdraw(id).ok()); // ends 28 Feb 2026
        pinClock(s0, "2026-03-02T09:00:00Z");
        QVERIFY(s0.setActingAccount(QString()).ok());
        MainWindow window(std::move(t.services));
        window.setActingAccount(Payer);
        auto *tab = window.findChild<TransfersTab *>();
        QVERIFY(tab->selectTransfer(id));
        Services &s = window.services();
        const auto transfer = *s.transfers().find(id);
        auto *rename = tab->findChild<QPushButton *>(QStringLiteral("renameButton"));
        auto *withdraw = tab->findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        auto *pricing = tab->findChild<QPushButton *>(QStringLiteral("pricingButton"));
        const Status renameAllowed = s.transfers().allowed(transfer, TransferAction::Rename);
        QVERIFY(!renameAllowed.ok());
        QCOMPARE(renameAllowed.error().code, QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QCOMPARE(renameAllowed.error().message,
                 QStringLiteral("\"Company A\" ended on 28 Feb 2026: a closed transfer "
                                "keeps its name; send a new invitation to start again."));
        QVERIFY(!rename->isEnabled());
        QCOMPARE(rename->toolTip(), renameAllowed.error().message);
        QVERIFY(!withdraw->isEnabled());
        QCOMPARE(withdraw->toolTip(), s.transfers().allowed(transfer, TransferAction::Withdraw).error().message);
        QVERIFY(!pricing->isEnabled());
        QCOMPARE(pricing->toolTip(), s.transfers().allowed(transfer, TransferAction::Pricing).error().message);
        // The action itself refuses the same way.
        QCOMPARE(s.transfers().rename(id, QStringLiteral("Later")).error().message, renameAllowed.error().message);
    }

    void attentionItemsCanBeDismissedAndSnoozed()
    {
        MessageBox::setNonInteractive(true);
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-15T09:00:00Z");
        Services &s0 = *t;
        QVERIFY(s0.setActingAccount(Payer).ok());
        for (auto [target, name] : {std::pair {CompanyA, "Company A"}, std::pair {CompanyB, "Company B"}}) {
            TransferService::Invitation inv;
            inv.target = target;
            inv.start = BillingPeriod(2026, 2);
            inv.name = QString::fromLatin1(name);
            QVERIFY(s0.transfers().invite(inv).ok());
        }
        QVERIFY(s0.setActingAccount(QString()).ok());
        MainWindow window(std::move(t.services));
        window.setActingAccount(CompanyA);
        auto *tab = window.findChild<TransfersTab *>();
        AttentionModel *model = tab->attentionModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->itemAt(0).title,
                 QStringLiteral("Accept or decline \"Company A\" from Payer Inc by 31 Jan 2026, "
                                "00:00 UTC (billing would move to Payer Inc on 1 Feb 2026)"));
        // Snoozed for a week: gone, and back once the simulated clock has passed the week.
        tab->dismissAttentionItem(0, 7);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(tab->messageBar()->text().startsWith(QStringLiteral("Snoozed until 22 Jan 2026, 09:00 UTC")),
                 qPrintable(tab->messageBar()->text()));
        // Per acting account: Company B still has its own.
        window.setActingAccount(CompanyB);
        QCOMPARE(model->rowCount(), 1);
        tab->dismissAttentionItem(0, 0); // dismissed for good
        QCOMPARE(model->rowCount(), 0);
        window.setActingAccount(CompanyA);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(window.services().clock().advanceDays(7).ok());
        QCOMPARE(model->rowCount(), 1);
        window.setActingAccount(CompanyB);
        QCOMPARE(model->rowCount(), 0);
        // Kept in the database's settings, per account, as JSON.
        QCOMPARE(window.services().setting(QStringLiteral("attention.dismissed.") + CompanyB),
                 QStringLiteral("{\"awaiting-your-response:%1\":\"dismissed\"}")
                     .arg(window.services().transfers().outbound(CompanyB)->first().id));
        QVERIFY(window.services().transfers().restoreAttention().ok());
        QCOMPARE(model->rowCount(), 1);
    }

    void messagesArePlainText()
    {
        // A name with quotes and an ampersand reaches the message bar as written, never as HTML entities.
        MessageBox::setNonInteractive(true);
        test::TempServices t;
        addOrganizations(*t);
        pinClock(*t, "2026-01-15T09:00:00Z");
        MainWindow window(std::move(t.services));
        window.setActingAccount(Payer);
        window.resize(1024, 700);
        window.show();
        auto *tab = window.findChild<TransfersTab *>();
        whenDialog(QStringLiteral("invitationDialog"), [&](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("target"))->setText(CompanyA);
            d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Summit \"Peak\" & <Co>"));
            okOf(d)->click();
        });
        tab->findChild<QPushButton *>(QStringLiteral("sendInvitationButton"))->click();
        auto *text = tab->messageBar()->findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY2(
            text->text().startsWith(QStringLiteral("Invitation \"Summit \"Peak\" & <Co>\" sent to Company A Ltd (")),
            qPrintable(text->text()));
        QVERIFY(!text->text().contains(QLatin1String("&quot;")));
    }

    void graphTextNeverShrinks()
    {
        RelationshipGraph graph;
        const QList<RelationshipGraph::Node> nodes {{QStringLiteral("o-a"), QStringLiteral("A"), QStringLiteral("1")},
                                                    {QStringLiteral("o-b"), QStringLiteral("B"), QStringLiteral("2")},
                                                    {QStringLiteral("o-c"), QStringLiteral("C"), QStringLiteral("3")}};
        const QList<RelationshipGraph::Edge> edges {
            {QStringLiteral("rt-1"), QStringLiteral("o-a"), QStringLiteral("o-c"), QStringLiteral("A"),
             QStringLiteral("In effect"), Qt::green, true, false},
            {QStringLiteral("rt-2"), QStringLiteral("o-b"), QStringLiteral("o-c"), QStringLiteral("B"),
             QStringLiteral("In effect"), Qt::green, true, false}};
        graph.setGraph(nodes, edges, QString());
        const QSize whole = graph.minimumSizeHint();
        graph.resize(whole / 2); // a pane far too small: the picture stays at 100 % (a scroll area scrolls it)
        QCOMPARE(graph.scale(), 1.0);
        graph.resize(whole * 3);
        QCOMPARE(graph.scale(), 1.1); // grows up to 110 %
        // Two columns (the bill sources, their payer): 2 boxes of 210 px, a 96 px gap, 14 px margins, 4 px padding.
        QCOMPARE(whole.width(), 2 * 210 + 96 + 2 * 14 + 2 * 4);
    }

    void graphShowsOnlyTheActingOrganizationsRelationships()
    {
        // The demo: Summit Peak declined Meridian, and Cloudreach canceled its invitation to it. Cloudreach is itself
        // billed through Atlas, a relationship between two other organizations that Summit Peak must never see.
        test::TempServices t;
        QVERIFY(ScenarioService(*t).loadDemo().ok());
        MainWindow window(std::move(t.services));
        window.setActingAccount(QStringLiteral("495081726049"));
        auto *graph = window.findChild<RelationshipGraph *>();
        QVERIFY(graph);
        graph->setShowClosed(true);
        const auto levels = graph->levels();
        QVERIFY2(levels.contains(QStringLiteral("o-spo7r1e4w6qa")), "Summit Peak itself");
        QVERIFY(levels.contains(QStringLiteral("o-crp2h5j8k1lz"))); // Cloudreach: its canceled invitation to Summit
        QVERIFY(levels.contains(QStringLiteral("o-mcs5t8y1u4io"))); // Meridian: the invitation Summit declined
        QVERIFY2(!levels.contains(QStringLiteral("o-atd3g6h9j2kb")), "Atlas (Cloudreach's payer) must not show");
        QVERIFY(!levels.contains(QStringLiteral("o-hlr8m2q5w7ez"))); // Harbor Lane, Cloudreach's customer
        QCOMPARE(graph->visibleEdgeCount(), 2);
        // The middle of the chain sees both of its links: Harbor Lane -> Cloudreach -> Atlas.
        window.setActingAccount(QStringLiteral("840536271594"));
        graph->setShowClosed(false);
        QVERIFY(graph->levels().contains(QStringLiteral("o-atd3g6h9j2kb")));
        QVERIFY(graph->levels().contains(QStringLiteral("o-hlr8m2q5w7ez")));
    }

    void graphLaysOutChainsInLevels()
    {
        RelationshipGraph graph;
        graph.resize(900, 360);
        const QColor green(0x2e, 0x8b, 0x57);
        const QList<RelationshipGraph::Node> nodes {
            {QStringLiteral("o-end"), QStringLiteral("End customer"), QStringLiteral("100000000001")},
            {QStringLiteral("o-partner"), QStringLiteral("Partner"), QStringLiteral("100000000002")},
            {QStringLiteral("o-dist"), QStringLiteral("Distributor"), QStringLiteral("100000000003")},
            {QStringLiteral("o-old"), QStringLiteral("Old payer"), QStringLiteral("100000000004")}};
        const QList<RelationshipGraph::Edge> edges {
            {QStringLiteral("rt-1"), QStringLiteral("o-end"), QStringLiteral("o-partner"), QStringLiteral("End"),
             QStringLiteral("In effect"), green, true, false},
            {QStringLiteral("rt-2"), QStringLiteral("o-partner"), QStringLiteral("o-dist"), QStringLiteral("Partner"),
             QStringLiteral("In effect"), green, true, false},
            {QStringLiteral("rt-3"), QStringLiteral("o-end"), QStringLiteral("o-dist"), QStringLiteral("End"),
             QStringLiteral("In effect"), green, true, true},
            {QStringLiteral("rt-4"), QStringLiteral("o-end"), QStringLiteral("o-old"), QStringLiteral("End"),
             QStringLiteral("Declined"), Qt::gray, false, false},
        };
        graph.setGraph(nodes, edges, QStringLiteral("o-partner"));
        // end customer -> selling partner -> distributor; the inherited edge does not lift the distributor to level 3.
        QCOMPARE(graph.levels().value(QStringLiteral("o-end")), 0);
        QCOMPARE(graph.levels().value(QStringLiteral("o-partner")), 1);
        QCOMPARE(graph.levels().value(QStringLiteral("o-dist")), 2);
        QVERIFY(!graph.levels().contains(QStringLiteral("o-old"))); // closed transfers are hidden by default
        QCOMPARE(graph.visibleEdgeCount(), 3);
        graph.setShowClosed(true);
        QCOMPARE(graph.visibleEdgeCount(), 4);
        QCOMPARE(graph.levels().value(QStringLiteral("o-old")), 1);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("graph.png"));
        QVERIFY(graph.saveImage(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1800, 720)); // twice the widget's size, for print
        // Something other than the background was drawn in the middle (the boxes and arrows).
        QSet<QRgb> colors;
        for (int x = 0; x < image.width(); x += 7)
            colors.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colors.size() > 3);
    }
};

QTEST_MAIN(tst_TransfersTab)
#include "tst_TransfersTab.moc"

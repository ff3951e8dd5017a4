// TransfersModel and AttentionModel over the real TransferService: rows, the console's status words and their
// colours, sort roles, counts per status, refresh on the clock and the acting account; transferstate:: as a table.
#include "TestSupport.h"

#include "itemmodels/TransfersModel.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/TransferService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bd;

namespace {

const QString Payer = QStringLiteral("111111111111");
const QString CompanyA = QStringLiteral("222222222222");
const QString CompanyB = QStringLiteral("333333333333");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

BillingPeriod month(const char *text)
{
    return *BillingPeriod::fromString(QString::fromLatin1(text));
}

// The expected colours, written out (UI.md "Status words"), so that a change of palette is a visible decision.
const QColor Amber(0xc7, 0x7c, 0x02);
const QColor Blue(0x1f, 0x6f, 0xc5);
const QColor Green(0x2e, 0x8b, 0x57);
const QColor GreyBlue(0x5b, 0x7a, 0x99);
const QColor Grey(0x8a, 0x8f, 0x96);

struct World
{
    test::TempServices ts;
    Services &s = *ts;

    World()
    {
        const QList<QStringList> orgs {{"o-pppppppppp", "Payer Inc", Payer, "payer@example.com"},
                                       {"o-aaaaaaaaaa", "Company A Ltd", CompanyA, "a@example.com"},
                                       {"o-bbbbbbbbbb", "Company B GmbH", CompanyB, "b@example.com"}};
        for (const QStringList &o : orgs) {
            Organization org {o[0], o[1], o[2], o[3]};
            if (auto r = s.directory().addOrganization(org, {}, QStringLiteral("US")); !r)
                qFatal("%s", qPrintable(r.error().describe()));
        }
        // A fresh database follows the real date: pin the simulated clock at 15 Jan 2026 (it only moves forward after
        // that).
        s.clock().setOverride(utc("2026-01-15T09:00:00Z"));
        if (auto r = s.clock().set(utc("2026-01-15T09:00:00Z")); !r)
            qFatal("%s", qPrintable(r.error().describe()));
    }
    void as(const QString &account)
    {
        if (auto r = s.setActingAccount(account); !r)
            qFatal("%s", qPrintable(r.error().describe()));
    }
    QString invite(const QString &target, const char *start, const QString &name, const QString &plan = {})
    {
        as(Payer);
        TransferService::Invitation inv;
        inv.target = target;
        inv.start = month(start);
        inv.name = name;
        inv.pricingPlan = plan;
        auto r = s.transfers().invite(inv);
        if (!r)
            qFatal("invite: %s", qPrintable(r.error().describe()));
        return r->id;
    }
};

ResponsibilityTransfer transfer(TransferStatus status, const char *start, const char *end = nullptr)
{
    ResponsibilityTransfer t;
    t.status = status;
    t.startPeriod = month(start);
    if (end)
        t.endPeriod = month(end);
    return t;
}

int rowWithName(const TransfersModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, TransfersModel::Name).data().toString() == name)
            return r;
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(bd::TransferStatus)
Q_DECLARE_METATYPE(bd::TransferState)

class tst_TransfersModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void states_data()
    {
        QTest::addColumn<TransferStatus>("status");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("now");
        QTest::addColumn<TransferState>("state");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("open");
        // Accepted: before the start it "begins", from 00:00 UTC on the 1st it is in effect.
        QTest::newRow("requested") << TransferStatus::Requested << "2026-02"
                                   << ""
                                   << "2026-01-15T09:00:00Z" << TransferState::Awaiting << Amber << "awaiting" << true;
        QTest::newRow("accepted, before start")
            << TransferStatus::Accepted << "2026-02"
            << ""
            << "2026-01-31T23:59:59Z" << TransferState::Accepted << Blue << "accepted" << true;
        QTest::newRow("accepted, at start")
            << TransferStatus::Accepted << "2026-02"
            << ""
            << "2026-02-01T00:00:00Z" << TransferState::InEffect << Green << "in-effect" << true;
        QTest::newRow("withdrawn, last second")
            << TransferStatus::Withdrawn << "2026-02"
            << "2026-03"
            << "2026-03-31T23:59:59Z" << TransferState::Withdrawn << GreyBlue << "withdrawn" << true;
        QTest::newRow("withdrawn, after end")
            << TransferStatus::Withdrawn << "2026-02"
            << "2026-03"
            << "2026-04-01T00:00:00Z" << TransferState::Ended << Grey << "ended" << false;
        QTest::newRow("declined") << TransferStatus::Declined << "2026-02"
                                  << ""
                                  << "2026-01-15T09:00:00Z" << TransferState::Declined << Grey << "declined" << false;
        QTest::newRow("canceled") << TransferStatus::Canceled << "2026-02"
                                  << ""
                                  << "2026-01-15T09:00:00Z" << TransferState::Canceled << Grey << "canceled" << false;
        QTest::newRow("expired") << TransferStatus::Expired << "2026-02"
                                 << ""
                                 << "2026-02-15T09:00:00Z" << TransferState::Expired << Grey << "expired" << false;
    }

    void states()
    {
        QFETCH(TransferStatus, status);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, now);
        QFETCH(TransferState, state);
        QFETCH(QColor, color);
        QFETCH(QString, key);
        QFETCH(bool, open);
        const ResponsibilityTransfer t = transfer(status, qPrintable(start), end.isEmpty() ? nullptr : qPrintable(end));
        const TransferState got = t.stateAt(QDateTime::fromString(now, Qt::ISODate).toUTC());
        QCOMPARE(int(got), int(state));
        QCOMPARE(transferstate::color(got), color);
        QCOMPARE(transferstate::key(got), key);
        QCOMPARE(transferstate::isOpen(got), open);
    }

    void formats()
    {
        QCOMPARE(transferformat::date(QDate(2026, 2, 1)), QStringLiteral("1 Feb 2026"));
        QCOMPARE(transferformat::utcMoment(utc("2026-01-31T00:00:00Z")), QStringLiteral("31 Jan 2026, 00:00 UTC"));
        QCOMPARE(transferformat::pricingPlan(QStringLiteral("BasicPricingPlan")),
                 QStringLiteral("Basic pricing plan (AWS-managed)"));
        QCOMPARE(transferformat::pricingPlanShort(QStringLiteral("Passthrough")),
                 QStringLiteral("Passthrough (AWS-managed)"));
        QCOMPARE(transferformat::pricingPlan(QString()), QStringLiteral("Not configured"));
        QCOMPARE(transferformat::timeLeft(utc("2026-01-15T09:00:00Z"), utc("2026-01-31T00:00:00Z")),
                 QStringLiteral("in 15 days"));
        QCOMPARE(transferformat::timeLeft(utc("2026-01-30T23:00:00Z"), utc("2026-01-31T00:00:00Z")),
                 QStringLiteral("in 1 hour"));
        QCOMPARE(transferformat::timeLeft(utc("2026-01-29T09:30:00Z"), utc("2026-01-31T00:00:00Z")),
                 QStringLiteral("in 38 hours"));
        QCOMPARE(transferformat::timeLeft(utc("2026-01-31T00:00:00Z"), utc("2026-01-31T00:00:00Z")),
                 QStringLiteral("passed"));
    }

    void lifecycleInTheModels()
    {
        World w;
        w.as(Payer);
        TransfersModel inbound(*w.ts, TransfersModel::Direction::Inbound);
        TransfersModel outbound(*w.ts, TransfersModel::Direction::Outbound);
        QAbstractItemModelTester inboundTester(&inbound, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester outboundTester(&outbound, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inbound.rowCount(), 0);
        QCOMPARE(inbound.countsSummary(), QStringLiteral("none"));

        // The payer invites A (February) and B (December, Passthrough): both await a response.
        const QString a = w.invite(CompanyA, "2026-02", QStringLiteral("Company A"));
        const QString b = w.invite(CompanyB, "2026-12", QStringLiteral("Company B"), QStringLiteral("Passthrough"));
        QCOMPARE(inbound.rowCount(), 2);
        QCOMPARE(outbound.rowCount(), 0);
        int ra = rowWithName(inbound, QStringLiteral("Company A"));
        int rb = rowWithName(inbound, QStringLiteral("Company B"));
        QVERIFY(ra >= 0 && rb >= 0);
        QCOMPARE(inbound.index(ra, TransfersModel::OtherParty).data().toString(), QStringLiteral("Company A Ltd"));
        QCOMPARE(inbound.index(ra, TransfersModel::OtherParty).data(TransfersModel::SecondaryTextRole).toString(),
                 CompanyA);
        QCOMPARE(inbound.index(ra, TransfersModel::Name).data(TransfersModel::SecondaryTextRole).toString(), a);
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data().toString(), QStringLiteral("Awaiting response"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data(TransfersModel::StatusColorRole).value<QColor>(),
                 Amber);
        QCOMPARE(inbound.index(ra, TransfersModel::Start).data().toString(), QStringLiteral("1 Feb 2026"));
        QCOMPARE(inbound.index(rb, TransfersModel::Start).data().toString(), QStringLiteral("1 Dec 2026"));
        QCOMPARE(inbound.index(ra, TransfersModel::End).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(inbound.index(ra, TransfersModel::Pricing).data().toString(), QStringLiteral("Basic (AWS-managed)"));
        QCOMPARE(inbound.index(rb, TransfersModel::Pricing).data().toString(),
                 QStringLiteral("Passthrough (AWS-managed)"));
        QCOMPARE(inbound.headerData(TransfersModel::OtherParty, Qt::Horizontal).toString(),
                 QStringLiteral("Bill source"));
        QCOMPARE(outbound.headerData(TransfersModel::OtherParty, Qt::Horizontal).toString(), QStringLiteral("Paid by"));
        QCOMPARE(inbound.countsSummary(), QStringLiteral("2 awaiting response"));

        // Dates sort as dates: as text "1 Dec 2026" comes before "1 Feb 2026", but December is later.
        QCOMPARE(inbound.index(ra, TransfersModel::Start).data(TransfersModel::SortRole).toDate(), QDate(2026, 2, 1));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&inbound);
        proxy.setSortRole(TransfersModel::SortRole);
        proxy.sort(TransfersModel::Start, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TransfersModel::Name).data().toString(), QStringLiteral("Company B"));
        proxy.sort(TransfersModel::Start, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, TransfersModel::Name).data().toString(), QStringLiteral("Company A"));

        // A accepts on 15 Jan: it begins on 1 Feb. B declines. The payer's model follows the service's signal.
        w.as(CompanyA);
        QCOMPARE(outbound.rowCount(), 1); // A's outbound view (acting account changed)
        QCOMPARE(outbound.index(0, TransfersModel::OtherParty).data().toString(), QStringLiteral("Payer Inc"));
        QVERIFY(w.s.transfers().accept(a).ok());
        QCOMPARE(outbound.index(0, TransfersModel::Status).data().toString(),
                 QStringLiteral("Accepted, begins on 1 Feb 2026"));
        QCOMPARE(outbound.index(0, TransfersModel::Status).data(TransfersModel::StatusColorRole).value<QColor>(), Blue);
        w.as(CompanyB);
        QVERIFY(w.s.transfers().decline(b).ok());
        w.as(Payer);
        ra = rowWithName(inbound, QStringLiteral("Company A"));
        rb = rowWithName(inbound, QStringLiteral("Company B"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data().toString(),
                 QStringLiteral("Accepted, begins on 1 Feb 2026"));
        QCOMPARE(inbound.index(rb, TransfersModel::Status).data().toString(), QStringLiteral("Declined"));
        QCOMPARE(inbound.index(rb, TransfersModel::Status).data(TransfersModel::StatusColorRole).value<QColor>(), Grey);
        QCOMPARE(inbound.counts().value(TransferState::Accepted), 1);
        QCOMPARE(inbound.counts().value(TransferState::Declined), 1);
        QCOMPARE(inbound.countsSummary(), QStringLiteral("1 accepted \u00b7 1 declined"));

        // The clock reaches 1 Feb: in effect, without any other event than the clock's.
        QVERIFY(w.s.clock().advanceToNextMonth().ok());
        ra = rowWithName(inbound, QStringLiteral("Company A"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data().toString(), QStringLiteral("In effect"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data(TransfersModel::StatusColorRole).value<QColor>(),
                 Green);

        // The payer withdraws with the default end (the current month, February): ends 28 Feb 2026.
        QVERIFY(w.s.transfers().withdraw(a).ok());
        ra = rowWithName(inbound, QStringLiteral("Company A"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data().toString(),
                 QStringLiteral("Withdrawn, ends on 28 Feb 2026"));
        QCOMPARE(inbound.index(ra, TransfersModel::End).data().toString(), QStringLiteral("28 Feb 2026"));
        QCOMPARE(inbound.index(ra, TransfersModel::End).data(TransfersModel::SortRole).toDate(), QDate(2026, 2, 28));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data(TransfersModel::StatusColorRole).value<QColor>(),
                 GreyBlue);
        QVERIFY(w.s.clock().advanceToNextMonth().ok());
        ra = rowWithName(inbound, QStringLiteral("Company A"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data().toString(), QStringLiteral("Ended on 28 Feb 2026"));
        QCOMPARE(inbound.index(ra, TransfersModel::Status).data(TransfersModel::StateKeyRole).toString(),
                 QStringLiteral("ended"));

        // The administrator sees every transfer in the inbound model and none outbound.
        w.as(QString());
        QCOMPARE(inbound.rowCount(), 2);
        QCOMPARE(outbound.rowCount(), 0);
        // ... with both sides named: the bill source, and under it its account and payer.
        QCOMPARE(inbound.headerData(TransfersModel::OtherParty, Qt::Horizontal).toString(),
                 QStringLiteral("Bill source \u2192 payer"));
        ra = rowWithName(inbound, QStringLiteral("Company A"));
        QCOMPARE(inbound.index(ra, TransfersModel::OtherParty).data(TransfersModel::SecondaryTextRole).toString(),
                 QStringLiteral("222222222222 \u2192 Payer Inc"));
    }

    void attention()
    {
        World w;
        const QString a = w.invite(CompanyA, "2026-02", QStringLiteral("Company A"));
        w.as(CompanyA);
        AttentionModel model(*w.ts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &AttentionModel::attentionChanged);
        // A must answer by 31 Jan 2026, 00:00 UTC (24 hours before the start).
        int awaiting = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r).data(AttentionModel::KindRole).toInt() == int(AttentionItem::Kind::AwaitingYourResponse))
                awaiting = r;
        QVERIFY(awaiting >= 0);
        QCOMPARE(model.index(awaiting).data(AttentionModel::EntityTypeRole).toString(), QStringLiteral("transfer"));
        QCOMPARE(model.index(awaiting).data(AttentionModel::EntityIdRole).toString(), a);
        QCOMPARE(model.index(awaiting).data(AttentionModel::DueRole).toDateTime(), utc("2026-01-31T00:00:00Z"));
        QVERIFY(model.summary().contains(model.index(awaiting).data().toString()));
        // Answered: the entry goes away and the count is reported.
        QVERIFY(w.s.transfers().decline(a).ok());
        QVERIFY(!changed.isEmpty());
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r).data(AttentionModel::EntityIdRole).toString() != a
                    || model.index(r).data(AttentionModel::KindRole).toInt()
                        != int(AttentionItem::Kind::AwaitingYourResponse));
        QCOMPARE(changed.last().at(0).toInt(), model.rowCount());
    }
};

QTEST_MAIN(tst_TransfersModel)
#include "tst_TransfersModel.moc"

// The one rule for who pays for whom and what an acting organization may see (domain/BillingContext), as a table over
// the whole lifecycle: before the start, in effect, in the withdrawal's end month, after the end, declined, expired,
// canceled, withdrawn before the start, two-level chains, and a customer moving between partners. Pure: no database.
#include "domain/BillingContext.h"

#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {

// Organizations: A (a customer), B (a selling partner), C (a distributor), P (a payer), Q (another partner).
const QString A = QStringLiteral("o-aaaaaaaaaa");
const QString B = QStringLiteral("o-bbbbbbbbbb");
const QString C = QStringLiteral("o-cccccccccc");
const QString P = QStringLiteral("o-pppppppppp");
const QString Q = QStringLiteral("o-qqqqqqqqqq");

BillingPeriod month(const char *text)
{
    return *BillingPeriod::fromString(QString::fromLatin1(text));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ResponsibilityTransfer transfer(const QString &id, const QString &source, const QString &target, const char *start,
                                TransferStatus status, const char *end = nullptr)
{
    ResponsibilityTransfer t;
    t.id = id;
    t.sourceOrganizationId = source;
    t.targetOrganizationId = target;
    t.startPeriod = month(start);
    t.status = status;
    if (end)
        t.endPeriod = month(end);
    return t;
}

// The worlds of the table, by name.
QList<ResponsibilityTransfer> world(const QString &name)
{
    using S = TransferStatus;
    if (name == QLatin1String("accepted")) // A's bill goes to P from March 2026
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Accepted)};
    if (name == QLatin1String("withdrawn")) // ... and is withdrawn to end with May 2026
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Withdrawn, "2026-05")};
    if (name == QLatin1String("declined"))
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Declined)};
    if (name == QLatin1String("expired"))
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Expired)};
    if (name == QLatin1String("canceled"))
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Canceled)};
    if (name == QLatin1String("requested"))
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Requested)};
    if (name == QLatin1String("never")) // withdrawn before its start: the end is the month before
        return {transfer(QStringLiteral("rt-ap"), A, P, "2026-03", S::Withdrawn, "2026-02")};
    if (name == QLatin1String("chain")) { // A -> B from February, B -> C from March (C pays for A too), inherited A -> C
        ResponsibilityTransfer inherited = transfer(QStringLiteral("rt-ac"), A, C, "2026-03", S::Accepted);
        inherited.inheritedViaTransferId = QStringLiteral("rt-bc");
        inherited.inheritedFromTransferId = QStringLiteral("rt-ab");
        return {transfer(QStringLiteral("rt-ab"), A, B, "2026-02", S::Accepted),
                transfer(QStringLiteral("rt-bc"), B, C, "2026-03", S::Accepted), inherited};
    }
    if (name == QLatin1String("moving")) // A leaves B at the end of January 2026 for Q from February; Q declined by D
        return {transfer(QStringLiteral("rt-ab"), A, B, "2025-11", S::Withdrawn, "2026-01"),
                transfer(QStringLiteral("rt-aq"), A, Q, "2026-02", S::Accepted),
                transfer(QStringLiteral("rt-cq"), C, Q, "2026-02", S::Declined)};
    return {};
}

} // namespace

class tst_BillingContext final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What a viewer may see of an organization's month on a date: "none", "billable" or "proforma".
    void visibility_data()
    {
        QTest::addColumn<QString>("worldName");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *tag, const char *w, const char *now, const QString &viewer, const QString &org,
                      const char *m, const char *expected) {
            QTest::newRow(tag) << QString::fromLatin1(w) << QString::fromLatin1(now) << viewer << org
                               << QString::fromLatin1(m) << QString::fromLatin1(expected);
        };
        // Before the start nothing changes for the bill source: it pays its own bills and sees its billable data.
        row("before: A its own past", "accepted", "2026-01-15T09:00:00Z", A, A, "2025-12", "billable");
        row("before: A its own month", "accepted", "2026-02-28T23:59:59Z", A, A, "2026-02", "billable");
        row("before: P does not see A's past", "accepted", "2026-01-15T09:00:00Z", P, A, "2025-12", "none");
        row("before: P sees its own", "accepted", "2026-01-15T09:00:00Z", P, P, "2025-12", "billable");
        // In effect: the bill source sees only pro forma, its billable history included; the payer sees billable.
        row("in effect: A its month", "accepted", "2026-03-01T00:00:00Z", A, A, "2026-03", "proforma");
        row("in effect: A its history", "accepted", "2026-03-01T00:00:00Z", A, A, "2025-12", "proforma");
        row("in effect: P the transfer's month", "accepted", "2026-03-10T00:00:00Z", P, A, "2026-03", "billable");
        row("in effect: P not before the start", "accepted", "2026-03-10T00:00:00Z", P, A, "2026-02", "none");
        row("in effect: A never P's data", "accepted", "2026-03-10T00:00:00Z", A, P, "2026-03", "none");
        // The withdrawal's end month is still in effect; from the 1st after it, billable again, pro forma history gone.
        row("end month: A still pro forma", "withdrawn", "2026-05-31T23:59:59Z", A, A, "2026-04", "proforma");
        row("end month: P still billable", "withdrawn", "2026-05-31T23:59:59Z", P, A, "2026-05", "billable");
        row("after end: A billable again", "withdrawn", "2026-06-01T00:00:00Z", A, A, "2026-06", "billable");
        row("after end: A its paid past", "withdrawn", "2026-06-01T00:00:00Z", A, A, "2026-02", "billable");
        row("after end: A no pro forma history", "withdrawn", "2026-06-01T00:00:00Z", A, A, "2026-04", "none");
        row("after end: P keeps the history", "withdrawn", "2026-07-15T00:00:00Z", P, A, "2026-04", "billable");
        row("after end: P not after the end", "withdrawn", "2026-07-15T00:00:00Z", P, A, "2026-06", "none");
        // Transfers that never move a bill.
        row("declined: A", "declined", "2026-04-01T00:00:00Z", A, A, "2026-04", "billable");
        row("declined: P", "declined", "2026-04-01T00:00:00Z", P, A, "2026-04", "none");
        row("expired: A", "expired", "2026-04-01T00:00:00Z", A, A, "2026-04", "billable");
        row("expired: P", "expired", "2026-04-01T00:00:00Z", P, A, "2026-04", "none");
        row("canceled: P", "canceled", "2026-04-01T00:00:00Z", P, A, "2026-04", "none");
        row("requested: A", "requested", "2026-02-01T00:00:00Z", A, A, "2026-01", "billable");
        row("requested: P", "requested", "2026-02-01T00:00:00Z", P, A, "2026-03", "none");
        row("never took effect: A", "never", "2026-03-10T00:00:00Z", A, A, "2026-03", "billable");
        row("never took effect: P", "never", "2026-03-10T00:00:00Z", P, A, "2026-03", "none");
        // A chain: A -> B (February) -> C (March). B is a bill source from March: it sees A at the price C sets.
        row("chain Feb: B pays A", "chain", "2026-02-10T00:00:00Z", B, A, "2026-02", "billable");
        row("chain Feb: C not yet", "chain", "2026-02-10T00:00:00Z", C, A, "2026-02", "none");
        row("chain Mar: A pro forma", "chain", "2026-03-10T00:00:00Z", A, A, "2026-03", "proforma");
        row("chain Mar: B sees A pro forma", "chain", "2026-03-10T00:00:00Z", B, A, "2026-03", "proforma");
        row("chain Mar: B sees its Feb of A pro forma", "chain", "2026-03-10T00:00:00Z", B, A, "2026-02",
            "proforma");
        row("chain Mar: B its own pro forma", "chain", "2026-03-10T00:00:00Z", B, B, "2026-03", "proforma");
        row("chain Mar: C sees A billable", "chain", "2026-03-10T00:00:00Z", C, A, "2026-03", "billable");
        row("chain Mar: C sees B billable", "chain", "2026-03-10T00:00:00Z", C, B, "2026-03", "billable");
        row("chain Mar: C not A's February", "chain", "2026-03-10T00:00:00Z", C, A, "2026-02", "none");
        row("chain Mar: A never C's data", "chain", "2026-03-10T00:00:00Z", A, C, "2026-03", "none");
        // A customer moving from partner B to partner Q.
        row("moving: B keeps January", "moving", "2026-02-05T00:00:00Z", B, A, "2026-01", "billable");
        row("moving: B not February", "moving", "2026-02-05T00:00:00Z", B, A, "2026-02", "none");
        row("moving: Q February", "moving", "2026-02-05T00:00:00Z", Q, A, "2026-02", "billable");
        row("moving: Q not January", "moving", "2026-02-05T00:00:00Z", Q, A, "2026-01", "none");
        row("moving: A pro forma", "moving", "2026-02-05T00:00:00Z", A, A, "2026-01", "proforma");
        row("moving: Q not C (declined)", "moving", "2026-02-05T00:00:00Z", Q, C, "2026-02", "none");
    }

    void visibility()
    {
        QFETCH(QString, worldName);
        QFETCH(QString, now);
        QFETCH(QString, viewer);
        QFETCH(QString, organization);
        QFETCH(QString, month);
        QFETCH(QString, expected);
        const Visibility v = Visibility::of(world(worldName), viewer, at(qPrintable(now)));
        const auto domain = v.domainOf(organization, *BillingPeriod::fromString(month));
        const QString actual = !domain                             ? QStringLiteral("none")
            : *domain == CostDomain::Billable ? QStringLiteral("billable")
                                                                   : QStringLiteral("proforma");
        QCOMPARE(actual, expected);
        QCOMPARE(v.allows(organization, *BillingPeriod::fromString(month)), expected != QLatin1String("none"));
        QVERIFY(!v.seesEverything());
    }

    // Is the organization a bill source (someone else pays its bill) on the date?
    void billSource_data()
    {
        QTest::addColumn<QString>("worldName");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<bool>("expected");
        QTest::newRow("accepted, before the start") << "accepted" << "2026-02-28T23:59:59Z" << A << false;
        QTest::newRow("accepted, on the start") << "accepted" << "2026-03-01T00:00:00Z" << A << true;
        QTest::newRow("the payer is not") << "accepted" << "2026-03-01T00:00:00Z" << P << false;
        QTest::newRow("withdrawn, last second") << "withdrawn" << "2026-05-31T23:59:59Z" << A << true;
        QTest::newRow("withdrawn, after the end") << "withdrawn" << "2026-06-01T00:00:00Z" << A << false;
        QTest::newRow("requested") << "requested" << "2026-03-10T00:00:00Z" << A << false;
        QTest::newRow("declined") << "declined" << "2026-03-10T00:00:00Z" << A << false;
        QTest::newRow("never took effect") << "never" << "2026-03-10T00:00:00Z" << A << false;
        QTest::newRow("chain middle in March") << "chain" << "2026-03-10T00:00:00Z" << B << true;
        QTest::newRow("chain middle in February") << "chain" << "2026-02-10T00:00:00Z" << B << false;
        QTest::newRow("chain top") << "chain" << "2026-03-10T00:00:00Z" << C << false;
    }

    void billSource()
    {
        QFETCH(QString, worldName);
        QFETCH(QString, now);
        QFETCH(QString, organization);
        QFETCH(bool, expected);
        QCOMPARE(BillingRules::isBillSourceOn(world(worldName), organization, at(qPrintable(now))), expected);
        QCOMPARE(Visibility::of(world(worldName), organization, at(qPrintable(now))).billableVisible(), !expected);
    }

    // ListBillingViewSegments' shape: A's bill over time while it moves from B to Q.
    void segments()
    {
        const QList<BillingSegment> s = BillingRules::segments(world(QStringLiteral("moving")), A);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].first, std::nullopt);
        QCOMPARE(*s[0].last, month("2025-10"));
        QVERIFY(s[0].payers.isEmpty());
        QCOMPARE(s[0].domain(), CostDomain::Billable);
        QCOMPARE(*s[1].first, month("2025-11"));
        QCOMPARE(*s[1].last, month("2026-01"));
        QCOMPARE(s[1].payers, QStringList {B});
        QCOMPARE(s[1].transferId, QStringLiteral("rt-ab"));
        QCOMPARE(s[1].domain(), CostDomain::ProForma);
        QCOMPARE(*s[2].first, month("2026-02"));
        QCOMPARE(s[2].last, std::nullopt);
        QCOMPARE(s[2].payers, QStringList {Q});
        QCOMPARE(s[2].billReceiver(), Q);

        // A chain: A's payers are B, then C (the bill receiver) once B -> C is in effect.
        const QList<BillingSegment> c = BillingRules::segments(world(QStringLiteral("chain")), A);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[1].payers, QStringList {B});
        QCOMPARE(*c[1].first, month("2026-02"));
        QCOMPARE(*c[1].last, month("2026-02"));
        QCOMPARE(c[2].payers, (QStringList {B, C}));
        QCOMPARE(c[2].billReceiver(), C);
        QCOMPARE(costDomainName(c[2].domain()), QStringLiteral("PRO_FORMA"));

        // No transfer that moves a bill: one segment, always its own.
        const QList<BillingSegment> none = BillingRules::segments(world(QStringLiteral("declined")), A);
        QCOMPARE(none.size(), 1);
        QVERIFY(!none[0].first && !none[0].last && none[0].payers.isEmpty());
    }

    // Every party sees only the transfers (graph edges) it is a party to; the middle of a chain both of its links.
    void transfersAndEdges()
    {
        auto ids = [](const QList<ResponsibilityTransfer> &list) {
            QStringList out;
            for (const auto &t : list)
                out << t.id;
            return out;
        };
        const auto chain = world(QStringLiteral("chain"));
        QCOMPARE(ids(BillingRules::visibleTo(chain, A)), (QStringList {QStringLiteral("rt-ab"), QStringLiteral("rt-ac")}));
        QCOMPARE(ids(BillingRules::visibleTo(chain, B)), (QStringList {QStringLiteral("rt-ab"), QStringLiteral("rt-bc")}));
        QCOMPARE(ids(BillingRules::visibleTo(chain, C)), (QStringList {QStringLiteral("rt-bc"), QStringLiteral("rt-ac")}));
        QVERIFY(BillingRules::visibleTo(chain, P).isEmpty());
        // A customer of Q does not learn about Q's other relationships (C's declined invitation).
        const auto moving = world(QStringLiteral("moving"));
        QCOMPARE(ids(BillingRules::visibleTo(moving, A)), (QStringList {QStringLiteral("rt-ab"), QStringLiteral("rt-aq")}));
        QCOMPARE(ids(BillingRules::visibleTo(moving, Q)), (QStringList {QStringLiteral("rt-aq"), QStringLiteral("rt-cq")}));
    }

    void administratorAndNobody()
    {
        QVERIFY(Visibility::everything().seesEverything());
        QVERIFY(Visibility::everything().billableVisible());
        QVERIFY(Visibility::everything().allows(A, month("2026-01")));
        QVERIFY(!Visibility::nothing().allows(A, month("2026-01")));
        QVERIFY(!Visibility::nothing().billableVisible()); // no organization: nothing, and never billable
        QCOMPARE(Visibility::of(world(QStringLiteral("chain")), C, at("2026-03-10T00:00:00Z")).organizations(),
                 (QStringList {C, A, B}));
    }
};

QTEST_GUILESS_MAIN(tst_BillingContext)
#include "tst_BillingContext.moc"

// The product's security promise, across the CLI: a bill-source context (the management account or a member
// account of an organization whose bill is transferred) never sees billable amounts, in any output.
// The demo: Northwind UK Ltd's bill has been paid by Northwind Holdings since 1 Nov 2025 (in effect at the demo
// clock); Cloudreach Partners is itself a bill source of Atlas Distribution (the middle of a two-level chain).
#include "TestSupport.h"
#include "domain/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bd;

namespace {
const QString Payer = QStringLiteral("401825736190"); // Northwind Holdings
const QString UkManagement = QStringLiteral("517203948261"); // Northwind UK Ltd (bill source)
const QString UkMember = QStringLiteral("517203948272"); // UK Production, a member account of it
const QString Cloudreach = QStringLiteral("840536271594"); // a payer that is itself a bill source (chain middle)
const QString UkOrganization = QStringLiteral("o-nwuk3r7t5v2m");

// Every way a billable figure could be printed: the exact decimal, and rounded to cents with or without grouping.
QStringList renderings(const QString &exact)
{
    const Decimal d = *Decimal::fromString(exact);
    const QString cents = d.toFixed(2, RoundingMode::HalfUp);
    QStringList forms {exact, cents};
    if (d >= Decimal::fromInt(1000)) {
        QString grouped = cents;
        for (qsizetype i = grouped.indexOf(QLatin1Char('.')) - 3; i > (d.isNegative() ? 1 : 0); i -= 3)
            grouped.insert(i, QLatin1Char(','));
        forms << grouped;
    }
    return forms;
}
} // namespace

class tst_SecurityPromise final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_billableFigures; // every billable amount the payer sees, as text

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto demo = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);

        // The administrator sees the billable totals of every organization and month.
        const auto admin = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                         QStringLiteral("imports"), QStringLiteral("list")});
        QCOMPARE(admin.exitCode, 0);
        const QJsonArray imports = QJsonDocument::fromJson(admin.out.toUtf8()).array();
        QVERIFY(!imports.isEmpty());
        for (const QJsonValue &imp : imports) {
            const QString total = imp[QStringLiteral("billable")].toString();
            QVERIFY(!total.isEmpty());
            m_billableFigures << renderings(total);
            for (const QJsonValue &row : imp[QStringLiteral("perPayerPeriod")].toArray()) {
                const QString billable = row[QStringLiteral("billable")].toString();
                QVERIFY2(!billable.isEmpty(), "the administrator must see billable amounts");
                if (billable.size() >= 5)
                    m_billableFigures << renderings(billable);
            }
        }
        QVERIFY(m_billableFigures.size() > 20);
    }

    void billSourceOutputsCarryNoBillableAmount_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("refusal"); // empty: the command succeeds; else the reason code it must give
        const QList<std::pair<const char *, QString>> actors = {
            {"bill-source management", UkManagement}, {"bill-source member", UkMember}, {"chain middle", Cloudreach}};
        for (const auto &[actorName, actor] : actors)
            for (const ReadCommand &c : readCommands()) {
                // Cloudreach is no party to Northwind UK's transfer: for it, that transfer does not exist.
                const bool stranger = actor == Cloudreach && QByteArray(c.name) == "transfers show";
                // The middle of the chain owns billing groups (Harbor Lane's): it sees its margin over the price
                // Atlas sets for it, never a billable amount.
                const bool ownsGroups = actor == Cloudreach && c.chainMiddleAllowed;
                QTest::addRow("%s: %s", actorName, c.name)
                    << actor << c.arguments
                    << (stranger ? QStringLiteral("RESPONSIBILITY_TRANSFER_NOT_FOUND")
                                 : (ownsGroups ? QString() : c.billSourceRefusal));
            }
    }

    void billSourceOutputsCarryNoBillableAmount()
    {
        QFETCH(QString, actor);
        QFETCH(QStringList, command);
        QFETCH(QString, refusal);
        const auto r
            = test::runCli(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--as"), actor} + command);
        // A refusal proves something only when it is the expected one.
        if (refusal.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("[%1]").arg(refusal)), qPrintable(r.err));
        }
        assertNoBillable(r, actor);
    }

    // Visibility fails closed: when deciding who the acting account is, or what it may see, fails (the database is
    // busy or locked, an I/O error, a damaged page), no billable figure is shown and every command whose output
    // depends on that decision exits non-zero with a message. The fault is injected into the statements that read
    // the transfers or the acting account's directory entry (BILLINGDESK_STORAGE_FAULT), as the payer, who
    // otherwise sees billable figures.
    void visibilityFailsClosed_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("dependsOnVisibility");
        const QList<std::pair<const char *, QString>> faults = {
            {"transfers unreadable", QStringLiteral("FROM responsibility_transfers")},
            {"acting account unreadable", QStringLiteral("FROM accounts WHERE id")}};
        for (const auto &[faultName, fault] : faults)
            for (const ReadCommand &c : readCommands())
                QTest::addRow("%s: %s", faultName, c.name) << fault << c.arguments << c.dependsOnVisibility;
    }

    void visibilityFailsClosed()
    {
        QFETCH(QString, fault);
        QFETCH(QStringList, command);
        QFETCH(bool, dependsOnVisibility);
        const QStringList arguments = QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--as"), Payer} + command;
        // Without the fault the payer sees billable figures wherever the command shows amounts.
        const auto healthy = test::runCli(arguments);
        const auto r = test::runCli(arguments, {}, {{QStringLiteral("BILLINGDESK_STORAGE_FAULT"), fault}});
        if (dependsOnVisibility) {
            QCOMPARE(r.exitCode, 4); // the database failed (exit 4), never a figure
            QVERIFY2(r.err.contains(QStringLiteral("[DATABASE_LOCKED]")), qPrintable(r.err));
            QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out));
        } else {
            QCOMPARE(r.exitCode, healthy.exitCode);
        }
        assertNoBillable(r, Payer);
    }

    void theFaultIsRealAndThePayerSeesBillableWithoutIt()
    {
        // The payer sees billable figures when nothing fails, so the test above can fail.
        const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--as"), Payer, QStringLiteral("--json"),
                                     QStringLiteral("imports"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray imports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!imports.isEmpty());
        QVERIFY(!imports.first()[QStringLiteral("billable")].toString().isEmpty());
        // And the same fault breaks a command that reads the transfers: the hook really fires.
        const auto broken = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--as"), Payer,
                                          QStringLiteral("transfers"), QStringLiteral("list")},
                                         {}, {{QStringLiteral("BILLINGDESK_STORAGE_FAULT"),
                                               QStringLiteral("FROM responsibility_transfers")}});
        QCOMPARE(broken.exitCode, 4); // the database failed
        QVERIFY2(broken.err.contains(QStringLiteral("[DATABASE_LOCKED]")), qPrintable(broken.err));
    }

private:
    struct ReadCommand
    {
        const char *name;
        QStringList arguments;
        QString billSourceRefusal; // the reason a bill source is refused with, if it is
        bool dependsOnVisibility; // the output depends on what the acting account may see
        bool chainMiddleAllowed = false; // the middle of a chain, which prices its own customers, is not refused
    };

    static QList<ReadCommand> readCommands()
    {
        const QString json = QStringLiteral("--json");
        return {
            {"imports list json", {json, QStringLiteral("imports"), QStringLiteral("list")}, {}, true},
            {"imports list text", {QStringLiteral("imports"), QStringLiteral("list")}, {}, true},
            {"transfers list json", {json, QStringLiteral("transfers"), QStringLiteral("list")}, {}, true},
            {"transfers show", {json, QStringLiteral("transfers"), QStringLiteral("show"), QStringLiteral("Northwind UK")},
             {}, true},
            {"transfers attention", {json, QStringLiteral("transfers"), QStringLiteral("attention")}, {}, true},
            {"orgs list", {json, QStringLiteral("orgs"), QStringLiteral("list")}, {}, false},
            {"accounts list", {json, QStringLiteral("accounts"), QStringLiteral("list")}, {}, false},
            {"export-scenario", {QStringLiteral("export-scenario")}, QStringLiteral("ACCESS_DENIED"), false},
            {"generate-cur from the directory",
             {json, QStringLiteral("generate-cur"), QStringLiteral("--rows"), QStringLiteral("50"),
              QStringLiteral("--out"), QStringLiteral("/dev/null")},
             QStringLiteral("ACCESS_DENIED"),
             true},
            // Pricing (issue 10): a bill source sees its own pro forma only; margin and the fee are the payer's.
            {"proforma json", {json, QStringLiteral("proforma"), QStringLiteral("--period"), QStringLiteral("2025-12")},
             {}, true},
            {"proforma text", {QStringLiteral("proforma"), QStringLiteral("--period"), QStringLiteral("2025-12")}, {},
             true},
            {"margin json", {json, QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2025-12")},
             QStringLiteral("ACCESS_DENIED"), true, true},
            {"margin text", {QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2025-12"),
                             QStringLiteral("--services")},
             QStringLiteral("ACCESS_DENIED"), true, true},
            {"conductor-fee", {json, QStringLiteral("conductor-fee"), QStringLiteral("--period"), QStringLiteral("2026-07")},
             QStringLiteral("ACCESS_DENIED"), true},
            // The payer's confidential pricing configuration: refused to a bill source; the chain's middle manages
            // the plans and groups of its own customers.
            {"plans list", {json, QStringLiteral("plans"), QStringLiteral("list")}, QStringLiteral("ACCESS_DENIED"),
             true, true},
            {"groups list", {json, QStringLiteral("groups"), QStringLiteral("list")}, QStringLiteral("ACCESS_DENIED"),
             true, true},
            {"line-items list", {json, QStringLiteral("line-items"), QStringLiteral("list")},
             QStringLiteral("ACCESS_DENIED"), true, true},
        };
    }

    void assertNoBillable(const test::CliResult &r, const QString &actor)
    {
        for (const QString &figure : std::as_const(m_billableFigures)) {
            QVERIFY2(!r.out.contains(figure),
                     qPrintable(QStringLiteral("billable %1 leaked to %2 on stdout").arg(figure, actor)));
            QVERIFY2(!r.err.contains(figure),
                     qPrintable(QStringLiteral("billable %1 leaked to %2 on stderr").arg(figure, actor)));
        }
        // No JSON key that names billable money is filled in for a bill source.
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        std::function<void(const QJsonValue &)> scan = [&](const QJsonValue &v) {
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    scan(e);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it.key().contains(QLatin1String("billable"), Qt::CaseInsensitive))
                        QVERIFY2(it.value().isNull() || it.value().isUndefined(),
                                 qPrintable(QStringLiteral("%1 = %2 shown to %3")
                                                .arg(it.key(), it.value().toVariant().toString(), actor)));
                    scan(it.value());
                }
            }
        };
        scan(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }

private Q_SLOTS:
    void billSourceSeesOnlyItsOwnOrganizationsCostData()
    {
        const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--as"), UkManagement,
                                     QStringLiteral("--json"), QStringLiteral("imports"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &imp : QJsonDocument::fromJson(r.out.toUtf8()).array())
            for (const QJsonValue &row : imp[QStringLiteral("perPayerPeriod")].toArray())
                QCOMPARE(row[QStringLiteral("organization")].toString(), UkOrganization);
    }

    void payerStillSeesBillable()
    {
        const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--as"), Payer,
                                     QStringLiteral("--json"), QStringLiteral("imports"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        bool sawUk = false;
        for (const QJsonValue &imp : QJsonDocument::fromJson(r.out.toUtf8()).array())
            for (const QJsonValue &row : imp[QStringLiteral("perPayerPeriod")].toArray())
                if (row[QStringLiteral("organization")].toString() == UkOrganization
                    && row[QStringLiteral("period")].toString() >= QStringLiteral("2025-11")) {
                    sawUk = true;
                    QVERIFY(!row[QStringLiteral("billable")].toString().isEmpty());
                }
        QVERIFY2(sawUk, "the payer must see the billable amounts of the organization it pays for");
    }
};

QTEST_GUILESS_MAIN(tst_SecurityPromise)
#include "tst_SecurityPromise.moc"

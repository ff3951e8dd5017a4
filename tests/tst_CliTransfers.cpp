// billingdesk-cli transfers ...: each command, its exit codes, its --json fields, and the DOMAIN.md section 8 story.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using bd::test::runCli;

namespace {
const QString Payer = QStringLiteral("111111111111");
const QString CompanyA = QStringLiteral("222222222222");
const QString CompanyB = QStringLiteral("333333333333");
const QString PartnerC = QStringLiteral("444444444444");
} // namespace

class tst_CliTransfers final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliResult cli(const QString &now, const QString &as, const QStringList &args, bool json = false)
    {
        QStringList all {QStringLiteral("--db"), m_db};
        if (!now.isEmpty())
            all << QStringLiteral("--now") << now;
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + args);
    }

    QJsonObject object(const test::CliResult &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    QJsonArray array(const test::CliResult &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }

    QJsonObject invite(const QString &now, const QString &target, const QString &start, const QString &name)
    {
        auto r = cli(now, Payer,
                     {QStringLiteral("transfers"), QStringLiteral("invite"), QStringLiteral("--target"), target,
                      QStringLiteral("--start"), start, QStringLiteral("--name"), name},
                     true);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return object(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QList<QStringList> orgs {{"o-pppppppppp", "Payer Inc", Payer, "payer@example.com"},
                                       {"o-aaaaaaaaaa", "Company A", CompanyA, "a@example.com"},
                                       {"o-bbbbbbbbbb", "Company B", CompanyB, "b@example.com"},
                                       {"o-cccccccccc", "Partner C", PartnerC, "c@example.com"}};
        for (const QStringList &o : orgs) {
            auto r = runCli({"--db", m_db, "orgs", "add", "--id", o[0], "--name", o[1], "--management-account", o[2],
                             "--email", o[3]});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void usageAndInputErrors_data()
    {
        QTest::addColumn<QString>("as");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason"); // in stderr
        QTest::newRow("invite without --target")
            << Payer << QStringList {"transfers", "invite", "--start", "2030-01", "--name", "X"} << 2 << "--target";
        QTest::newRow("accept without id")
            << CompanyA << QStringList {"transfers", "accept"} << 2 << "name the transfer";
        QTest::newRow("rename without --name")
            << CompanyA << QStringList {"transfers", "rename", "rt-abcdefgh"} << 2 << "--name";
        QTest::newRow("list sideways") << Payer << QStringList {"transfers", "list", "--direction", "sideways"} << 2
                                       << "inbound or outbound";
        QTest::newRow("direction as administrator")
            << QString() << QStringList {"transfers", "list", "--direction", "inbound"} << 2 << "--as";
        QTest::newRow("start not a month")
            << Payer << QStringList {"transfers", "invite", "--target", CompanyA, "--start", "Feb", "--name", "X"} << 3
            << "INVALID_START_DATE";
        QTest::newRow("bad account id") << Payer << QStringList {"transfers", "invite",  "--target", "123",
                                                                 "--start",   "2030-01", "--name",   "X"}
                                        << 3 << "INVALID_ACCOUNT_ID";
        QTest::newRow("bad tag") << Payer << QStringList {"transfers", "invite", "--target", CompanyA, "--start",
                                                          "2030-01",   "--name", "X",        "--tag",  "novalue"}
                                 << 3 << "INVALID_TAG";
        QTest::newRow("tag without =")
            << Payer << QStringList {"transfers", "invite", "--target", CompanyA, "--start",
                                     "2030-01",   "--name", "X",        "--tag",  "cost center"}
            << 3
            << "error: --tag: \"cost center\" is not a tag: write KEY=VALUE, e.g. cost-center=42 "
               "(an empty value is written \"cost center=\"). [INVALID_TAG]";
        QTest::newRow("name not ASCII") << Payer
                                        << QStringList {"transfers", "invite",  "--target", CompanyA,
                                                        "--start",   "2030-01", "--name",   QStringLiteral("Caf\u00e9")}
                                        << 3 << "NAME_NOT_PRINTABLE_ASCII";
        QTest::newRow("self") << Payer << QStringList {"transfers", "invite",  "--target", Payer,
                                                       "--start",   "2030-01", "--name",   "X"}
                              << 1 << "SOURCE_AND_TARGET_CANNOT_MATCH";
        QTest::newRow("start in the current month")
            << Payer << QStringList {"transfers", "invite", "--target", CompanyA, "--start", "2025-11", "--name", "X"}
            << 1 << "INVALID_START_DATE";
        QTest::newRow("unknown transfer")
            << Payer << QStringList {"transfers", "show", "rt-nothing00"} << 1 << "RESPONSIBILITY_TRANSFER_NOT_FOUND";
        QTest::newRow("bad end month") << Payer
                                       << QStringList {"transfers", "withdraw", "rt-nothing00", "--end", "March"} << 3
                                       << "INVALID_END_DATE";
    }

    void usageAndInputErrors()
    {
        QFETCH(QString, as);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        auto r = cli(QStringLiteral("2025-11-10T10:00:00Z"), as, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }

    // DOMAIN.md section 8: invite two organizations, one accepts, one declines, a month passes, the transfer is in
    // effect, the customer withdraws and moves to another partner, and the history is still there.
    void story()
    {
        const QJsonObject a = invite(QStringLiteral("2025-11-10T10:00:00Z"), CompanyA, QStringLiteral("2025-12"),
                                     QStringLiteral("Company A"));
        const QJsonObject b = invite(QStringLiteral("2025-11-10T10:05:00Z"), QStringLiteral("b@example.com"),
                                     QStringLiteral("2025-12"), QStringLiteral("Company B"));
        const QString idA = a.value(QStringLiteral("id")).toString();
        const QString idB = b.value(QStringLiteral("id")).toString();
        QVERIFY(idA.startsWith(QLatin1String("rt-")));
        QVERIFY(idB.startsWith(QLatin1String("rt-")));
        // The --json fields.
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Company A"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("REQUESTED"));
        QCOMPARE(a.value(QStringLiteral("statusText")).toString(), QStringLiteral("Awaiting response"));
        QCOMPARE(a.value(QStringLiteral("source")).toString(), CompanyA);
        QCOMPARE(a.value(QStringLiteral("target")).toString(), Payer);
        QCOMPARE(a.value(QStringLiteral("start")).toString(), QStringLiteral("2025-12-01"));
        QVERIFY(a.value(QStringLiteral("end")).isNull());
        QCOMPARE(a.value(QStringLiteral("inEffect")).toBool(true), false);
        QCOMPARE(a.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-11-30T00:00:00Z"));
        QCOMPARE(a.value(QStringLiteral("notes")).toString(), QString());
        const QJsonObject group = a.value(QStringLiteral("billingGroup")).toObject();
        QVERIFY(group.value(QStringLiteral("id")).toString().startsWith(QLatin1String("bg-")));
        QCOMPARE(group.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(group.value(QStringLiteral("plan")).toString(), QStringLiteral("BasicPricingPlan"));
        QCOMPARE(b.value(QStringLiteral("source")).toString(), CompanyB);

        // The plain-text invite prints the id.
        // A accepts by name, B declines by id; the payer may not accept for them.
        auto denied = cli(QStringLiteral("2025-11-15T12:00:00Z"), Payer, {"transfers", "accept", idA});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.contains(QLatin1String("ACCESS_DENIED")));
        auto accepted = cli(QStringLiteral("2025-11-15T12:00:00Z"), CompanyA, {"transfers", "accept", "Company A"});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(accepted.out.contains(QLatin1String("Accepted, begins on 1 Dec 2025")));
        auto declined = cli(QStringLiteral("2025-11-16T09:00:00Z"), CompanyB, {"transfers", "decline", idB}, true);
        QCOMPARE(declined.exitCode, 0);
        QCOMPARE(object(declined).value(QStringLiteral("status")).toString(), QStringLiteral("DECLINED"));
        QVERIFY(object(declined).value(QStringLiteral("billingGroup")).isNull());
        auto twice = cli(QStringLiteral("2025-11-16T09:00:00Z"), CompanyA, {"transfers", "accept", idA});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QLatin1String("INVALID_HANDSHAKE_TRANSITION")));
        auto cancelAfterAccept = cli(QStringLiteral("2025-11-16T09:00:00Z"), Payer, {"transfers", "cancel", idA});
        QCOMPARE(cancelAfterAccept.exitCode, 1);
        QVERIFY(cancelAfterAccept.err.contains(QLatin1String("withdraw it instead")));

        // A month passes: in effect from 1 December.
        auto inbound
            = cli(QStringLiteral("2025-12-02T09:00:00Z"), Payer, {"transfers", "list", "--direction", "inbound"}, true);
        QCOMPARE(inbound.exitCode, 0);
        const QJsonArray list = array(inbound);
        QCOMPARE(list.size(), 2);
        const QJsonObject effect = list.at(0).toObject().value(QStringLiteral("id")).toString() == idA
            ? list.at(0).toObject()
            : list.at(1).toObject();
        QCOMPARE(effect.value(QStringLiteral("statusText")).toString(), QStringLiteral("In effect"));
        QCOMPARE(effect.value(QStringLiteral("inEffect")).toBool(), true);
        QCOMPARE(effect.value(QStringLiteral("billingGroup")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
        auto outbound = cli(QStringLiteral("2025-12-02T09:00:00Z"), CompanyA,
                            {"transfers", "list", "--direction", "outbound"}, true);
        QCOMPARE(array(outbound).size(), 1);
        auto table = cli(QStringLiteral("2025-12-02T09:00:00Z"), Payer, {"transfers", "list"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("In effect")));
        QVERIFY(table.out.contains(QLatin1String("Declined")));

        // The customer withdraws (default end: the current month) and moves to partner C.
        auto early
            = cli(QStringLiteral("2026-01-10T09:00:00Z"), CompanyA, {"transfers", "withdraw", idA, "--end", "2025-12"});
        QCOMPARE(early.exitCode, 1);
        QVERIFY(early.err.contains(QLatin1String("INVALID_END_DATE")));
        auto withdrawn = cli(QStringLiteral("2026-01-10T09:00:00Z"), CompanyA, {"transfers", "withdraw", idA}, true);
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
        QCOMPARE(object(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("WITHDRAWN"));
        QCOMPARE(object(withdrawn).value(QStringLiteral("end")).toString(), QStringLiteral("2026-01-31"));
        QCOMPARE(object(withdrawn).value(QStringLiteral("statusText")).toString(),
                 QStringLiteral("Withdrawn, ends on 31 Jan 2026"));
        auto moveInvite
            = cli(QStringLiteral("2026-01-11T09:00:00Z"), PartnerC,
                  {"transfers", "invite", "--target", CompanyA, "--start", "2026-02", "--name", "Company A at C",
                   "--notes", "Welcome", "--plan", "Passthrough", "--tag", "contract=C-1"},
                  true);
        QVERIFY2(moveInvite.exitCode == 0, qPrintable(moveInvite.err));
        const QString idC = object(moveInvite).value(QStringLiteral("id")).toString();
        QCOMPARE(object(moveInvite)
                     .value(QStringLiteral("billingGroup"))
                     .toObject()
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("Passthrough"));
        QCOMPARE(
            object(moveInvite).value(QStringLiteral("tags")).toObject().value(QStringLiteral("contract")).toString(),
            QStringLiteral("C-1"));
        auto moved = cli(QStringLiteral("2026-01-12T09:00:00Z"), CompanyA, {"transfers", "accept", idC});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        auto renamed = cli(QStringLiteral("2026-01-12T10:00:00Z"), PartnerC,
                           {"transfers", "rename", idC, "--name", "Company A (C)"}, true);
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(object(renamed).value(QStringLiteral("name")).toString(), QStringLiteral("Company A (C)"));

        // Months later the payer still reads the withdrawn transfer's history.
        auto shown = cli(QStringLiteral("2026-03-05T09:00:00Z"), Payer, {"transfers", "show", idA}, true);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject detail = object(shown);
        QCOMPARE(detail.value(QStringLiteral("statusText")).toString(), QStringLiteral("Ended on 31 Jan 2026"));
        QStringList actions;
        for (const QJsonValue &e : detail.value(QStringLiteral("history")).toArray())
            actions << e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions,
                 (QStringList {"transfer.invite", "billing-group.create", "transfer.accept", "billing-group.activate",
                               "transfer.withdraw"}));
        auto text = cli(QStringLiteral("2026-03-05T09:00:00Z"), Payer, {"transfers", "show", "Company A"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("History:")));
        QVERIFY(text.out.contains(QLatin1String("withdrew the transfer")));
        // The same rule as the GUI: an ended transfer is closed, so renaming it is refused (exit 1, with the reason).
        for (const QString &party : {Payer, CompanyA}) {
            auto closed
                = cli(QStringLiteral("2026-03-05T09:00:00Z"), party, {"transfers", "rename", idA, "--name", "Later"});
            QCOMPARE(closed.exitCode, 1);
            QCOMPARE(
                closed.err.trimmed(),
                QStringLiteral("error: \"Company A\" ended on 31 Jan 2026: a closed transfer keeps its name; send a "
                               "new invitation to start again. [INVALID_HANDSHAKE_TRANSITION]"));
        }
        // Partner C is not a party to it.
        QCOMPARE(cli(QStringLiteral("2026-03-05T09:00:00Z"), PartnerC, {"transfers", "show", idA}).exitCode, 1);
        // Company A now has two transfers: a name shared by both is ambiguous.
        auto a2 = cli(QStringLiteral("2026-03-05T09:00:00Z"), PartnerC,
                      {"transfers", "rename", idC, "--name", "Company A"});
        QCOMPARE(a2.exitCode, 0);
        auto ambiguous = cli(QStringLiteral("2026-03-05T09:00:00Z"), CompanyA, {"transfers", "show", "Company A"});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY(ambiguous.err.contains(QLatin1String("RESPONSIBILITY_TRANSFER_NAME_AMBIGUOUS")));
        // The attention list.
        auto attention = cli(QStringLiteral("2026-01-11T10:00:00Z"), CompanyB, {"transfers", "attention"}, true);
        QCOMPARE(attention.exitCode, 0);
    }

    void cancelAndExpire()
    {
        const QJsonObject x = invite(QStringLiteral("2026-04-02T10:00:00Z"), CompanyB, QStringLiteral("2026-05"),
                                     QStringLiteral("B again"));
        const QString id = x.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        auto attention = cli(QStringLiteral("2026-04-02T10:00:00Z"), CompanyB, {"transfers", "attention"}, true);
        QCOMPARE(array(attention).size(), 1);
        QCOMPARE(array(attention).at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("awaiting-your-response"));
        QCOMPARE(array(attention).at(0).toObject().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-04-30T00:00:00Z"));
        const QString key = array(attention).at(0).toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(key, QStringLiteral("awaiting-your-response:") + id);
        // Snoozed for 3 days: gone from the list, listed with --all, back after 3 days.
        auto snoozed
            = cli(QStringLiteral("2026-04-02T10:00:00Z"), CompanyB, {"transfers", "dismiss", key, "--days", "3"});
        QCOMPARE(snoozed.exitCode, 0);
        QCOMPARE(snoozed.out.trimmed(), QStringLiteral("Snoozed until 2026-04-05T10:00:00Z."));
        QCOMPARE(array(cli(QStringLiteral("2026-04-02T10:00:01Z"), CompanyB, {"transfers", "attention"}, true)).size(),
                 0);
        const QJsonArray all
            = array(cli(QStringLiteral("2026-04-02T10:00:01Z"), CompanyB, {"transfers", "attention", "--all"}, true));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("hiddenUntil")).toString(),
                 QStringLiteral("2026-04-05T10:00:00Z"));
        QCOMPARE(array(cli(QStringLiteral("2026-04-05T10:00:00Z"), CompanyB, {"transfers", "attention"}, true)).size(),
                 1);
        // The payer has no such item to dismiss.
        auto foreign = cli(QStringLiteral("2026-04-02T10:00:00Z"), Payer, {"transfers", "dismiss", key});
        QCOMPARE(foreign.exitCode, 3);
        QVERIFY2(foreign.err.contains(QLatin1String("ATTENTION_ITEM_NOT_FOUND")), qPrintable(foreign.err));
        auto canceled = cli(QStringLiteral("2026-04-03T10:00:00Z"), Payer, {"transfers", "cancel", id}, true);
        QCOMPARE(canceled.exitCode, 0);
        QCOMPARE(object(canceled).value(QStringLiteral("status")).toString(), QStringLiteral("CANCELED"));
        const QJsonObject y = invite(QStringLiteral("2026-04-03T11:00:00Z"), CompanyB, QStringLiteral("2026-05"),
                                     QStringLiteral("B third"));
        const QString late = y.value(QStringLiteral("id")).toString();
        auto refused = cli(QStringLiteral("2026-04-30T00:00:01Z"), CompanyB, {"transfers", "accept", late});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("expired")));
        auto shown = cli(QStringLiteral("2026-04-30T00:00:02Z"), Payer, {"transfers", "show", late}, true);
        QCOMPARE(object(shown).value(QStringLiteral("status")).toString(), QStringLiteral("EXPIRED"));
    }
};

QTEST_GUILESS_MAIN(tst_CliTransfers)
#include "tst_CliTransfers.moc"

// The transfer value type and its state machine (DOMAIN.md section 2), without storage.
#include "domain/BillingGroup.h"
#include "domain/ResponsibilityTransfer.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ResponsibilityTransfer sample(TransferStatus status, BillingPeriod start,
                              std::optional<BillingPeriod> end = std::nullopt)
{
    ResponsibilityTransfer t;
    t.id = QStringLiteral("rt-abcdefgh1234");
    t.name = QStringLiteral("Company A");
    t.sourceManagementAccountId = QStringLiteral("222222222222");
    t.targetManagementAccountId = QStringLiteral("111111111111");
    t.status = status;
    t.startPeriod = start;
    t.endPeriod = end;
    return t;
}
} // namespace

class tst_ResponsibilityTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void statusNames()
    {
        const QList<QPair<TransferStatus, QString>> names {{TransferStatus::Requested, QStringLiteral("REQUESTED")},
                                                           {TransferStatus::Declined, QStringLiteral("DECLINED")},
                                                           {TransferStatus::Canceled, QStringLiteral("CANCELED")},
                                                           {TransferStatus::Expired, QStringLiteral("EXPIRED")},
                                                           {TransferStatus::Accepted, QStringLiteral("ACCEPTED")},
                                                           {TransferStatus::Withdrawn, QStringLiteral("WITHDRAWN")}};
        for (const auto &[status, name] : names) {
            QCOMPARE(transferStatusName(status), name);
            QCOMPARE(transferStatusFromName(name), status);
            QCOMPARE(transferStatusFromName(name.toLower()), status);
        }
        QCOMPARE(transferStatusFromName(u"ACTIVE"), std::nullopt); // there is no ACTIVE status
        QCOMPARE(billingGroupTypeName(BillingGroupType::TransferBilling), QStringLiteral("TRANSFER_BILLING"));
        QCOMPARE(billingGroupTypeName(BillingGroupType::Standard), QStringLiteral("STANDARD"));
        QCOMPARE(billingGroupStatusName(BillingGroupStatus::Pending), QStringLiteral("PENDING"));
        QCOMPARE(billingGroupStatusFromName(u"ACTIVE"), BillingGroupStatus::Active);
    }

    void statusText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");
        const int req = int(TransferStatus::Requested), acc = int(TransferStatus::Accepted),
                  wd = int(TransferStatus::Withdrawn);
        QTest::newRow("requested") << req << QString() << "2026-01-15T09:00:00Z"
                                   << "Awaiting response";
        QTest::newRow("declined") << int(TransferStatus::Declined) << QString() << "2026-01-15T09:00:00Z"
                                  << "Declined";
        QTest::newRow("canceled") << int(TransferStatus::Canceled) << QString() << "2026-01-15T09:00:00Z"
                                  << "Canceled";
        QTest::newRow("expired") << int(TransferStatus::Expired) << QString() << "2026-01-15T09:00:00Z"
                                 << "Expired";
        QTest::newRow("accepted, before start") << acc << QString() << "2026-01-31T23:59:59Z"
                                                << "Accepted, begins on 1 Feb 2026";
        QTest::newRow("accepted, at start") << acc << QString() << "2026-02-01T00:00:00Z"
                                            << "In effect";
        QTest::newRow("withdrawn, running") << wd << "2026-03"
                                            << "2026-02-10T00:00:00Z"
                                            << "Withdrawn, ends on 31 Mar 2026";
        QTest::newRow("withdrawn, last second") << wd << "2026-03"
                                                << "2026-03-31T23:59:59Z"
                                                << "Withdrawn, ends on 31 Mar 2026";
        QTest::newRow("withdrawn, ended") << wd << "2026-03"
                                          << "2026-04-01T00:00:00Z"
                                          << "Ended on 31 Mar 2026";
        QTest::newRow("withdrawn before start") << wd << "2026-01"
                                                << "2026-01-20T00:00:00Z"
                                                << "Withdrawn before it began";
    }

    void statusText()
    {
        QFETCH(int, status);
        QFETCH(QString, end);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const auto t = sample(TransferStatus(status), BillingPeriod(2026, 2),
                              end.isEmpty() ? std::nullopt : BillingPeriod::fromString(end));
        QCOMPARE(t.statusText(utc(now.toLatin1().constData())), expected);
    }

    void stateAt_data()
    {
        // One derived state per moment; statusText() and inEffectAt() agree with it (the one place it is computed).
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("moment");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("inEffect");
        const int acc = int(TransferStatus::Accepted), wd = int(TransferStatus::Withdrawn);
        QTest::newRow("requested") << int(TransferStatus::Requested) << QString() << "2026-01-15T09:00:00Z"
                                   << int(TransferState::Awaiting) << false;
        QTest::newRow("accepted, last second before the start")
            << acc << QString() << "2026-01-31T23:59:59Z" << int(TransferState::Accepted) << false;
        QTest::newRow("accepted, at the start")
            << acc << QString() << "2026-02-01T00:00:00Z" << int(TransferState::InEffect) << true;
        QTest::newRow("withdrawn, in its last month")
            << wd << "2026-03"
            << "2026-03-31T23:59:59Z" << int(TransferState::Withdrawn) << true;
        QTest::newRow("withdrawn, before its start")
            << wd << "2026-03"
            << "2026-01-20T00:00:00Z" << int(TransferState::Withdrawn) << false;
        QTest::newRow("withdrawn, ended") << wd << "2026-03"
                                          << "2026-04-01T00:00:00Z" << int(TransferState::Ended) << false;
        QTest::newRow("withdrawn before it began, still that month")
            << wd << "2026-01"
            << "2026-01-31T00:00:00Z" << int(TransferState::Withdrawn) << false;
        QTest::newRow("declined") << int(TransferStatus::Declined) << QString() << "2026-02-10T00:00:00Z"
                                  << int(TransferState::Declined) << false;
        QTest::newRow("canceled") << int(TransferStatus::Canceled) << QString() << "2026-02-10T00:00:00Z"
                                  << int(TransferState::Canceled) << false;
        QTest::newRow("expired") << int(TransferStatus::Expired) << QString() << "2026-02-10T00:00:00Z"
                                 << int(TransferState::Expired) << false;
    }

    void stateAt()
    {
        QFETCH(int, status);
        QFETCH(QString, end);
        QFETCH(QString, moment);
        QFETCH(int, state);
        QFETCH(bool, inEffect);
        const auto t = sample(TransferStatus(status), BillingPeriod(2026, 2),
                              end.isEmpty() ? std::nullopt : BillingPeriod::fromString(end));
        const QDateTime at = utc(moment.toLatin1().constData());
        QCOMPARE(int(t.stateAt(at)), state);
        QCOMPARE(t.inEffectAt(at), inEffect);
        QCOMPARE(transferstate::fromKey(transferstate::key(TransferState(state))), TransferState(state));
    }

    void timedRules()
    {
        auto t = sample(TransferStatus::Requested, BillingPeriod(2026, 2));
        t.acceptanceDeadline = utc("2026-01-31T00:00:00Z");
        QVERIFY(TransferRules::checkTransitionAt(t, TransferAction::Accept, TransferParty::Source,
                                                 utc("2026-01-31T00:00:00Z"))
                    .ok());
        const Status late = TransferRules::checkTransitionAt(t, TransferAction::Accept, TransferParty::Source,
                                                             utc("2026-01-31T00:00:01Z"));
        QCOMPARE(late.error().code, QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QCOMPARE(late.error().message,
                 QStringLiteral("The invitation \"Company A\" had to be accepted by 31 Jan 2026, 00:00 UTC."));
        // Declining stays possible until the clock expires the invitation.
        QVERIFY(TransferRules::checkTransitionAt(t, TransferAction::Decline, TransferParty::Source,
                                                 utc("2026-01-31T00:00:01Z"))
                    .ok());
        // An ended transfer is closed: no rename, no withdrawal, no pricing.
        const auto ended = sample(TransferStatus::Withdrawn, BillingPeriod(2026, 2), BillingPeriod(2026, 3));
        const QDateTime after = utc("2026-04-01T00:00:00Z");
        QCOMPARE(TransferRules::checkTransitionAt(ended, TransferAction::Rename, TransferParty::Target, after)
                     .error()
                     .message,
                 QStringLiteral("\"Company A\" ended on 31 Mar 2026: a closed transfer keeps its name; send a new "
                                "invitation to start again."));
        QCOMPARE(TransferRules::checkTransitionAt(ended, TransferAction::Withdraw, TransferParty::Target, after)
                     .error()
                     .code,
                 QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QCOMPARE(
            TransferRules::checkTransitionAt(ended, TransferAction::Pricing, TransferParty::Target, after).error().code,
            QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QVERIFY(TransferRules::checkTransitionAt(ended, TransferAction::Rename, TransferParty::Target,
                                                 utc("2026-03-31T23:59:59Z"))
                    .ok());
        // Pricing: the payer only, inherited transfers included.
        auto inherited = sample(TransferStatus::Accepted, BillingPeriod(2026, 2));
        inherited.inheritedViaTransferId = QStringLiteral("rt-via00000001");
        QVERIFY(
            TransferRules::checkTransitionAt(inherited, TransferAction::Pricing, TransferParty::Target, after).ok());
        QCOMPARE(TransferRules::checkTransitionAt(inherited, TransferAction::Pricing, TransferParty::Source, after)
                     .error()
                     .code,
                 QStringLiteral("ACCESS_DENIED"));
    }

    void tags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // empty: refused with INVALID_TAG
        QTest::addColumn<QString>("value");
        QTest::newRow("key=value") << "team=finance"
                                   << "team"
                                   << "finance";
        QTest::newRow("spaces trimmed") << "  cost center = 42 "
                                        << "cost center"
                                        << "42";
        QTest::newRow("explicit empty value") << "cost-center="
                                              << "cost-center" << QString();
        QTest::newRow("value holding =") << "formula=a=b"
                                         << "formula"
                                         << "a=b";
        QTest::newRow("no =") << "cost center" << QString() << QString();
        QTest::newRow("no key") << "=42" << QString() << QString();
        QTest::newRow("key of 129") << QString(129, QLatin1Char('k')) + QStringLiteral("=v") << QString() << QString();
        QTest::newRow("value of 257") << QStringLiteral("k=") + QString(257, QLatin1Char('v')) << QString()
                                      << QString();
    }

    void tags()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto tag = TransferRules::parseTag(text, QStringLiteral("--tag"));
        QCOMPARE(tag.ok(), !key.isEmpty());
        if (tag) {
            QCOMPARE(tag->first, key);
            QCOMPARE(tag->second, value);
        } else {
            QCOMPARE(tag.error().code, QStringLiteral("INVALID_TAG"));
            QCOMPARE(tag.error().field, QStringLiteral("--tag"));
            QCOMPARE(tag.error().kind, Error::Kind::Input);
        }
    }

    void inEffectAt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("moment");
        QTest::addColumn<bool>("expected");
        const int acc = int(TransferStatus::Accepted), wd = int(TransferStatus::Withdrawn);
        QTest::newRow("accepted, 1 s before start") << acc << QString() << "2025-11-30T23:59:59Z" << false;
        QTest::newRow("accepted, at start") << acc << QString() << "2025-12-01T00:00:00Z" << true;
        QTest::newRow("accepted, years later") << acc << QString() << "2030-06-01T00:00:00Z" << true;
        QTest::newRow("withdrawn, last second") << wd << "2026-01"
                                                << "2026-01-31T23:59:59Z" << true;
        QTest::newRow("withdrawn, next month") << wd << "2026-01"
                                               << "2026-02-01T00:00:00Z" << false;
        QTest::newRow("withdrawn same month as start") << wd << "2025-12"
                                                       << "2025-12-15T00:00:00Z" << true;
        QTest::newRow("withdrawn before start") << wd << "2025-11"
                                                << "2025-12-01T00:00:00Z" << false;
        QTest::newRow("requested is never in effect")
            << int(TransferStatus::Requested) << QString() << "2025-12-10T00:00:00Z" << false;
        QTest::newRow("declined") << int(TransferStatus::Declined) << QString() << "2025-12-10T00:00:00Z" << false;
        QTest::newRow("expired") << int(TransferStatus::Expired) << QString() << "2025-12-10T00:00:00Z" << false;
        QTest::newRow("canceled") << int(TransferStatus::Canceled) << QString() << "2025-12-10T00:00:00Z" << false;
    }

    void inEffectAt()
    {
        QFETCH(int, status);
        QFETCH(QString, end);
        QFETCH(QString, moment);
        QFETCH(bool, expected);
        const auto t = sample(TransferStatus(status), BillingPeriod(2025, 12),
                              end.isEmpty() ? std::nullopt : BillingPeriod::fromString(end));
        QCOMPARE(t.inEffectAt(utc(moment.toLatin1().constData())), expected);
    }

    void boundaries()
    {
        const auto t = sample(TransferStatus::Withdrawn, BillingPeriod(2025, 12), BillingPeriod(2026, 1));
        QCOMPARE(t.start(), QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(t.end(), QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59), QTimeZone::utc()));
        QVERIFY(t.isLiveAt(utc("2026-01-31T23:59:59Z")));
        QVERIFY(!t.isLiveAt(utc("2026-02-01T00:00:00Z")));
        QVERIFY(!sample(TransferStatus::Accepted, BillingPeriod(2025, 12)).end().isValid());
    }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("party");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::addColumn<int>("to");
        const int R = int(TransferStatus::Requested), A = int(TransferStatus::Accepted),
                  W = int(TransferStatus::Withdrawn), D = int(TransferStatus::Declined),
                  C = int(TransferStatus::Canceled), E = int(TransferStatus::Expired);
        const int src = int(TransferParty::Source), tgt = int(TransferParty::Target), sys = int(TransferParty::System),
                  oth = int(TransferParty::Other);
        const int accept = int(TransferAction::Accept), decline = int(TransferAction::Decline),
                  cancel = int(TransferAction::Cancel), withdraw = int(TransferAction::Withdraw),
                  rename = int(TransferAction::Rename), expire = int(TransferAction::Expire);
        const QString ok, denied = QStringLiteral("ACCESS_DENIED"),
                          invalid = QStringLiteral("INVALID_HANDSHAKE_TRANSITION");
        QTest::newRow("R accept by source") << R << accept << src << ok << A;
        QTest::newRow("R accept by target") << R << accept << tgt << denied << R;
        QTest::newRow("R accept by other") << R << accept << oth << denied << R;
        QTest::newRow("R decline by source") << R << decline << src << ok << D;
        QTest::newRow("R decline by target") << R << decline << tgt << denied << R;
        QTest::newRow("R cancel by target") << R << cancel << tgt << ok << C;
        QTest::newRow("R cancel by source") << R << cancel << src << denied << R;
        QTest::newRow("R expire by system") << R << expire << sys << ok << E;
        QTest::newRow("R expire by target") << R << expire << tgt << denied << R;
        QTest::newRow("R withdraw by target") << R << withdraw << tgt << invalid << R;
        QTest::newRow("R rename by source") << R << rename << src << ok << R;
        QTest::newRow("R rename by other") << R << rename << oth << denied << R;
        QTest::newRow("A accept twice") << A << accept << src << invalid << A;
        QTest::newRow("A decline") << A << decline << src << invalid << A;
        QTest::newRow("A cancel after accept") << A << cancel << tgt << invalid << A;
        QTest::newRow("A withdraw by source") << A << withdraw << src << ok << W;
        QTest::newRow("A withdraw by target") << A << withdraw << tgt << ok << W;
        QTest::newRow("A withdraw by other") << A << withdraw << oth << denied << A;
        QTest::newRow("A expire") << A << expire << sys << invalid << A;
        QTest::newRow("A rename by target") << A << rename << tgt << ok << A;
        QTest::newRow("W withdraw again") << W << withdraw << src << invalid << W;
        QTest::newRow("W accept") << W << accept << src << invalid << W;
        QTest::newRow("W cancel") << W << cancel << tgt << invalid << W;
        QTest::newRow("W rename") << W << rename << src << ok << W;
        QTest::newRow("D accept") << D << accept << src << invalid << D;
        QTest::newRow("D decline again") << D << decline << src << invalid << D;
        QTest::newRow("D cancel") << D << cancel << tgt << invalid << D;
        QTest::newRow("D rename") << D << rename << tgt << invalid << D;
        QTest::newRow("C accept") << C << accept << src << invalid << C;
        QTest::newRow("C withdraw") << C << withdraw << tgt << invalid << C;
        QTest::newRow("E accept") << E << accept << src << invalid << E;
        QTest::newRow("E cancel") << E << cancel << tgt << invalid << E;
        QTest::newRow("E expire again") << E << expire << sys << invalid << E;
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, action);
        QFETCH(int, party);
        QFETCH(QString, code);
        QFETCH(int, to);
        const auto t = sample(TransferStatus(from), BillingPeriod(2026, 2));
        const Status s = TransferRules::checkTransition(t, TransferAction(action), TransferParty(party));
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QCOMPARE(s.error().kind, Error::Kind::Rule);
            QVERIFY2(!s.error().message.isEmpty(), "every refusal says why in plain language");
            if (code == QLatin1String("INVALID_HANDSHAKE_TRANSITION"))
                QCOMPARE(TransferRules::statusAfter(TransferStatus(from), TransferAction(action)), std::nullopt);
            QCOMPARE(to, from);
        } else {
            QCOMPARE(TransferRules::statusAfter(TransferStatus(from), TransferAction(action)), TransferStatus(to));
        }
    }

    void messages()
    {
        auto t = sample(TransferStatus::Accepted, BillingPeriod(2026, 2));
        QCOMPARE(
            TransferRules::checkTransition(t, TransferAction::Cancel, TransferParty::Target).error().message,
            QStringLiteral("\"Company A\" has already been accepted, so it cannot be canceled; withdraw it instead."));
        QCOMPARE(TransferRules::checkTransition(t, TransferAction::Accept, TransferParty::Source).error().message,
                 QStringLiteral("\"Company A\" has already been accepted; an invitation is accepted only once."));
        t.inheritedViaTransferId = QStringLiteral("rt-via00000001");
        t.inheritedFromTransferId = QStringLiteral("rt-from0000001");
        QCOMPARE(TransferRules::checkTransition(t, TransferAction::Withdraw, TransferParty::Target).error().code,
                 QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QVERIFY(TransferRules::checkTransition(t, TransferAction::Rename, TransferParty::Target).ok());
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << "Company A" << QString();
        QTest::newRow("punctuation") << "ACME (EU) - #1 / R&D: 50%" << QString();
        QTest::newRow("128") << QString(128, QLatin1Char('x')) << QString();
        QTest::newRow("129") << QString(129, QLatin1Char('x')) << "NAME_TOO_LONG";
        QTest::newRow("empty") << ""
                               << "NAME_REQUIRED";
        QTest::newRow("accent") << QStringLiteral("Soci\u00e9t\u00e9 A") << "NAME_NOT_PRINTABLE_ASCII";
        QTest::newRow("tab") << "Company\tA"
                             << "NAME_NOT_PRINTABLE_ASCII";
        QTest::newRow("leading space") << " Company A"
                                       << "NAME_HAS_SURROUNDING_SPACES";
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const Status s = TransferRules::validateName(name);
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QCOMPARE(s.error().kind, Error::Kind::Input);
        }
        QVERIFY(TransferRules::validateNotes(QString(1024, QLatin1Char('n'))).ok());
        QCOMPARE(TransferRules::validateNotes(QString(1025, QLatin1Char('n'))).error().code,
                 QStringLiteral("NOTES_TOO_LONG"));
    }

    void ids()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString id = TransferRules::newTransferId();
            QVERIFY2(TransferRules::isTransferId(id), qPrintable(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(TransferRules::isHandshakeId(TransferRules::newHandshakeId()));
        }
        QVERIFY(!TransferRules::isTransferId(QStringLiteral("rt-ABCDEFGH")));
        QVERIFY(!TransferRules::isTransferId(QStringLiteral("rt-abc")));
        QVERIFY(TransferRules::isTransferId(QStringLiteral("rt-abcd1234")));
        QVERIFY(!TransferRules::isHandshakeId(QStringLiteral("rt-abcd1234")));
        QVERIFY(TransferRules::newBillingGroupId().startsWith(QLatin1String("bg-")));
    }
};

QTEST_GUILESS_MAIN(tst_ResponsibilityTransfer)
#include "tst_ResponsibilityTransfer.moc"
